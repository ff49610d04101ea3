/**
 * The site's languages: the one list that the routes, the content queries, the message catalogs,
 * the sitemap and the Studio's translation plugins read. A fourth language is a new entry here,
 * its catalog in lib/i18n/messages/, and its translations in the Studio: no code changes.
 */
export type Language = {
  /** The language as content stores it (the `language` field, BCP 47). */
  id: string
  /** The address prefix (`/es/…`); the default language has none. */
  pathPrefix: string
  /** The language's name in English, for the Studio. */
  title: string
  /** The language's name in itself, for the language switcher. */
  nativeName: string
  /** Open Graph locale (`og:locale`). */
  ogLocale: string
}

export const LANGUAGES = [
  {id: 'en', pathPrefix: '', title: 'English', nativeName: 'English', ogLocale: 'en_US'},
  {id: 'es', pathPrefix: 'es', title: 'Spanish', nativeName: 'Español', ogLocale: 'es_US'},
  {
    id: 'zh-Hans',
    pathPrefix: 'zh',
    title: 'Chinese (Simplified)',
    nativeName: '中文',
    ogLocale: 'zh_CN',
  },
] as const satisfies readonly Language[]

export type LanguageId = (typeof LANGUAGES)[number]['id']

/** The language of the source documents, of unprefixed addresses and of `x-default`. */
export const DEFAULT_LANGUAGE: LanguageId = 'en'

/** The languages that live under an address prefix. */
export const PREFIXED_LANGUAGES = LANGUAGES.filter(({pathPrefix}) => pathPrefix !== '')

export function isLanguageId(value: unknown): value is LanguageId {
  return LANGUAGES.some(({id}) => id === value)
}

type ConfiguredLanguage = (typeof LANGUAGES)[number]

export function languageById(id: LanguageId): ConfiguredLanguage {
  return LANGUAGES.find((language) => language.id === id) ?? LANGUAGES[0]
}

/** The language whose address prefix this is (`zh` → `zh-Hans`), or undefined. */
export function languageByPrefix(prefix: string): ConfiguredLanguage | undefined {
  return PREFIXED_LANGUAGES.find(({pathPrefix}) => pathPrefix === prefix)
}
