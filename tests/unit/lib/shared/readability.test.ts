/** @jest-environment node */
import {readFileSync} from 'node:fs'

import {parseNdjson} from '@/lib/content/dataset'
import {
  portableTextToPlain,
  readingGrade,
  TARGET_GRADE,
  treatmentReadability,
} from '@/lib/shared/readability'

import {BUNDLED_DATASET} from '@/tests/support/content'

describe('readingGrade (Flesch–Kincaid)', () => {
  it('matches the formula on a counted example', () => {
    // 2 sentences, 12 words, 13 syllables: 0.39 * 6 + 11.8 * 13 / 12 - 15.59 = -0.47
    const result = readingGrade('The cat sat on the mat. The dog ran to the garden.')
    expect(result).toEqual({sentences: 2, words: 12, grade: -0.5})
  })

  it('rates long sentences with long words as hard', () => {
    const hard =
      'Musculoskeletal regenerative interventions necessitate comprehensive interdisciplinary evaluation, considering contraindications, comorbidities and pharmacological interactions.'
    expect(readingGrade(hard)!.grade).toBeGreaterThan(TARGET_GRADE + 8)
  })

  it('counts list items and headings as sentences, and has nothing to say about no text', () => {
    expect(readingGrade('What it is\nA short line\nAnother one')!.sentences).toBe(3)
    expect(readingGrade('')).toBeNull()
    expect(readingGrade('… 123 !!')).toBeNull()
  })

  it('reads the text of Portable Text blocks only', () => {
    const text = portableTextToPlain([
      {_type: 'block', children: [{text: 'Hello '}, {text: 'there.'}]},
      {_type: 'imageWithAlt', alt: 'ignored'},
      {_type: 'block', children: [{text: 'Second.'}]},
    ])
    expect(text).toBe('Hello there.\nSecond.')
    expect(portableTextToPlain(null)).toBe('')
  })
})

describe('the bundled dataset', () => {
  const treatments = parseNdjson(readFileSync(BUNDLED_DATASET, 'utf8')).filter(
    (document) => document._type === 'treatment',
  )

  it.each(treatments.map((treatment) => [treatment.title as string, treatment]))(
    '%s is written at about an 8th-grade reading level',
    (_title, treatment) => {
      const result = treatmentReadability(treatment as {summary?: unknown; body?: unknown})
      expect(result).not.toBeNull()
      // "About" grade 8: a little over is acceptable for medical names (fibroblasts, macrophages).
      expect(result!.grade).toBeLessThanOrEqual(TARGET_GRADE + 1)
    },
  )
})
