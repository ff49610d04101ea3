import type {Metadata, Viewport} from 'next'

import {SiteFooter} from '@/components/SiteFooter'
import {SiteHeader} from '@/components/SiteHeader'
import {toClinic} from '@/lib/clinic'
import {getSettings} from '@/lib/content'
import {readSettings} from '@/lib/content/env'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const clinic = toClinic(await getSettings())
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
  const clinic = toClinic(await getSettings())
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader clinic={clinic} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter clinic={clinic} />
      </body>
    </html>
  )
}
