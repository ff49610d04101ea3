import {PhysiciansView, physiciansMetadata} from '@/app/_views/PhysiciansView'

export const generateMetadata = () => physiciansMetadata('en')

export default function PhysiciansPage() {
  return <PhysiciansView language="en" />
}
