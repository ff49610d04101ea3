import type {SlugRule, SlugValue} from 'sanity'

import {DEFAULT_LANGUAGE} from '../../lib/shared/languages'
import {apiVersion} from '../../lib/settings/sanity-project.mjs'
import {DOCUMENT_LANGUAGE, isSourceLanguage, languageTitle} from '../i18n'

/** GROQ: documents of `$type` in `$language` other than `$id` and its draft. */
export const SAME_TYPE_AND_LANGUAGE = `_type == $type && ${DOCUMENT_LANGUAGE} == $language && !(_id in [$id, $draft])`

/** The language of a document being validated (documents without one are English). */
export function documentLanguage(document: object | undefined): string {
  const language = (document as {language?: unknown} | undefined)?.language
  return typeof language === 'string' ? language : DEFAULT_LANGUAGE
}

/**
 * A required slug that no other document of the same type and language uses (a Spanish and an
 * English page may share one: their addresses differ by the /es prefix). Sanity's built-in check
 * only warns; a duplicate would make two pages fight for one address, so here it is an error that
 * says how to fix it.
 */
export function requiredUniqueSlug(typeLabel: string, sourceLabel: string) {
  return (rule: SlugRule) => [
    rule.required().error(`Press "Generate" to make the web address from the ${sourceLabel}.`),
    rule
      .custom(async (slug: SlugValue | undefined, context) => {
        const current = slug?.current
        const id = context.document?._id?.replace(/^drafts\./, '')
        if (!current || !id || !context.document) return true
        const language = documentLanguage(context.document)
        const taken = await context
          .getClient({apiVersion})
          .fetch<boolean>(`defined(*[${SAME_TYPE_AND_LANGUAGE} && slug.current == $slug][0]._id)`, {
            type: context.document._type,
            language,
            slug: current,
            id,
            draft: `drafts.${id}`,
          })
        const other = isSourceLanguage(language)
          ? typeLabel
          : `${languageTitle(language)} ${typeLabel}`
        return taken
          ? `Another ${other} already uses this web address. Change it, for example by adding a word.`
          : true
      })
      .error(),
  ]
}

/** Sanity's own uniqueness warning would repeat the error above; the rule above decides. */
export const skipBuiltInUniqueCheck = () => true
