import type {Metadata} from 'next'

import {VisualEditing} from 'next-sanity/visual-editing'

import {SECTIONS} from '@/components/NavLinks'
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
  // The physicians' section exists once there is a physician to show (the bundled content has none).
  const sections = physicians.length > 0 ? SECTIONS : SECTIONS.filter((s) => s !== 'physicians')
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
