/*
 * Test datasets with a missing translation (issue 14): the bundled dataset translates every
 * treatment, so the e2e tests of the fallback (English content with a note, no hreflang to it)
 * remove one translation from a copy. Pure Node, no Sanity code: global setup can run it.
 */

const METADATA_TYPE = 'translation.metadata'

type Entry = {language?: unknown; value?: {_ref?: unknown}}
type Metadata = {_id: string; _type: typeof METADATA_TYPE; translations: Entry[]}

function isMetadata(value: unknown): value is Metadata {
  if (typeof value !== 'object' || value === null) return false
  const {_type, translations} = value as Record<string, unknown>
  return _type === METADATA_TYPE && Array.isArray(translations)
}

const refOf = (entry: Entry): unknown => entry?.value?._ref

/**
 * The NDJSON dataset `ndjsonText` without the `language` translation of the English document
 * `englishId`: the translation document (and its draft, if any) is dropped, and its entry is
 * removed from the translation metadata that links it. Every other line is returned unchanged.
 * Throws when there is no such translation, so a test never silently runs on the full dataset.
 */
export function withoutTranslation(
  ndjsonText: string,
  englishId: string,
  language: string,
): string {
  const lines = ndjsonText.split('\n')
  const documents: unknown[] = lines.map((line, index) => {
    if (!line.trim()) return null
    try {
      return JSON.parse(line)
    } catch (cause) {
      throw new Error(`Line ${index + 1} of the dataset is not valid JSON`, {cause})
    }
  })

  const metadata = documents.find(
    (document): document is Metadata =>
      isMetadata(document) && document.translations.some((entry) => refOf(entry) === englishId),
  )
  if (!metadata) throw new Error(`No translation metadata links "${englishId}"`)
  const entry = metadata.translations.find((candidate) => candidate?.language === language)
  const translationId = entry && refOf(entry)
  if (typeof translationId !== 'string') {
    throw new Error(`"${englishId}" has no translation in "${language}" to remove`)
  }
  if (translationId === englishId) {
    throw new Error(`"${englishId}" is the source document, not a translation in "${language}"`)
  }

  const removed = new Set([translationId, `drafts.${translationId}`])
  const kept: string[] = []
  lines.forEach((line, index) => {
    const document = documents[index]
    if (isMetadata(document)) {
      const translations = document.translations.filter((item) => refOf(item) !== translationId)
      kept.push(
        translations.length === document.translations.length
          ? line
          : JSON.stringify({...document, translations}),
      )
      return
    }
    const id = (document as {_id?: unknown} | null)?._id
    if (typeof id === 'string' && removed.has(id)) return
    kept.push(line)
  })
  return kept.join('\n')
}
