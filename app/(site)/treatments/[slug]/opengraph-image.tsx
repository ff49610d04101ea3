import {shareImageSize, treatmentShareImage} from '@/app/_views/share-images'
import {getTreatmentSlugs} from '@/lib/content'

export const size = shareImageSize
export const contentType = 'image/png'
export const alt = 'The treatment’s name and the clinic’s name'

export async function generateStaticParams() {
  return (await getTreatmentSlugs('en')).map((slug) => ({slug}))
}

export default async function Image({params}: {params: Promise<{slug: string}>}) {
  return treatmentShareImage('en', (await params).slug)
}
