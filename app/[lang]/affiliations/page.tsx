import {AffiliationsView, affiliationsMetadata} from '@/app/_views/AffiliationsView'
import {languageOf} from '@/lib/i18n/params'

type Props = {params: Promise<{lang: string}>}

export async function generateMetadata({params}: Props) {
  return affiliationsMetadata(await languageOf(params))
}

export default async function AffiliationsPage({params}: Props) {
  return <AffiliationsView language={await languageOf(params)} />
}
