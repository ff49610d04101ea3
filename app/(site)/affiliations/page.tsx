import {AffiliationsView, affiliationsMetadata} from '@/app/_views/AffiliationsView'

export const generateMetadata = () => affiliationsMetadata('en')

export default function AffiliationsPage() {
  return <AffiliationsView language="en" />
}
