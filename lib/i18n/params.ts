import {notFound} from 'next/navigation'

import {languageByPrefix, PREFIXED_LANGUAGES, type LanguageId} from '../shared/languages'

/** The `[lang]` segment's values: every language with an address prefix (`es`, `zh`). */
export function prefixedLanguageParams(): Array<{lang: string}> {
  return PREFIXED_LANGUAGES.map(({pathPrefix}) => ({lang: pathPrefix}))
}

/** The language of a `[lang]` route (its prefix); any other value is a 404. */
export async function languageOf(params: Promise<{lang: string}>): Promise<LanguageId> {
  const language = languageByPrefix((await params).lang)
  if (!language) notFound()
  return language.id
}

/**
 * What the site's first path segment is (`app/[lang]`): a language prefix (that language's home
 * page), or else the address of an English page built by staff (`/about`), which cannot be a
 * route of its own: `app/(site)/[slug]` would clash with `app/[lang]`.
 */
export async function rootSegment(
  params: Promise<{lang: string}>,
): Promise<{kind: 'home'; language: LanguageId} | {kind: 'page'; slug: string}> {
  const segment = (await params).lang
  const language = languageByPrefix(segment)
  return language ? {kind: 'home', language: language.id} : {kind: 'page', slug: segment}
}
