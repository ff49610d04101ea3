import {LocationsView, locationsMetadata} from '@/app/_views/LocationsView'

// "Open now" is in the page: regenerate it often (the browser also corrects it, see OpeningStatus).
export const revalidate = 300

export const generateMetadata = () => locationsMetadata('en')

export default function LocationsPage() {
  return <LocationsView language="en" />
}
