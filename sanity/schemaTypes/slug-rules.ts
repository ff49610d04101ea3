import {defineField, type SlugRule, type SlugValue} from 'sanity'

import {DEFAULT_LANGUAGE} from '../../lib/shared/languages'
import {apiVersion} from '../../lib/settings/sanity-project.mjs'
import {DOCUMENT_LANGUAGE, isSourceLanguage, languageTitle} from '../i18n'

import {notCopiedToTranslations, tagList} from './fields'

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

/**
 * The earlier web addresses of a document of `type` (treatments, pages), kept by the Studio's
 * publish action (sanity/actions.ts): the site redirects each to the current address.
 */
export function previousSlugsField(type: string) {
  return defineField({
    name: 'previousSlugs',
    title: 'Earlier web addresses',
    ...tagList,
    group: 'seo',
    description:
      'Kept by the Studio: when you publish a new web address, the old one is added here, and links to it keep working (they lead to this page). Remove an entry only to give that address to another page. Each language keeps its own.',
    options: {...tagList.options, ...notCopiedToTranslations},
    validation: (rule) =>
      rule
        .custom(async (previous: string[] | undefined, context) => {
          const current = (context.document as {slug?: {current?: string}} | undefined)?.slug
            ?.current
          if (!previous?.length) return true
          if (current && previous.includes(current)) {
            return `"${current}" is the current web address; remove it from the earlier ones.`
          }
          const id = context.document?._id?.replace(/^drafts\./, '')
          const taken = await context
            .getClient({apiVersion})
            .fetch<string | null>(
              `*[${SAME_TYPE_AND_LANGUAGE} && slug.current in $previous][0].slug.current`,
              {
                type,
                language: documentLanguage(context.document),
                previous,
                id: id ?? '',
                draft: `drafts.${id}`,
              },
            )
          return taken
            ? `Another ${type} now uses "${taken}", so that address shows it. Remove "${taken}" here.`
            : true
        })
        .warning(),
  })
}
