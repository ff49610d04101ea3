/** @jest-environment node */
import {evaluate, parse} from 'groq-js'

import {DUE_FOR_REVIEW_FILTER, reviewState} from '@/lib/shared/medical-review'

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
