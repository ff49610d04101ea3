import {PhysicianView, physicianMetadata} from '@/app/_views/PhysicianView'
import {getPhysicianSlugs} from '@/lib/content'
import {languageOf} from '@/lib/i18n/params'

type Props = {params: Promise<{lang: string; slug: string}>}

export async function generateStaticParams() {
  return (await getPhysicianSlugs()).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props) {
  return physicianMetadata(await languageOf(params), (await params).slug)
}

export default async function PhysicianPage({params}: Props) {
  return <PhysicianView language={await languageOf(params)} slug={(await params).slug} />
}
