/**
 * Treatment, page and physician search over cached content (the same on both backends), in the page's
 * language. The query is untrusted: it is cut to a sane length and only its letters and digits are
 * used, so nothing in it can reach GROQ, a regular expression or the page unescaped.
 *
 * Matching works by script, not by a list of languages, so a new language needs no code here:
 * - Text and query are folded the same way: NFKD (full-width "ｉｎｙ" and half-width katakana become
 *   their ordinary forms), accents dropped from Latin and Greek letters ("inyección" → "inyeccion";
 *   the marks of other scripts are letters' parts and stay), then lower case in the language.
 * - Words of scripts written with spaces (Latin, Greek, Cyrillic, Hangul …): each query word must
 *   start a word of the field ("inyecc" finds "Inyección").
 * - Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar): the query is split into
 *   dictionary words by Intl.Segmenter (ICU's dictionaries, e.g. "神经疗法" → 神经 | 疗法) and each
 *   word must appear anywhere in the field, spaces and punctuation ignored ("增生" finds "增生疗法",
 *   "神经疗法" finds "神经增生疗法"). Characters the dictionary cannot group are kept together as
 *   one run that must appear as it is typed, so a string of unrelated characters does not match
 *   everything that contains each of them somewhere.
 */

import {DEFAULT_LANGUAGE, type LanguageId} from '@/lib/shared/languages'

import type {TreatmentSummary} from './types'

export const MAX_QUERY_LENGTH = 100
const MAX_TERMS = 8

export type Searchable = TreatmentSummary & {
  conditions?: string[] | null
  children?: Searchable[]
}

export type SearchHit = Omit<Searchable, 'children'> & {parentTitle?: string}

