/** @jest-environment node */

import {readabilityBadge, reviewBadge} from '@/sanity/badges'

const NOW = new Date('2026-11-25T12:00:00Z')

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
