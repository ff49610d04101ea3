import type {Viewport} from 'next'

import {SiteChrome, siteMetadata} from '@/app/_views/SiteDocument'
import {prefixedLanguageParams} from '@/lib/i18n/params'
import {DEFAULT_LANGUAGE, languageByPrefix} from '@/lib/shared/languages'

import '../globals.css'

type Props = {children: React.ReactNode; params: Promise<{lang: string}>}

/*
 * The root layout of the languages with an address prefix (/es, /zh); English is app/(site).
 * A first segment that is no language prefix (`/nope`, `/fr/…`) also lands here: the layout then
 * renders in English and the page below answers the English 404 page (a layout that threw instead
 * would leave Next.js only its bare error page).
 */
export const generateStaticParams = prefixedLanguageParams

async function layoutLanguage(params: Props['params']) {
  return languageByPrefix((await params).lang)?.id ?? DEFAULT_LANGUAGE
}

export async function generateMetadata({params}: Omit<Props, 'children'>) {
  return siteMetadata(await layoutLanguage(params))
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5563',
}

export default async function LanguageLayout({children, params}: Props) {
  const language = await layoutLanguage(params)
  return (
    <html lang={language}>
      <body>
        <SiteChrome language={language}>{children}</SiteChrome>
      </body>
    </html>
  )
}
