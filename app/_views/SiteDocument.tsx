import type {Metadata} from 'next'

import {VisualEditing} from 'next-sanity/visual-editing'

import {SECTIONS, type Section} from '@/components/NavLinks'
import {PreviewBanner} from '@/components/PreviewBanner'
import {SiteFooter} from '@/components/SiteFooter'
import {SiteHeader} from '@/components/SiteHeader'
import {getClinic, getPhysicians, isDraftMode} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import {readSettings, selectBackend} from '@/lib/settings'
import type {LanguageId} from '@/lib/shared/languages'

/** The site's name as the title template, and its tagline, in a language. */
export async function siteMetadata(language: LanguageId): Promise<Metadata> {
  const clinic = await getClinic(language, {stega: false})
  return {
    metadataBase: new URL(readSettings().NEXT_PUBLIC_SITE_URL),
    title: {default: clinic.name, template: `%s | ${clinic.name}`},
    description: clinic.tagline?.text,
  }
}

/**
 * What surrounds every page of one language, inside `<body>` (each language's root layout renders
 * `<html lang>` and `<body>` itself: Next.js renders 404 pages correctly only when they are in the
 * layout file): the skip link, header, footer, and the preview tools for staff.
 */
export async function SiteChrome({
  language,
  children,
}: {
  language: LanguageId
  children: React.ReactNode
}) {
  const [clinic, physicians, draft] = await Promise.all([
    getClinic(language),
    getPhysicians(),
    isDraftMode(),
  ])
  const t = getTranslator(language)
  // A section exists once it has something to show (the bundled content names no physician); a
  // main location exists whenever any location does (settings fall back to the first).
  const shown: Record<Section, boolean> = {
    treatments: true,
    physicians: physicians.length > 0,
    locations: clinic.mainLocation !== undefined,
    affiliations: true,
  }
  const sections = SECTIONS.filter((section) => shown[section])
  return (
    <>
      {draft && <PreviewBanner t={t} />}
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <SiteHeader clinic={clinic} sections={sections} t={t} language={language} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter clinic={clinic} sections={sections} t={t} language={language} />
      {/* Click-to-edit overlays for Sanity's Presentation tool: staff previews on the hosted backend only. */}
      {draft && selectBackend(readSettings()) === 'hosted' && <VisualEditing />}
    </>
  )
}
