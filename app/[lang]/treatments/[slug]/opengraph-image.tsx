import {shareImageSize, treatmentShareImage} from '@/app/_views/share-images'
import {languageOf} from '@/lib/i18n/params'

type Params = {lang: string; slug: string}

export const size = shareImageSize
export const contentType = 'image/png'
export const alt = 'The treatment’s name and the clinic’s name'

// Rendered on their first request, then cached like a page: not at build time, where thousands
// of translated treatments would each render a picture with a CJK font (see bench/README).
export function generateStaticParams() {
  return []
}

export default async function Image({params}: {params: Promise<Params>}) {
  return treatmentShareImage(await languageOf(params), (await params).slug)
}
