/**
 * Interface text in each language: the message catalogs of lib/i18n/messages/<language>/ (one
 * folder per language of lib/shared/languages.ts), read through next-intl's translator. The
 * translator runs on the server only (server components, metadata, share images), so no catalog
 * reaches the browser; the error boundaries, which must be client components, read only the few
 * lines of errors.json (see ./errors.ts).
 */
import {createFormatter, createTranslator} from 'next-intl'

import type {LanguageId} from '../shared/languages'

import en from './messages/en/site.json'
import es from './messages/es/site.json'
import zhHans from './messages/zh-Hans/site.json'

export type Messages = typeof en

/** Every language's catalog; tests/unit/lib/i18n checks that each has exactly the keys of English. */
export const CATALOGS: Record<LanguageId, Messages> = {en, es, 'zh-Hans': zhHans}

export function getTranslator(language: LanguageId) {
  return createTranslator({locale: language, messages: CATALOGS[language] ?? CATALOGS.en})
}

export type Translator = ReturnType<typeof getTranslator>

/** A date as people read it in that language ("March 3, 2026", "3 de marzo de 2026", "2026年3月3日"). */
export function formatDate(language: LanguageId, isoDate: string): string | undefined {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return undefined
  return createFormatter({locale: language, timeZone: 'UTC'}).dateTime(date, {dateStyle: 'long'})
}

/** Names ICU lacks: it names Mandarin (`cmn`) just "Chinese", which does not tell it from Cantonese. */
const LANGUAGE_NAMES: Record<string, Partial<Record<LanguageId, string>>> = {
  cmn: {en: 'Mandarin', es: 'mandarín', 'zh-Hans': '普通话'},
}

/** A spoken language's name (a BCP 47 tag) in the page's language: "Spanish", "español", "西班牙语". */
export function spokenLanguageName(tag: string, language: LanguageId): string {
  const known = LANGUAGE_NAMES[tag]?.[language]
  if (known) return known
  try {
    return new Intl.DisplayNames([language], {type: 'language', fallback: 'code'}).of(tag) ?? tag
  } catch {
    return tag
  }
}
