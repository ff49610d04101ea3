import {fleschKincaid} from 'flesch-kincaid'
import {syllable} from 'syllable'

/** Grade 8 or lower is what health writing guidance asks of patient information. */
export const TARGET_GRADE = 8

export type Readability = {grade: number; words: number; sentences: number}

const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/g
const HAS_LETTER = /[A-Za-z\u00C0-\u024F]/

/**
 * The Flesch–Kincaid grade level of plain text (the `flesch-kincaid` and `syllable` packages do
 * the formula and the syllables; this counts sentences and words). Null when there is no text.
 */
export function readingGrade(text: string): Readability | null {
  const words = text.match(WORD) ?? []
  if (words.length === 0) return null
  // A sentence ends at . ! ? or a line break (list items and headings are sentences too).
  const sentences = Math.max(
    1,
    text.split(/[.!?]+(?=\s|$)|\n+/).filter((part) => HAS_LETTER.test(part)).length,
  )
  const syllables = words.reduce((total, word) => total + syllable(word), 0)
  const grade = fleschKincaid({sentence: sentences, word: words.length, syllable: syllables})
  return {grade: Math.round(grade * 10) / 10, words: words.length, sentences}
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

/** The grade of what patients read on a treatment page: its summary and body. */
export function treatmentReadability(treatment: {summary?: unknown; body?: unknown}) {
  const summary = typeof treatment.summary === 'string' ? treatment.summary : ''
  return readingGrade([summary, portableTextToPlain(treatment.body)].filter(Boolean).join('\n'))
}
