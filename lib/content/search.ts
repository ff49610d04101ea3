/**
 * Treatment search over the cached treatments index (the same on both backends). The query is
 * untrusted: it is cut to a sane length and only its letters and digits are used, so nothing in
 * it can reach GROQ, a regular expression or the page unescaped.
 */

import type {TreatmentSummary} from './types'

export const MAX_QUERY_LENGTH = 100
const MAX_WORDS = 8

export type Searchable = TreatmentSummary & {
  conditions?: string[] | null
  children?: Searchable[]
}

export type SearchHit = Omit<Searchable, 'children'> & {parentTitle?: string}

/** Lower-case words without accents: "Sclérothérapie!" -> ["sclerotherapie"]. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** The query as it is searched and shown: trimmed, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === 'string' ? value.trim().slice(0, MAX_QUERY_LENGTH) : ''
}

// A match in the title counts most, then other names, conditions, and the summary.
const FIELD_WEIGHTS = [
  ['title', 8],
  ['aliases', 6],
  ['conditions', 4],
  ['summary', 1],
] as const

/**
 * Treatments (children included) where every query word starts a word of the title, another
 * name, a condition or the summary; best matches first.
 */
export function searchTreatments(treatments: Searchable[], query: string): SearchHit[] {
  const wanted = [...new Set(searchWords(query))].slice(0, MAX_WORDS)
  if (wanted.length === 0) return []
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
  return all
    .flatMap((treatment) => {
      if (!treatment.slug || !treatment.title || seen.has(treatment._id)) return []
      seen.add(treatment._id)
      const fields = FIELD_WEIGHTS.map(([name, weight]) => {
        const value = treatment[name]
        const text = Array.isArray(value) ? value.join(' ') : (value ?? '')
        return {weight, words: searchWords(text)}
      })
      let score = 0
      for (const word of wanted) {
        const best = Math.max(
          0,
          ...fields.map(({weight, words}) => (words.some((w) => w.startsWith(word)) ? weight : 0)),
        )
        if (best === 0) return []
        score += best
      }
      return [{hit: treatment, score}]
    })
    .sort((a, b) => b.score - a.score || (a.hit.title ?? '').localeCompare(b.hit.title ?? ''))
    .map(({hit}) => hit)
}
