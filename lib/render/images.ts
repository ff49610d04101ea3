import {createImageUrlBuilder} from '@sanity/image-url'

import {readSettings} from '../settings'

type ImageSource = {asset?: {_id?: string | null} | null} | null | undefined

/**
 * A URL on the project's own Sanity image CDN, cropped to size; undefined without an asset or a
 * hosted project (the bundled dataset has no image CDN).
 */
export function sanityImageUrl(
  image: ImageSource,
  {width, height, format = 'jpg'}: {width: number; height: number; format?: 'jpg' | 'png'},
): string | undefined {
  const settings = readSettings()
  const projectId = settings.NEXT_PUBLIC_SANITY_PROJECT_ID
  if (!projectId || !image?.asset?._id) return undefined
  return createImageUrlBuilder({projectId, dataset: settings.NEXT_PUBLIC_SANITY_DATASET})
    .image(image as {asset: {_id: string}})
    .width(width)
    .height(height)
    .fit('crop')
    .format(format)
    .url()
}

/**
 * Fetches a picture for a share card as a data: URL. A slow or failing image CDN costs the card its
 * picture, never the card itself.
 */
export async function fetchPicture(url: string | undefined): Promise<string | undefined> {
  if (!url) return undefined
  try {
    const response = await fetch(url, {signal: AbortSignal.timeout(5_000)})
    const type = response.headers.get('content-type') ?? ''
    if (!response.ok || !/^image\/(jpeg|png)/.test(type)) return undefined
    const bytes = Buffer.from(await response.arrayBuffer())
    return `data:${type};base64,${bytes.toString('base64')}`
  } catch {
    return undefined
  }
}

/**
 * Whether a URL is on the project's own image CDN path, the only remote images that next/image
 * (next.config.js) and the Content-Security-Policy accept. Anything else is not shown.
 */
export function isProjectImageUrl(url: string | undefined): url is string {
  const {NEXT_PUBLIC_SANITY_PROJECT_ID: projectId, NEXT_PUBLIC_SANITY_DATASET: dataset} =
    readSettings()
  return Boolean(
    projectId && url?.startsWith(`https://cdn.sanity.io/images/${projectId}/${dataset}/`),
  )
}

const WIDTHS = [390, 640, 828, 1080, 1280, 1920]

/**
 * `src` and `srcset` for an image on the project's CDN, which resizes and picks the format itself
 * (auto=format). A plain <img> with these costs no JavaScript; next/image's client code added
 * 11 KB to every page (measured), over the 150 KB budget.
 */
export function cdnImageSources(url: string, width: number): {src: string; srcSet: string} {
  const widths = WIDTHS.filter((candidate) => candidate < width)
  const sized = (w: number) => `${url}?w=${w}&auto=format`
  return {
    src: sized(Math.min(width, 1280)),
    srcSet: [...widths, width].map((w) => `${sized(w)} ${w}w`).join(', '),
  }
}
