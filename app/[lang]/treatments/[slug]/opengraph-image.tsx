import {shareImageSize, treatmentShareImage} from '@/app/_views/share-images'
import {getTreatmentSlugs} from '@/lib/content'
import {languageOf} from '@/lib/i18n/params'
import {languageByPrefix} from '@/lib/shared/languages'

type Params = {lang: string; slug: string}

export const size = shareImageSize
export const contentType = 'image/png'
export const alt = 'The treatment’s name and the clinic’s name'

export async function generateStaticParams({params}: {params: {lang: string}}) {
  const language = languageByPrefix(params.lang)
  return language ? (await getTreatmentSlugs(language.id)).map((slug) => ({slug})) : []
}

export default async function Image({params}: {params: Promise<Params>}) {
  return treatmentShareImage(await languageOf(params), (await params).slug)
}
