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

  it('measures a Spanish translation on the INFLESZ scale, green at 55 or more', () => {
    expect(
      readabilityBadge({
        language: 'es',
        summary: 'El dolor de espalda es común. Casi todos lo tienen alguna vez.',
      }),
    ).toMatchObject({
      color: 'success',
      label: 'Readability 92 (very easy)',
      title: expect.stringContaining('INFLESZ 91.8'),
    })
    expect(
      readabilityBadge({
        language: 'es',
        summary:
          'La proloterapia neural consiste en la administración subcutánea de soluciones hipertónicas de dextrosa en proximidad de los nervios periféricos sensibilizados.',
      }),
    ).toMatchObject({color: 'warning', title: expect.stringContaining('shorter sentences')})
  })

  it('says honestly that Chinese gets no grade, only the sentence length, without a colour', () => {
    const badge = readabilityBadge({
      language: 'zh-Hans',
      summary: '脊柱注射可以减轻背痛。医生用细针把药物注射到疼痛的部位！您可以在MRI检查后预约？',
    })
    expect(badge).toEqual({
      label: '12 characters per sentence',
      title: expect.stringContaining('No validated reading-grade formula for Chinese is applied'),
    })
  })

  it('says when a language has no measure', () => {
    expect(readabilityBadge({language: 'fr', summary: 'Le chat dort.'})).toEqual({
      label: 'Reading level not measured',
      title: 'There is no readability formula for fr here.',
    })
  })
})
