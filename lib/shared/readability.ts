import {fleschKincaid} from 'flesch-kincaid'
import {syllable} from 'syllable'

import {DEFAULT_LANGUAGE} from './languages'

/*
 * How hard a page is to read, measured with a formula made for its language (issue 14):
 *
 * - English: the Flesch–Kincaid grade level (`flesch-kincaid` and `syllable` packages).
 * - Spanish: the INFLESZ scale (Barrio-Cantalejo et al., "Validación de la Escala INFLESZ para
 *   evaluar la legibilidad de los textos dirigidos a pacientes", An. Sist. Sanit. Navar. 2008;
 *   31(2):135–152): Szigriszt-Pazos's perspicuity, 206.835 − 62.3 × syllables/words −
 *   words/sentences, read on the scale that study validated on texts for patients. Spanish
 *   syllables are counted here (no maintained npm package does it: `silabea`, the one candidate,
 *   has one release and ships mocha and chai as runtime dependencies).
 * - Chinese: no validated grade formula is applied (published Chinese readability formulas need
 *   word segmentation and graded character lists that are not available here). What is measured
 *   is said as such: the average sentence length in characters.
 * - Any other language: not measured, and the badge says so.
 */

/** Grade 8 or lower is what health writing guidance asks of patient information. */
export const TARGET_GRADE = 8

/** INFLESZ 55 or more is "normal" or easier, what the scale's authors ask of texts for patients. */
export const INFLESZ_TARGET = 55

export type Readability = {grade: number; words: number; sentences: number}

export type InfleszBand = 'very hard' | 'somewhat hard' | 'normal' | 'fairly easy' | 'very easy'

export type ReadingLevel =
  | ({measure: 'flesch-kincaid'} & Readability)
  | {
      measure: 'inflesz'
      score: number
      band: InfleszBand
      words: number
      sentences: number
      syllables: number
    }
  | {
      measure: 'sentence-length'
      charactersPerSentence: number
      characters: number
      sentences: number
    }
  | {measure: 'none'; language: string}

const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/g
const HAS_LETTER = /[A-Za-z\u00C0-\u024F]/

/** Sentences end at . ! ? … or a line break (list items and headings are sentences too). */
function countSentences(text: string, hasLetter: RegExp): number {
  return Math.max(
    1,
    text.split(/[.!?…]+(?=\s|$)|\n+/).filter((part) => hasLetter.test(part)).length,
  )
}

/**
 * The Flesch–Kincaid grade level of plain English text (the `flesch-kincaid` and `syllable`
 * packages do the formula and the syllables; this counts sentences and words). Null when there is
 * no text.
 */
export function readingGrade(text: string): Readability | null {
  const words = text.match(WORD) ?? []
  if (words.length === 0) return null
  const sentences = countSentences(text, HAS_LETTER)
  const syllables = words.reduce((total, word) => total + syllable(word), 0)
  const grade = fleschKincaid({sentence: sentences, word: words.length, syllable: syllables})
  return {grade: Math.round(grade * 10) / 10, words: words.length, sentences}
}

// Spanish: a, e, o and accented vowels are strong; unaccented i, u, ü are weak.
const STRONG_VOWELS = 'aeoáéíóú'
const WEAK_VOWELS = 'iuü'

/**
 * The syllables of one Spanish word, counted by its vowel nuclei: a run of vowels is one syllable
 * (a diphthong such as "ue" in "fuerte", a triphthong such as "uey" in "buey"), except that two
 * strong vowels side by side are two ("po-e-ta"), and an accent on i or u makes it strong ("dí-a",
 * "re-ú-ne"). A final y sounds as a vowel ("rey", "muy", "y"). The silent u of "que", "gui" joins
 * the vowel after it, which is right for counting. Orthographic, as readability formulas count.
 */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase()
  let count = 0
  let previous: 'strong' | 'weak' | null = null
  for (let index = 0; index < letters.length; index += 1) {
    let letter = letters[index]!
    if (letter === 'y' && index === letters.length - 1) letter = 'i'
    const kind = STRONG_VOWELS.includes(letter)
      ? 'strong'
      : WEAK_VOWELS.includes(letter)
        ? 'weak'
        : null
    if (kind === null) {
      previous = null
      continue
    }
    if (previous === null || (previous === 'strong' && kind === 'strong')) count += 1
    previous = kind
  }
  return Math.max(1, count)
}

