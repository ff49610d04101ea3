import {TreatmentView, treatmentMetadata} from '@/app/_views/TreatmentView'
import {getTreatmentSlugs} from '@/lib/content'

type Props = {params: Promise<{slug: string}>}

export async function generateStaticParams() {
  return (await getTreatmentSlugs('en')).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props) {
  return treatmentMetadata('en', (await params).slug)
}

export default async function TreatmentPage({params}: Props) {
  return <TreatmentView language="en" slug={(await params).slug} />
}
