import type {MetadataRoute} from 'next'

import {getClinic} from '@/lib/content'

/** The web manifest: how the site looks when a patient adds it to a phone's home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const clinic = await getClinic('en', {stega: false})
  return {
    name: clinic.name,
    short_name: clinic.name,
    description: clinic.tagline?.text,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#0b5563',
    icons: [{src: '/icon.svg', type: 'image/svg+xml', sizes: 'any'}],
  }
}
