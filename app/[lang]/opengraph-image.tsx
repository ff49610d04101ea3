import {shareImageSize, siteShareImage} from '@/app/_views/share-images'
import {languageOf, prefixedLanguageParams} from '@/lib/i18n/params'

/** The share picture of every page that has no picture of its own. */
export const size = shareImageSize
export const contentType = 'image/png'
export const alt = 'The clinic’s name and what it does'
export const generateStaticParams = prefixedLanguageParams

export default async function Image({params}: {params: Promise<{lang: string}>}) {
  return siteShareImage(await languageOf(params))
}
