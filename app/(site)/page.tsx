import {HomeView, homeMetadata} from '@/app/_views/HomeView'

export const generateMetadata = () => homeMetadata('en')

export default function HomePage() {
  return <HomeView language="en" />
}
