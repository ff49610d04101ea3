import {TreatmentsView, treatmentsMetadata} from '@/app/_views/TreatmentsView'

export const generateMetadata = () => treatmentsMetadata('en')

export default function TreatmentsPage() {
  return <TreatmentsView language="en" />
}