const SPANISH_WORD = /\p{L}+(?:['’-]\p{L}+)*/gu
const ANY_LETTER = /\p{L}/u

function infleszBand(score: number): InfleszBand {
  if (score < 40) return 'very hard'
  if (score < 55) return 'somewhat hard'
  if (score < 65) return 'normal'
  if (score <= 80) return 'fairly easy'
  return 'very easy'
}

/** The INFLESZ (Szigriszt-Pazos) readability of plain Spanish text. Null when there is no text. */
export function spanishReadability(text: string) {
  const words = text.match(SPANISH_WORD) ?? []
  if (words.length === 0) return null
  const sentences = countSentences(text, ANY_LETTER)
  const syllables = words.reduce((total, word) => total + spanishSyllables(word), 0)
  const score = 206.835 - (62.3 * syllables) / words.length - words.length / sentences
  const rounded = Math.round(score * 10) / 10
  return {
    measure: 'inflesz' as const,
    score: rounded,
    band: infleszBand(rounded),
    words: words.length,
    sentences,
    syllables,
  }
}

// A Chinese character, or a run of Latin letters or digits ("MRI", "2026") counted as one.
const CHINESE_UNIT = /\p{Script=Han}|[\p{Script=Latin}\p{N}]+/gu

/**
 * The average sentence length of Chinese text in characters: sentences end at 。！？；!? or a line
 * break. Not a grade: no validated Chinese formula is applied. Null when there is no text.
 */
export function chineseSentenceLength(text: string) {
  const parts = text.split(/[。！？；!?;]+|\n+/)
  const lengths = parts
    .map((part) => (part.match(CHINESE_UNIT) ?? []).length)
    .filter((length) => length > 0)
  if (lengths.length === 0) return null
  const characters = lengths.reduce((total, length) => total + length, 0)
  return {
    measure: 'sentence-length' as const,
    charactersPerSentence: Math.round((characters / lengths.length) * 10) / 10,
    characters,
    sentences: lengths.length,
  }
}

/**
 * The reading level of plain text in a language (a BCP 47 id: 'en', 'es', 'zh-Hans'), with the
 * measure made for it; `{measure: 'none'}` for a language without one. Null when there is no text.
 */
export function readingLevel(text: string, language: string): ReadingLevel | null {
  const primary = language.toLowerCase().split('-')[0]
  switch (primary) {
    case 'en': {
      const result = readingGrade(text)
      return result && {measure: 'flesch-kincaid', ...result}
    }
    case 'es':
      return spanishReadability(text)
    case 'zh':
      return chineseSentenceLength(text)
    default:
      return text.trim() ? {measure: 'none', language} : null
  }
}

type Block = {_type?: string; children?: Array<{text?: string}>}

/** The plain text of Portable Text blocks, one line per block. */
export function portableTextToPlain(blocks: unknown): string {
  if (!Array.isArray(blocks)) return ''
  return (blocks as Block[])
    .filter((block) => block?._type === 'block')
    .map((block) => (block.children ?? []).map((child) => child?.text ?? '').join(''))
    .join('\n')
}

/**
 * The reading level of what patients read on a treatment page (its summary and body), in the
 * treatment's language (documents without one are English).
 */
export function treatmentReadability(treatment: {
  summary?: unknown
  body?: unknown
  language?: unknown
}): ReadingLevel | null {
  const summary = typeof treatment.summary === 'string' ? treatment.summary : ''
  const text = [summary, portableTextToPlain(treatment.body)].filter(Boolean).join('\n')
  const language = typeof treatment.language === 'string' ? treatment.language : DEFAULT_LANGUAGE
  return readingLevel(text, language)
}
