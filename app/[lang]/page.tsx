import {HomeView, homeMetadata} from '@/app/_views/HomeView'
import {languageOf} from '@/lib/i18n/params'

type Props = {params: Promise<{lang: string}>}

export async function generateMetadata({params}: Props) {
  return homeMetadata(await languageOf(params))
}

export default async function HomePage({params}: Props) {
  return <HomeView language={await languageOf(params)} />
}
