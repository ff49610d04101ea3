import {ImageResponse} from 'next/og'

import {SHARE_CARD_SIZE, ShareCard} from '@/components/ShareCard'
import {getClinic, getTreatment, getTreatmentSlugs} from '@/lib/content'
import {fetchPicture, sanityImageUrl} from '@/lib/render/images'

/** A treatment's share picture: its title on the clinic's colours, with its picture when set. */
export const size = SHARE_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The treatment’s name and the clinic’s name'

export async function generateStaticParams() {
  return (await getTreatmentSlugs()).map((slug) => ({slug}))
}

export default async function Image({params}: {params: Promise<{slug: string}>}) {
  const {slug} = await params
  const [treatment, clinic] = await Promise.all([
    getTreatment(slug, {stega: false}),
    getClinic({stega: false}),
  ])
  const pictureSize = {width: Math.round(size.width * 0.38), height: size.height}
  const picture = await fetchPicture(
    sanityImageUrl(treatment?.seo?.image ?? treatment?.image, pictureSize),
  )
  return new ImageResponse(
    <ShareCard
      title={treatment?.title ?? clinic.name}
      clinicName={clinic.name}
      kicker={treatment?.parent?.title ?? 'Treatments'}
      summary={treatment?.summary ?? undefined}
      picture={picture}
    />,
    size,
  )
}
