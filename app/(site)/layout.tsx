import type {Metadata, Viewport} from 'next'

import {VisualEditing} from 'next-sanity/visual-editing'

import {PreviewBanner} from '@/components/PreviewBanner'
import {SiteFooter} from '@/components/SiteFooter'
import {SiteHeader} from '@/components/SiteHeader'
import {getClinic, isDraftMode} from '@/lib/content'
import {readSettings, selectBackend} from '@/lib/settings'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const clinic = await getClinic({stega: false})
  return {
    metadataBase: new URL(readSettings().NEXT_PUBLIC_SITE_URL),
    title: {default: clinic.name, template: `%s | ${clinic.name}`},
    description: clinic.tagline,
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5563',
}

export default async function SiteLayout({children}: {children: React.ReactNode}) {
  const [clinic, draft] = await Promise.all([getClinic(), isDraftMode()])
  return (
    <html lang="en">
      <body>
        {draft && <PreviewBanner />}
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader clinic={clinic} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter clinic={clinic} />
        {/* Click-to-edit overlays for Sanity's Presentation tool: staff previews on the hosted backend only. */}
        {draft && selectBackend(readSettings()) === 'hosted' && <VisualEditing />}
      </body>
    </html>
  )
}
