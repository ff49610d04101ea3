/** @jest-environment node */
import {readFileSync} from 'node:fs'

import {parseNdjson} from '@/lib/content/dataset'
import {
  chineseSentenceLength,
  INFLESZ_TARGET,
  portableTextToPlain,
  readingGrade,
  readingLevel,
  spanishReadability,
  spanishSyllables,
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

describe('spanishSyllables', () => {
  it.each([
    // diphthongs and triphthongs are one syllable
    ['ciudad', 2],
    ['neural', 2],
    ['guerra', 2],
    ['que', 1],
    ['cigüeña', 3],
    ['buey', 1],
    ['Uruguay', 3],
    // two strong vowels, or an accented i or u, are two (hiatus)
    ['poeta', 3],
    ['día', 2],
    ['país', 2],
    ['Raúl', 2],
    ['reúne', 3],
    ['leía', 3],
    ['ahí', 2],
    // a final y is a vowel; elsewhere a consonant
    ['y', 1],
    ['muy', 1],
    ['hoy', 1],
    ['inyección', 3],
    // medical words from the clinic's pages
    ['proliferación', 5],
    ['columna', 3],
    ['ligamentos', 4],
    ['crónico', 3],
    ['aguja', 3],
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count)
  })
})

describe('spanishReadability (INFLESZ, Szigriszt-Pazos)', () => {
  it('matches the formula on a counted example', () => {
    // 12 words, 21 syllables, 2 sentences: 206.835 - 62.3 * 21 / 12 - 12 / 2 = 91.8
    const result = spanishReadability(
      'El dolor de espalda es común. Casi todos lo tienen alguna vez.',
    )
    expect(result).toEqual({
      measure: 'inflesz',
      score: 91.8,
      band: 'very easy',
      words: 12,
      sentences: 2,
      syllables: 21,
    })
  })

  it('rates a long sentence of long words as very hard', () => {
    const hard =
      'La proloterapia neural consiste en la administración subcutánea de soluciones hipertónicas de dextrosa en proximidad de los nervios periféricos sensibilizados, con el propósito de disminuir la inflamación neurogénica y favorecer la reparación tisular.'
    const result = spanishReadability(hard)!
    expect(result.band).toBe('very hard')
    expect(result.score).toBeLessThan(INFLESZ_TARGET - 40)
  })

  it('has nothing to say about no text', () => {
    expect(spanishReadability('… 123 ¡!')).toBeNull()
  })
})

describe('chineseSentenceLength (not a grade)', () => {
  it('counts characters per sentence; a Latin word or a number counts as one', () => {
    // 10 + 16 + 10 characters (MRI is one) in 3 sentences
    expect(
      chineseSentenceLength(
        '脊柱注射可以减轻背痛。医生用细针把药物注射到疼痛的部位！您可以在MRI检查后预约？',
      ),
    ).toEqual({measure: 'sentence-length', charactersPerSentence: 12, characters: 36, sentences: 3})
    expect(chineseSentenceLength('。！')).toBeNull()
  })
})

describe('readingLevel', () => {
  it('measures each language with its own measure, and says when there is none', () => {
    expect(readingLevel('The cat sat on the mat.', 'en')).toMatchObject({
      measure: 'flesch-kincaid',
    })
    expect(readingLevel('El gato duerme.', 'es')).toMatchObject({measure: 'inflesz'})
    expect(readingLevel('猫在睡觉。', 'zh-Hans')).toMatchObject({measure: 'sentence-length'})
    expect(readingLevel('Le chat dort.', 'fr')).toEqual({measure: 'none', language: 'fr'})
    expect(readingLevel('', 'fr')).toBeNull()
  })

  it('reads a treatment in its language; without one it is English', () => {
    expect(treatmentReadability({summary: 'The cat sat on the mat.'})).toMatchObject({
      measure: 'flesch-kincaid',
    })
    expect(treatmentReadability({summary: 'El gato duerme.', language: 'es'})).toMatchObject({
      measure: 'inflesz',
    })
  })
})

describe('the bundled dataset', () => {
  const treatments = parseNdjson(readFileSync(BUNDLED_DATASET, 'utf8')).filter(
    (document) => document._type === 'treatment',
  )
  const named = (language: string) =>
    treatments
      .filter((treatment) => (treatment.language ?? 'en') === language)
      .map((treatment) => [treatment.title as string, treatment] as const)
  type Treatment = {summary?: unknown; body?: unknown; language?: unknown}

  it.each(named('en'))('%s is written at about an 8th-grade reading level', (_title, treatment) => {
    const result = treatmentReadability(treatment as Treatment)
    // "About" grade 8: a little over is acceptable for medical names (fibroblasts, macrophages).
    expect(result).toMatchObject({measure: 'flesch-kincaid', grade: expect.any(Number)})
    expect(result!.measure === 'flesch-kincaid' && result!.grade).toBeLessThanOrEqual(
      TARGET_GRADE + 1,
    )
  })

  const spanish = named('es')
  ;(spanish.length ? it.each(spanish) : it.skip.each([['(none yet)', {}]]))(
    '%s (Spanish) reads about "normal" or easier on the INFLESZ scale',
    (_title, treatment) => {
      const result = treatmentReadability(treatment as Treatment)
      expect(result).toMatchObject({measure: 'inflesz'})
      // "About" normal: a little under is acceptable for the treatments' names.
      expect(result!.measure === 'inflesz' && result!.score).toBeGreaterThanOrEqual(
        INFLESZ_TARGET - 5,
      )
    },
  )
})
