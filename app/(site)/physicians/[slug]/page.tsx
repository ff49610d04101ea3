import {PhysicianView, physicianMetadata} from '@/app/_views/PhysicianView'
import {getPhysicianSlugs} from '@/lib/content'

type Props = {params: Promise<{slug: string}>}

export async function generateStaticParams() {
  return (await getPhysicianSlugs()).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props) {
  return physicianMetadata('en', (await params).slug)
}

export default async function PhysicianPage({params}: Props) {
  return <PhysicianView language="en" slug={(await params).slug} />
}
