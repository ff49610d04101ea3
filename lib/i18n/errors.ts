/**
 * The error pages' text in every language: the only interface text that reaches the browser
 * (error boundaries are client components), so it lives in small catalogs of its own.
 */
import {DEFAULT_LANGUAGE, type LanguageId} from '../shared/languages'

import en from './messages/en/errors.json'
import es from './messages/es/errors.json'
import zhHans from './messages/zh-Hans/errors.json'

export type ErrorMessages = typeof en

export const ERROR_CATALOGS: Record<LanguageId, ErrorMessages> = {en, es, 'zh-Hans': zhHans}

export function errorMessages(language: LanguageId): ErrorMessages {
  return ERROR_CATALOGS[language] ?? ERROR_CATALOGS[DEFAULT_LANGUAGE]
}
