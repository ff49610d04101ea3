import type {Metadata} from 'next'

import {getClinic} from '../content'
import {readSettings} from '../settings'
import {absoluteUrl} from '../shared/routes'

/** The canonical origin (NEXT_PUBLIC_SITE_URL), never the Host header of a request. */
export function siteOrigin(): string {
  return readSettings().NEXT_PUBLIC_SITE_URL
}

/**
 * A page's own metadata: its title and description, the canonical URL, and the same for
 * Open Graph and Twitter cards (the site name comes from the layout).
 */
export async function pageMetadata({
  title,
  description,
  path,
}: {
  title?: string
  description?: string
  path: string
}): Promise<Metadata> {
  const clinic = await getClinic({stega: false})
  const pageDescription = description || clinic.description || clinic.tagline
  const url = absoluteUrl(siteOrigin(), path)
  const shareTitle = title ? `${title} | ${clinic.name}` : clinic.name
  return {
    ...(title ? {title} : {}),
    description: pageDescription,
    alternates: {canonical: url},
    openGraph: {
      title: shareTitle,
      description: pageDescription,
      url,
      siteName: clinic.name,
      locale: 'en_US',
      type: 'website',
    },
    // The share picture is the segment's opengraph-image; X reads it from og:image.
    twitter: {card: 'summary_large_image', title: shareTitle, description: pageDescription},
  }
}
