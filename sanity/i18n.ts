import type {ConditionalPropertyCallback} from 'sanity'

import {DEFAULT_LANGUAGE, LANGUAGES} from '../lib/shared/languages'

/*
 * How the Studio handles the site's languages (issue 14). Everything iterates LANGUAGES from
 * lib/shared/languages.ts: a fourth language is a new entry there, not a change here.
 *
 * - treatment, bodyArea and page are translated one document per language
 *   (@sanity/document-internationalization): each translation is its own document with a
 *   `language` field, linked to the English source by a `translation.metadata` document.
 * - Site settings, language assistance, a physician's biography and a location's directions are
 *   translated per field
 *   (sanity-plugin-internationalized-array): `[{_key, _type, language, value}]`.
 */

/** The document types translated one document per language. */
export const TRANSLATED_TYPES = ['treatment', 'bodyArea', 'page']

/** The document types whose fields are translated per field (not their names). */
export const FIELD_TRANSLATED_TYPES = [
  'siteSettings',
  'languageAssistance',
  'physician',
  'location',
]

/** The languages as both plugins take them. */
export const SUPPORTED_LANGUAGES = LANGUAGES.map(({id, title}) => ({id, title}))

/** The languages translated from the default one. */
export const TRANSLATION_LANGUAGES = LANGUAGES.filter(({id}) => id !== DEFAULT_LANGUAGE)

/** The language field of translated documents (the plugin's `languageField`). */
export const LANGUAGE_FIELD = 'language'

/** Documents written before issue 14 have no language: they are in the default language. */
export function isSourceLanguage(language: unknown): boolean {
  return language === undefined || language === null || language === DEFAULT_LANGUAGE
}

/** The English title of a language id, or the id itself for an unknown one. */
export function languageTitle(language: unknown): string {
  const id = typeof language === 'string' ? language : DEFAULT_LANGUAGE
  return LANGUAGES.find((entry) => entry.id === id)?.title ?? id
}

/** Hides a field on translations: the site reads it from the English source only. */
export const hiddenOnTranslations: ConditionalPropertyCallback = ({document}) =>
  !isSourceLanguage((document as {language?: unknown} | undefined)?.language)

/** GROQ: the language of the document in scope (no language counts as the default). */
export const DOCUMENT_LANGUAGE = `coalesce(${LANGUAGE_FIELD}, "${DEFAULT_LANGUAGE}")`

/**
 * GROQ filter for the Studio's "not yet translated" lists: source documents of `$type` that no
 * translation metadata links to a document in `$language`. A translation that was started (even
 * an unpublished draft) counts as present: the plugin adds it to the metadata when it creates it.
 */
export const MISSING_TRANSLATION_FILTER = /* groq */ `_type == $type && ${DOCUMENT_LANGUAGE} == "${DEFAULT_LANGUAGE}" && !(_id in path("drafts.**")) && !($language in *[_type == "translation.metadata" && references(^._id)].translations[].${LANGUAGE_FIELD})`

/**
 * GROQ filter for the "outdated translations" lists: published translations of `$types` in
 * `$language` that were last changed before their English source's last published change.
 */
export const OUTDATED_TRANSLATION_FILTER = /* groq */ `_type in $types && ${LANGUAGE_FIELD} == $language && !(_id in path("drafts.**")) && dateTime(_updatedAt) < dateTime(*[_type == "translation.metadata" && references(^._id)][0].translations[${LANGUAGE_FIELD} == "${DEFAULT_LANGUAGE}"][0].value->_updatedAt)`
