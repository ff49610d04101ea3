import {pageShareImage, shareImageSize} from '@/app/_views/share-images'
import {languageOf} from '@/lib/i18n/params'

type Params = {lang: string; slug: string}

export const size = shareImageSize
export const contentType = 'image/png'
export const alt = 'The page’s title and the clinic’s name'

// Rendered on their first request, then cached like a page (as treatments' share pictures).
export function generateStaticParams() {
  return []
}

export default async function Image({params}: {params: Promise<Params>}) {
  return pageShareImage(await languageOf(params), (await params).slug)
}
