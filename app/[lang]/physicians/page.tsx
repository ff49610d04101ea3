import {PhysiciansView, physiciansMetadata} from '@/app/_views/PhysiciansView'
import {languageOf} from '@/lib/i18n/params'

type Props = {params: Promise<{lang: string}>}

export async function generateMetadata({params}: Props) {
  return physiciansMetadata(await languageOf(params))
}

export default async function PhysiciansPage({params}: Props) {
  return <PhysiciansView language={await languageOf(params)} />
}
