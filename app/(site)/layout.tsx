import type {Viewport} from 'next'

import {SiteChrome, siteMetadata} from '@/app/_views/SiteDocument'

import '../globals.css'

// English: the root layout of unprefixed addresses (app/[lang] has the other languages').
export const generateMetadata = () => siteMetadata('en')

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5563',
}

export default function EnglishLayout({children}: {children: React.ReactNode}) {
  return (
    <html lang="en">
      <body>
        <SiteChrome language="en">{children}</SiteChrome>
      </body>
    </html>
  )
}
