/** Types shared by the content module's parts, whichever backend answers. */

export type SanityDocument = {_id: string; _type: string; [field: string]: unknown}
/** Published documents only, or drafts over them (staff previews). */
export type Perspective = 'published' | 'drafts'
/** GROQ `$params`: the only way user input reaches a query. */
export type QueryParams = Record<string, unknown>

/** A treatment as lists and search show it: its name, address, summary and other names. */
export type TreatmentSummary = {
  _id: string
  title: string | null
  slug: string | null
  summary: string | null
  aliases?: string[] | null
  /** The language of the text shown: another than the page's when a translation is missing. */
  language?: string
}

/**
 * `stega: false` for text that is not shown as page content (metadata, JSON-LD): in a preview,
 * Visual Editing otherwise hides edit links in strings as invisible characters.
 */
export type ReadOptions = {stega?: boolean}

/**
 * How a backend runs one query: `fresh` skips every cache (for the webhook, which must see what
 * was just published); `draft` shows drafts over published documents, uncached (staff previews).
 */
export type FetchOptions = {
  tags: string[]
  revalidate: number
  fresh?: boolean
  draft?: boolean
  /** Visual Editing markers in preview strings (hosted previews only). */
  stega?: boolean
}
