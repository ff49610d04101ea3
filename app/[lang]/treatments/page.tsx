import {TreatmentsView, treatmentsMetadata} from '@/app/_views/TreatmentsView'
import {languageOf} from '@/lib/i18n/params'

type Props = {params: Promise<{lang: string}>}

export async function generateMetadata({params}: Props) {
  return treatmentsMetadata(await languageOf(params))
}

export default async function TreatmentsPage({params}: Props) {
  return <TreatmentsView language={await languageOf(params)} />
}
