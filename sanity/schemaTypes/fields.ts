// The `documentInternationalization` field option is declared by the plugin's types.
import type {} from '@sanity/document-internationalization'
import {defineArrayMember, defineField} from 'sanity'

import {DEFAULT_LANGUAGE, LANGUAGES} from '../../lib/shared/languages'
import {LANGUAGE_FIELD} from '../i18n'

/** A list of short phrases, edited as tags (other names, conditions, earlier addresses). */
export const tagList = {
  type: 'array' as const,
  of: [defineArrayMember({type: 'string'})],
  options: {layout: 'tags' as const},
}

/** The required name of a person or an organisation; `missing` says what to write. */
export function requiredName(description: string, missing: string) {
  return defineField({
    name: 'name',
    title: 'Name',
    type: 'string',
    description,
    validation: (rule) => rule.required().error(missing),
  })
}

/**
 * Left out when the Translations menu starts a translation from this document
 * (@sanity/document-internationalization copies every other field): the medical review, earlier
 * addresses, and the structure that the site reads from the English source only.
 */
export const notCopiedToTranslations = {documentInternationalization: {exclude: true}}

/**
 * The document's language, set by the Translations menu (@sanity/document-internationalization's
 * `languageField`); new documents are English. Hidden: the plugin shows it as a badge at the top.
 */
export const languageField = defineField({
  name: LANGUAGE_FIELD,
  title: 'Language',
  type: 'string',
  readOnly: true,
  hidden: true,
  initialValue: DEFAULT_LANGUAGE,
  description: 'Set by the Translations menu at the top of the document.',
  validation: (rule) =>
    rule
      .custom((language: string | undefined) =>
        language === undefined || LANGUAGES.some(({id}) => id === language)
          ? true
          : `"${language}" is not one of the site's languages (${LANGUAGES.map(({id}) => id).join(', ')}).`,
      )
      .error(),
})

type TranslatedValue = Array<{language?: string; value?: unknown}> | undefined

/** The text of a per-field translated value (internationalized array) in one language. */
export function translatedText(value: TranslatedValue, language: string): string {
  const text = value?.find((item) => item?.language === language)?.value
  return typeof text === 'string' ? text.trim() : ''
}

/**
 * What is wrong with a per-field translated value, or true. A field's own validation replaces its
 * type's, so the plugin's checks (a site language, once each) are repeated here with ours.
 */
export function checkTranslatedValue(
  value: TranslatedValue,
  requiredMessage?: string,
): true | string {
  // Sanity reports a value of another type ("Expected type Array") by itself.
  if (!Array.isArray(value)) return requiredMessage && value === undefined ? requiredMessage : true
  const languages = value.map((item) => item?.language)
  const unknown = languages.find((language) => !LANGUAGES.some(({id}) => id === language))
  if (unknown !== undefined) {
    return `"${unknown ?? ''}" is not one of the site's languages (${LANGUAGES.map(({id}) => id).join(', ')}).`
  }
  const twice = languages.find((language, index) => languages.indexOf(language) !== index)
  if (twice) return `There are two ${twice} entries: keep one.`
  if (requiredMessage && !translatedText(value, DEFAULT_LANGUAGE)) return requiredMessage
  return true
}

/**
 * A per-field translated string or text (sanity-plugin-internationalized-array: one item per
 * language, `{_key, _type: 'internationalizedArrayStringValue' | 'internationalizedArrayTextValue',
 * language, value}`). The site shows the English text where a language has none, so
 * `requiredMessage` makes only the English one required.
 */
export function translatedField(
  name: string,
  title: string,
  type: 'string' | 'text',
  description: string,
  requiredMessage?: string,
) {
  return defineField({
    name,
    title,
    type: type === 'string' ? 'internationalizedArrayString' : 'internationalizedArrayText',
    description: `${description} One entry per language (press a language's button to add it); where a language has none, the site shows the English text.`,
    validation: (rule) =>
      rule.custom((value: TranslatedValue) => checkTranslatedValue(value, requiredMessage)).error(),
  })
}
