import type {Viewport} from 'next'

import {SiteDocument, siteMetadata} from '@/app/_views/SiteDocument'
import {languageOf, prefixedLanguageParams} from '@/lib/i18n/params'

import '../globals.css'

type Props = {children: React.ReactNode; params: Promise<{lang: string}>}

// The root layout of the languages with an address prefix (/es, /zh); English is app/(site).
export const generateStaticParams = prefixedLanguageParams
export const dynamicParams = false

export async function generateMetadata({params}: Omit<Props, 'children'>) {
  return siteMetadata(await languageOf(params))
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5563',
}

export default async function LanguageLayout({children, params}: Props) {
  return <SiteDocument language={await languageOf(params)}>{children}</SiteDocument>
}
