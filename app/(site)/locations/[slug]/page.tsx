import {LocationView, locationMetadata} from '@/app/_views/LocationView'
import {getLocationSlugs} from '@/lib/content'

// "Open now" is in the page: regenerate it often (the browser also corrects it, see OpeningStatus).
export const revalidate = 300

type Props = {params: Promise<{slug: string}>}

export async function generateStaticParams() {
  return (await getLocationSlugs()).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props) {
  return locationMetadata('en', (await params).slug)
}

export default async function LocationPage({params}: Props) {
  return <LocationView language="en" slug={(await params).slug} />
}
