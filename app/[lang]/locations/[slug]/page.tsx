import {LocationView, locationMetadata} from '@/app/_views/LocationView'
import {getLocationSlugs} from '@/lib/content'
import {languageOf} from '@/lib/i18n/params'

// "Open now" is in the page: regenerate it often (the browser also corrects it, see OpeningStatus).
export const revalidate = 300

type Props = {params: Promise<{lang: string; slug: string}>}

export async function generateStaticParams() {
  return (await getLocationSlugs()).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props) {
  return locationMetadata(await languageOf(params), (await params).slug)
}

export default async function LocationPage({params}: Props) {
  return <LocationView language={await languageOf(params)} slug={(await params).slug} />
}
