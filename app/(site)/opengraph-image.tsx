import {ImageResponse} from 'next/og'

import {SHARE_CARD_SIZE, ShareCard} from '@/components/ShareCard'
import {getClinic} from '@/lib/content'

/** The share picture of every page that has no picture of its own. */
export const size = SHARE_CARD_SIZE
export const contentType = 'image/png'
export const alt = 'The clinic’s name and what it does'

export default async function Image() {
  const clinic = await getClinic({stega: false})
  return new ImageResponse(
    <ShareCard title={clinic.name} clinicName={clinic.name} summary={clinic.tagline} />,
    size,
  )
}
