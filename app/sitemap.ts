import type {MetadataRoute} from 'next'

import {getLocationSlugs, getPhysicianSlugs, getTreatmentPages} from '@/lib/content'
import {LANGUAGES, type LanguageId} from '@/lib/shared/languages'
import {resolveHref, type LinkTarget} from '@/lib/shared/routes'
import {siteOrigin} from '@/lib/seo'

/**
 * Every public page in every language, each with its translations as alternates (`hreflang`).
 * A treatment page whose translation is missing is not listed in that language: it shows the
 * English text, and the English page is the one to index.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin()
  const url = (href: string) => new URL(href, origin).toString()
  const [treatments, physicians, locations] = await Promise.all([
    getTreatmentPages(),
    getPhysicianSlugs(),
    getLocationSlugs(),
  ])
  const newest = treatments
    .map(({updatedAt}) => updatedAt)
    .sort()
    .at(-1)
  const everywhere = (target: LinkTarget, lastModified?: string) => {
    const languages = Object.fromEntries(
      LANGUAGES.map(({id}) => [id, url(resolveHref(target, id as LanguageId))]),
    )
    return LANGUAGES.map(({id}) => ({
      url: url(resolveHref(target, id as LanguageId)),
      ...(lastModified ? {lastModified} : {}),
      alternates: {languages},
    }))
  }
  const entries = [
    ...everywhere({type: 'home'}, newest),
    ...everywhere({type: 'treatments'}, newest),
    ...treatments.flatMap(({addresses}) => {
      const translated = addresses.filter((address) => address.translated)
      const languages = Object.fromEntries(
        translated.map(({language, slug}) => [
          language,
          url(resolveHref({type: 'treatment', slug}, language)),
        ]),
      )
      return translated.map(({language, slug, updatedAt}) => ({
        url: url(resolveHref({type: 'treatment', slug}, language)),
        lastModified: updatedAt,
        ...(translated.length > 1 ? {alternates: {languages}} : {}),
      }))
    }),
    // Physician pages exist once there is a physician (the bundled content has none).
    ...(physicians.length > 0 ? everywhere({type: 'physicians'}) : []),
    ...physicians.flatMap((slug) => everywhere({type: 'physician', slug})),
    ...(locations.length > 0 ? everywhere({type: 'locations'}) : []),
    ...locations.flatMap((slug) => everywhere({type: 'location', slug})),
    ...everywhere({type: 'affiliations'}),
    ...everywhere({type: 'languageAssistance'}),
  ]
  // Two translations saved with one address (around the Studio's check) are one page.
  return entries.filter(
    (entry, index) => entries.findIndex((other) => other.url === entry.url) === index,
  )
}
