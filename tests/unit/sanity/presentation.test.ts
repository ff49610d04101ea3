/** @jest-environment node */
import {evaluate, parse} from 'groq-js'

import {locations, mainDocuments} from '@/sanity/presentation/resolve'

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
