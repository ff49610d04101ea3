/** @jest-environment node */
import {evaluate, parse} from 'groq-js'

import {DUE_FOR_REVIEW_FILTER, reviewState} from '@/lib/medicalReview'
import {readabilityBadge, reviewBadge} from '@/sanity/badges'
import {locations, mainDocuments} from '@/sanity/presentation/resolve'

const NOW = new Date('2026-11-25T12:00:00Z')

const treatments = [
  {_id: 'never', _type: 'treatment'},
  {_id: 'recent', _type: 'treatment', medicalReview: {lastReviewed: '2026-03-04'}},
  {_id: 'year-ago-today', _type: 'treatment', medicalReview: {lastReviewed: '2025-11-26'}},
  {_id: 'old', _type: 'treatment', medicalReview: {lastReviewed: '2025-06-01'}},
  {_id: 'not-a-treatment', _type: 'physician'},
]

describe('due for medical review', () => {
  it('the Studio list (GROQ) and the badge (JavaScript) apply the same rule', async () => {
    const tree = parse(`*[${DUE_FOR_REVIEW_FILTER}]._id`)
    const due = await (await evaluate(tree, {dataset: treatments, timestamp: NOW})).get()
    expect(due).toEqual(['never', 'old'])
    const byFunction = treatments
      .filter(({_type}) => _type === 'treatment')
      .filter(({medicalReview}) => reviewState(medicalReview?.lastReviewed, NOW) !== 'current')
      .map(({_id}) => _id)
    expect(byFunction).toEqual(due)
  })

  it.each([
    [undefined, 'never'],
    ['not a date', 'never'],
    ['2026-03-04', 'current'],
    ['2025-06-01', 'due'],
  ] as const)('reviewState(%j) is %s', (date, state) => {
    expect(reviewState(date, NOW)).toBe(state)
  })
})

describe('document badges', () => {
  it('shows the review state with a colour and a hint', () => {
    expect(reviewBadge({}, NOW)).toMatchObject({label: 'Not medically reviewed', color: 'danger'})
    expect(reviewBadge({medicalReview: {lastReviewed: '2025-06-01'}}, NOW)).toMatchObject({
      label: 'Medical review due',
      color: 'warning',
    })
    expect(reviewBadge({medicalReview: {lastReviewed: '2026-03-04'}}, NOW)).toMatchObject({
      label: 'Medically reviewed',
      color: 'success',
    })
  })

  it('shows the reading grade, green at grade 8 or lower, with a hint when harder', () => {
    expect(readabilityBadge({summary: 'The cat sat on the mat. It was a warm day.'})).toMatchObject(
      {color: 'success', label: expect.stringMatching(/^Reading grade -?\d+\.\d$/)},
    )
    const hard = readabilityBadge({
      summary:
        'Musculoskeletal regenerative interventions necessitate comprehensive interdisciplinary evaluation.',
    })
    expect(hard).toMatchObject({
      color: 'warning',
      title: expect.stringContaining('shorter sentences'),
    })
    expect(readabilityBadge({})).toBeNull()
  })
})

describe('Presentation tool', () => {
  const resolveLocations = (type: string, value: Record<string, unknown> | null) => {
    const resolver = locations[type]
    if (!resolver || !('resolve' in resolver)) throw new Error(`no resolver for ${type}`)
    return resolver.resolve(value)
  }

  it('opens a treatment beside its page and the treatments index', () => {
    expect(
      resolveLocations('treatment', {title: 'Neural Prolotherapy', slug: 'neural-prolotherapy'}),
    ).toEqual({
      locations: [
        {title: 'Neural Prolotherapy', href: '/treatments/neural-prolotherapy'},
        {title: 'All treatments', href: '/treatments'},
      ],
    })
    expect(resolveLocations('treatment', {title: 'No slug yet', slug: null})).toBeNull()
  })

  it('opens an affiliation beside /affiliations and the home page', () => {
    expect(resolveLocations('affiliation', {name: 'NASS'})).toEqual({
      locations: [
        {title: 'Affiliations', href: '/affiliations'},
        {title: 'Home', href: '/'},
      ],
    })
  })

  it('knows which document a treatment page is about', async () => {
    const route = mainDocuments.find(({route}) => route === '/treatments/:slug')
    const tree = parse(`*[${route!.filter}]._id`, {params: {slug: 'neural-prolotherapy'}})
    const dataset = [
      {
        _id: 'treatment-neural-prolotherapy',
        _type: 'treatment',
        slug: {current: 'neural-prolotherapy'},
      },
      {_id: 'treatment-other', _type: 'treatment', slug: {current: 'other'}},
    ]
    const ids = await (await evaluate(tree, {dataset, params: {slug: 'neural-prolotherapy'}})).get()
    expect(ids).toEqual(['treatment-neural-prolotherapy'])
  })
})
