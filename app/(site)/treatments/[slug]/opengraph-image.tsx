import {shareImageSize, treatmentShareImage} from '@/app/_views/share-images'

export const size = shareImageSize
export const contentType = 'image/png'
export const alt = 'The treatment’s name and the clinic’s name'

// Rendered on their first request, then cached like a page, as in the other languages: rendering
// one picture per treatment at build time was the larger part of a 2000-treatment build.
export function generateStaticParams() {
  return []
}

export default async function Image({params}: {params: Promise<{slug: string}>}) {
  return treatmentShareImage('en', (await params).slug)
}