const NOT_A_LETTER = /[^\p{L}\p{M}\p{N}]+/gu
// Scripts whose words are not separated by spaces.
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`
const UNSPACED_RUNS = new RegExp(`[${UNSPACED}]+|[^${UNSPACED}]+`, 'gu')
const IS_UNSPACED = new RegExp(`^[${UNSPACED}]`, 'u')

/** Folded for comparison: "ＩＮＹＥＣＣＩÓＮ" → "inyeccion", "增生　疗法" → "增生 疗法". */
export function foldText(text: string, language: LanguageId = DEFAULT_LANGUAGE): string {
  return text
    .normalize('NFKD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLocaleLowerCase(language)
}

/** Folded words: "Sclérothérapie!" → ["sclerotherapie"]. */
export function searchWords(text: string, language: LanguageId = DEFAULT_LANGUAGE): string[] {
  return foldText(text, language).split(NOT_A_LETTER).filter(Boolean)
}

/** The query as it is searched and shown: trimmed, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string') return ''
  // Cut by characters, not UTF-16 units: a rare Chinese character is two of them.
  return Array.from(value.trim()).slice(0, MAX_QUERY_LENGTH).join('').trim()
}

/** One thing the query asks for: a word start, or (unspaced scripts) a piece of text. */
type Term = {text: string; kind: 'prefix' | 'substring'}

const segmenters = new Map<string, Intl.Segmenter>()
function segmenter(language: LanguageId): Intl.Segmenter {
  let found = segmenters.get(language)
  if (!found) {
    found = new Intl.Segmenter(language, {granularity: 'word'})
    segmenters.set(language, found)
  }
  return found
}

/** Dictionary words of an unspaced run; neighbouring single characters stay one piece. */
function unspacedPieces(run: string, language: LanguageId): string[] {
  const pieces: string[] = []
  let loose = ''
  for (const {segment} of segmenter(language).segment(run)) {
    if (Array.from(segment).length === 1) {
      loose += segment
      continue
    }
    if (loose) pieces.push(loose)
    loose = ''
    pieces.push(segment)
  }
  if (loose) pieces.push(loose)
  return pieces
}

/** What a query asks for, at most MAX_TERMS things: "PRP 脊柱注射" → prp…, 脊柱, 注射. */
export function queryTerms(query: string, language: LanguageId = DEFAULT_LANGUAGE): Term[] {
  const terms = new Map<string, Term>()
  for (const word of searchWords(query, language)) {
    for (const run of word.match(UNSPACED_RUNS) ?? []) {
      if (!IS_UNSPACED.test(run)) {
        terms.set(`p:${run}`, {text: run, kind: 'prefix'})
        continue
      }
      for (const piece of unspacedPieces(run, language)) {
        terms.set(`s:${piece}`, {text: piece, kind: 'substring'})
      }
    }
  }
  return [...terms.values()].slice(0, MAX_TERMS)
}

// A match in the title counts most, then other names, conditions, and the summary.
const FIELD_WEIGHTS = [
  ['title', 8],
  ['aliases', 6],
  ['conditions', 4],
  ['summary', 1],
] as const

/** Texts an item is found by, with how much a match in them counts. */
type WeightedTexts = Array<[weight: number, texts: Array<string | null | undefined>]>

type Field = {weight: number; words: string[]; compact: string[]}

function fieldMatches({words, compact}: Field, {text, kind}: Term): boolean {
  return kind === 'prefix'
    ? words.some((word) => word.startsWith(text))
    : compact.some((value) => value.includes(text))
}

/**
 * The items where every term of the query is found in one of their texts, each in the language's
 * way (see the top of this file); best matches first, then in `order`.
 */
function rankByQuery<T>(
  items: T[],
  textsOf: (item: T) => WeightedTexts,
  query: string,
  language: LanguageId,
  order: (a: T, b: T) => number,
): T[] {
  const terms = queryTerms(query, language)
  if (terms.length === 0) return []
  return items
    .flatMap((item) => {
      const fields: Field[] = textsOf(item).map(([weight, texts]) => {
        const values = texts.map((text) => foldText(text ?? '', language))
        return {
          weight,
          words: values.flatMap((text) => text.split(NOT_A_LETTER).filter(Boolean)),
          compact: values.map((text) => text.replace(NOT_A_LETTER, '')),
        }
      })
      let score = 0
      for (const term of terms) {
        const best = Math.max(
          0,
          ...fields.map((field) => (fieldMatches(field, term) ? field.weight : 0)),
        )
        if (best === 0) return []
        score += best
      }
      return [{item, score}]
    })
    .sort((a, b) => b.score - a.score || order(a.item, b.item))
    .map(({item}) => item)
}

/**
 * Treatments (children included) where every term of the query is found in the title, another
 * name, a condition or the summary; best matches first, then by title in the language's order.
 */
export function searchTreatments(
  treatments: Searchable[],
  query: string,
  language: LanguageId = DEFAULT_LANGUAGE,
): SearchHit[] {
  const all: SearchHit[] = treatments.flatMap(({children, ...treatment}) => [
    treatment,
    ...(children ?? []).map((child) => ({
      _id: child._id,
      title: child.title,
      slug: child.slug,
      summary: child.summary,
      aliases: child.aliases,
      conditions: child.conditions,
      parentTitle: treatment.title ?? undefined,
    })),
  ])
  const seen = new Set<string>()
  const listed = all.filter((treatment) => {
    if (!treatment.slug || !treatment.title || seen.has(treatment._id)) return false
    seen.add(treatment._id)
    return true
  })
  return rankByQuery(
    listed,
    (treatment) =>
      FIELD_WEIGHTS.map(([name, weight]) => {
        const value = treatment[name]
        return [weight, Array.isArray(value) ? value : [value]]
      }),
    query,
    language,
    (a, b) => (a.title ?? '').localeCompare(b.title ?? '', language),
  )
}

/**
 * Pages built by staff whose title or summary has every term of the query (title matches first,
 * then by title in the language's order).
 */
export function searchPages<T extends {title: string | null; summary?: string | null}>(
  pages: T[],
  query: string,
  language: LanguageId = DEFAULT_LANGUAGE,
): T[] {
  return rankByQuery(
    pages.filter((page) => page.title),
    (page) => [
      [8, [page.title]],
      [1, [page.summary]],
    ],
    query,
    language,
    (a, b) => (a.title ?? '').localeCompare(b.title ?? '', language),
  )
}

/**
 * Physicians whose name, or one of `labelsOf` (their specialties and languages, named in the
 * page's language), has every term of the query; name matches first, then by name.
 */
export function searchPhysicians<T extends {name: string}>(
  physicians: T[],
  query: string,
  language: LanguageId,
  labelsOf: (physician: T) => string[],
): T[] {
  return rankByQuery(
    physicians,
    (physician) => [
      [8, [physician.name]],
      [4, labelsOf(physician)],
    ],
    query,
    language,
    (a, b) => a.name.localeCompare(b.name, language),
  )
}
