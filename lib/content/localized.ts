import {DEFAULT_LANGUAGE, type LanguageId} from '../shared/languages'

/** A text in the language asked for, or in English when it has no translation (then `language` says so). */
export type LocalizedText = {text: string; language: LanguageId}

type Item = {language?: string | null; value?: unknown}

/**
 * Picks a language's value from a field translated per field (an internationalized array of
 * `{language, value}`), falling back to English. A plain string (content from before translations)
 * counts as English. Empty values count as missing.
 */
export function pickLocalized(field: unknown, language: LanguageId): LocalizedText | undefined {
  if (typeof field === 'string') {
    const text = field.trim()
    return text ? {text, language: DEFAULT_LANGUAGE} : undefined
  }
  if (!Array.isArray(field)) return undefined
  for (const wanted of [language, DEFAULT_LANGUAGE]) {
    const item = (field as Item[]).find(
      (entry) => entry && typeof entry === 'object' && entry.language === wanted,
    )
    const text = typeof item?.value === 'string' ? item.value.trim() : ''
    if (text) return {text, language: wanted}
  }
  return undefined
}
