import {TreatmentView, treatmentMetadata} from '@/app/_views/TreatmentView'
import {getTreatmentSlugs} from '@/lib/content'
import {languageOf} from '@/lib/i18n/params'
import {languageByPrefix} from '@/lib/shared/languages'

type Props = {params: Promise<{lang: string; slug: string}>}

export async function generateStaticParams({params}: {params: {lang: string}}) {
  const language = languageByPrefix(params.lang)
  return language ? (await getTreatmentSlugs(language.id)).map((slug) => ({slug})) : []
}

export async function generateMetadata({params}: Props) {
  return treatmentMetadata(await languageOf(params), (await params).slug)
}

export default async function TreatmentPage({params}: Props) {
  return <TreatmentView language={await languageOf(params)} slug={(await params).slug} />
}
