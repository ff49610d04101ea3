import type {Metadata} from 'next'

import {getClinic} from '../content'
import {readSettings} from '../settings'
import {DEFAULT_LANGUAGE, LANGUAGES, languageById, type LanguageId} from '../shared/languages'
import {absoluteUrl} from '../shared/routes'

/** The canonical origin (NEXT_PUBLIC_SITE_URL), never the Host header of a request. */
export function siteOrigin(): string {
  return readSettings().NEXT_PUBLIC_SITE_URL
}

/** The page in one language, as `alternates` lists it. */
export type PageAlternate = {language: LanguageId; path: string}

/**
 * A page's own metadata in its language: title and description, the canonical URL, the page in
 * its other languages (`hreflang`, each listing all the others and itself, plus `x-default` for
 * English), and the same for Open Graph and Twitter cards (the site name comes from the layout).
 *
 * `alternates` lists only real translations. A page that shows the English text because its
 * translation is missing (`fallback`) is not offered to search engines at all: `noindex`, no
 * alternates; its English page is the one to index.
 */
export async function pageMetadata({
  title,
  description,
  path,
  language = DEFAULT_LANGUAGE,
  alternates = [],
  fallback = false,
}: {
  title?: string
  description?: string
  path: string
  language?: LanguageId
  alternates?: PageAlternate[]
  fallback?: boolean
}): Promise<Metadata> {
  const clinic = await getClinic(language, {stega: false})
  const pageDescription = description || clinic.description || clinic.tagline?.text
  const origin = siteOrigin()
  const url = absoluteUrl(origin, path)
  const shareTitle = title ? `${title} | ${clinic.name}` : clinic.name
  const translations = fallback ? [] : alternates
  const languages = Object.fromEntries(
    translations.map((alternate) => [alternate.language, absoluteUrl(origin, alternate.path)]),
  )
  const english = translations.find((alternate) => alternate.language === DEFAULT_LANGUAGE)
  if (english && translations.length > 1) languages['x-default'] = absoluteUrl(origin, english.path)
  return {
    ...(title ? {title} : {}),
    description: pageDescription,
    alternates: {
      canonical: url,
      ...(translations.length > 1 ? {languages} : {}),
    },
    ...(fallback ? {robots: {index: false, follow: true}} : {}),
    openGraph: {
      title: shareTitle,
      description: pageDescription,
      url,
      siteName: clinic.name,
      locale: languageById(language).ogLocale,
      alternateLocale: translations
        .filter((alternate) => alternate.language !== language)
        .map((alternate) => languageById(alternate.language).ogLocale),
      type: 'website',
    },
    // The share picture is the segment's opengraph-image; X reads it from og:image.
    twitter: {card: 'summary_large_image', title: shareTitle, description: pageDescription},
  }
}

/** A page that exists in every language (the fixed pages: home, the indexes, search …). */
export function everyLanguage(pathIn: (language: LanguageId) => string): PageAlternate[] {
  return LANGUAGES.map(({id}) => ({language: id, path: pathIn(id)}))
}
