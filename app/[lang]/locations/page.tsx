import {LocationsView, locationsMetadata} from '@/app/_views/LocationsView'
import {languageOf} from '@/lib/i18n/params'

// "Open now" is in the page: regenerate it often (the browser also corrects it, see OpeningStatus).
export const revalidate = 300

type Props = {params: Promise<{lang: string}>}

export async function generateMetadata({params}: Props) {
  return locationsMetadata(await languageOf(params))
}

export default async function LocationsPage({params}: Props) {
  return <LocationsView language={await languageOf(params)} />
}
