import type {LanguageAssistanceQueryResult} from '@/sanity/sanity.types'

import type {LanguageId} from '../shared/languages'

import {pickLocalized, type LocalizedText} from './localized'

/** One line of the notice: free language assistance, said in that language. */
export type AssistanceTagline = {
  key: string
  /** BCP 47 tag for the line's `lang` attribute. */
  language: string
  /** The language's name in itself ("Tiếng Việt"). */
  languageName: string
  /** The notice, with `{phone}` where the clinic's phone number goes. */
  text: string
  dir: 'ltr' | 'rtl' | 'auto'
}

export type LanguageAssistance = {
  title?: LocalizedText
  nondiscrimination?: LocalizedText
  taglines: AssistanceTagline[]
  needsVerification: boolean
}

// A language tag as `lang` accepts it ("vi", "zh-Hant", "hmn"); anything else is not shown.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/

/** The notice in a language, with every line that can be shown safely. */
export function toLanguageAssistance(
  notice: LanguageAssistanceQueryResult,
  language: LanguageId,
): LanguageAssistance {
  const raw = (notice ?? {}) as {
    title?: unknown
    nondiscrimination?: unknown
    taglines?: Array<Record<string, unknown>> | null
    needsVerification?: unknown
  }
  const taglines = (raw.taglines ?? []).flatMap((line, index) => {
    const tag = typeof line?.language === 'string' ? line.language : ''
    const text = typeof line?.text === 'string' ? line.text.trim() : ''
    const name = typeof line?.languageName === 'string' ? line.languageName.trim() : ''
    if (!LANGUAGE_TAG.test(tag) || !text || !name) return []
    const dir = line.dir === 'rtl' || line.dir === 'ltr' ? line.dir : 'auto'
    const key = typeof line._key === 'string' ? line._key : `${tag}-${index}`
    return [{key, language: tag, languageName: name, text, dir} as AssistanceTagline]
  })
  return {
    title: pickLocalized(raw.title, language),
    nondiscrimination: pickLocalized(raw.nondiscrimination, language),
    taglines,
    needsVerification: raw.needsVerification !== false,
  }
}
