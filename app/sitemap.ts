import type {MetadataRoute} from 'next'

import {getLocationSlugs, getPages, getPhysicianSlugs, getTreatmentPages} from '@/lib/content'
import {LANGUAGES, type LanguageId} from '@/lib/shared/languages'
import {resolveHref, type LinkTarget} from '@/lib/shared/routes'
import {siteOrigin} from '@/lib/seo'

/**
 * Every public page in every language, each with its translations as alternates (`hreflang`).
 * A treatment page or a page built by staff whose translation is missing is not listed in that
 * language: it shows the English text, and the English page is the one to index.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin()
  const url = (href: string) => new URL(href, origin).toString()
  const [treatments, physicians, locations, pages] = await Promise.all([
    getTreatmentPages(),
    getPhysicianSlugs(),
    getLocationSlugs(),
    getPages(),
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
  // Treatments and pages: their real translations only, each listing the others as alternates.
  const translatedEntries = (
    type: 'treatment' | 'page',
    documents: Array<{
      addresses: Array<{language: LanguageId; slug: string; translated: boolean; updatedAt: string}>
    }>,
  ) =>
    documents.flatMap(({addresses}) => {
      const translated = addresses.filter((address) => address.translated)
      const languages = Object.fromEntries(
        translated.map(({language, slug}) => [language, url(resolveHref({type, slug}, language))]),
      )
      return translated.map(({language, slug, updatedAt}) => ({
        url: url(resolveHref({type, slug}, language)),
        lastModified: updatedAt,
        ...(translated.length > 1 ? {alternates: {languages}} : {}),
      }))
    })
  const entries = [
    ...everywhere({type: 'home'}, newest),
    ...everywhere({type: 'treatments'}, newest),
    ...translatedEntries('treatment', treatments),
    // Pages built by staff, the same way: each translation with the others as alternates.
    ...translatedEntries('page', pages),
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
