import type {ValidationContext} from 'sanity'

import {DEFAULT_LANGUAGE} from '../../lib/shared/languages'
import {apiVersion} from '../../lib/settings/sanity-project.mjs'
import {LANGUAGE_FIELD} from '../i18n'

/** GROQ: English documents (and documents that are not translated per document). */
export const ENGLISH_SOURCE_FILTER = `!defined(${LANGUAGE_FIELD}) || ${LANGUAGE_FIELD} == "${DEFAULT_LANGUAGE}"`

/**
 * The picker's filter keeps staff from choosing other documents, but an import or a pasted value
 * can still hold them: this names the referenced documents of another type or outside the filter.
 */
export function onlyReferencesTo(type: string, filter: string, message: (names: string) => string) {
  return async (references: Array<{_ref?: string}> | undefined, context: ValidationContext) => {
    const ids = (references ?? []).flatMap((reference) => (reference?._ref ? [reference._ref] : []))
    if (!ids.length) return true
    const wrong = await context
      .getClient({apiVersion})
      .fetch<Array<{label: string}>>(
        `*[_id in $ids && !(_type == $type && (${filter}))]{"label": coalesce(name, title, _id)}`,
        {ids, type},
      )
    return wrong.length ? message(wrong.map(({label}) => label).join(', ')) : true
  }
}

type Target = {_type: string; label: string | null; english: boolean; slug: string | null}

/**
 * A link that must lead to a live page: the referenced document is published, English (the site
 * links each language to its translation), and has a web address. Sanity's own reference check
 * says only "must be published"; this names the document and says what to do. Drafts are read
 * with the `raw` perspective, so an unpublished document is named by its draft's title.
 */
export async function checkLinkTarget(
  reference: {_ref?: string} | undefined,
  context: ValidationContext,
): Promise<true | string> {
  const id = reference?._ref
  if (!id) return true
  const fields = `_type, "label": coalesce(title, name), "english": ${ENGLISH_SOURCE_FILTER}, "slug": slug.current`
  const found = await context
    .getClient({apiVersion})
    .withConfig({perspective: 'raw'})
    .fetch<{published: Target | null; draft: Target | null}>(
      `{"published": *[_id == $id][0]{${fields}}, "draft": *[_id == $draft][0]{${fields}}}`,
      {id, draft: `drafts.${id}`},
    )
  const {published, draft} = found
  if (!published) {
    return draft
      ? `“${draft.label ?? 'The chosen document'}” is not published yet: publish it first, or choose another link.`
      : `The document this links to no longer exists (${id}): choose another link, or remove it.`
  }
  const label = published.label ?? 'The chosen document'
  if (!published.english) {
    return `“${label}” is a translation: choose the English document; each language links to its own translation.`
  }
  if (!published.slug) return `“${label}” has no web address yet: give it one first.`
  return true
}
