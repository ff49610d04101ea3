import {pageShareImage, shareImageSize, siteShareImage} from '@/app/_views/share-images'
import {prefixedLanguageParams, rootSegment} from '@/lib/i18n/params'

/** The share picture of every page that has no picture of its own; an English page's own. */
export const size = shareImageSize
export const contentType = 'image/png'
export const alt = 'The clinic’s name and what it does'
export const generateStaticParams = prefixedLanguageParams

export default async function Image({params}: {params: Promise<{lang: string}>}) {
  const segment = await rootSegment(params)
  return segment.kind === 'home'
    ? siteShareImage(segment.language)
    : pageShareImage('en', segment.slug)
}
