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
