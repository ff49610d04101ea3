import type {MetadataRoute} from 'next'

import {getSitemapTreatments} from '@/lib/content'
import {resolveHref} from '@/lib/shared/routes'
import {siteOrigin} from '@/lib/seo'

/** Every public page, with the time its treatment last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin()
  const treatments = await getSitemapTreatments()
  const newest = treatments
    .map(({updatedAt}) => updatedAt)
    .sort()
    .at(-1)
  const url = (href: string) => new URL(href, origin).toString()
  return [
    {url: url(resolveHref({type: 'home'})), lastModified: newest},
    {url: url(resolveHref({type: 'treatments'})), lastModified: newest},
    ...treatments.map(({slug, updatedAt}) => ({
      url: url(resolveHref({type: 'treatment', slug})),
      lastModified: updatedAt,
    })),
    {url: url(resolveHref({type: 'affiliations'}))},
  ]
}
