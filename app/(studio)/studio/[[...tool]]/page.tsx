import type {Metadata} from 'next'
import {metadata as studioMetadata, viewport as studioViewport} from 'next-sanity/studio'

import {Studio} from './Studio'

export const dynamic = 'force-static'

export const metadata: Metadata = {
  ...studioMetadata,
  title: 'Clinic Studio',
  // Staff only: never in search results.
  robots: {index: false, follow: false},
}

export const viewport = studioViewport

export default function StudioPage() {
  return <Studio />
}
