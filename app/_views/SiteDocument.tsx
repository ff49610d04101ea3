import type {Metadata} from 'next'

import {VisualEditing} from 'next-sanity/visual-editing'

import {SECTIONS, type NavLink} from '@/components/NavLinks'
import {PreviewBanner} from '@/components/PreviewBanner'
import {SiteFooter} from '@/components/SiteFooter'
import {SiteHeader} from '@/components/SiteHeader'
import {getClinic, getMenus, getPhysicians, isDraftMode, type MenuLink} from '@/lib/content'
import {getTranslator, type Translator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import {readSettings, selectBackend} from '@/lib/settings'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref, type MenuSection} from '@/lib/shared/routes'

/** The site's name as the title template, and its tagline, in a language. */
export async function siteMetadata(language: LanguageId): Promise<Metadata> {
  const clinic = await getClinic(language, {stega: false})
  return {
    metadataBase: new URL(readSettings().NEXT_PUBLIC_SITE_URL),
    title: {default: clinic.name, template: `%s | ${clinic.name}`},
    description: clinic.tagline?.text,
  }
}

type Place = 'header' | 'footer'

/** A section's name in the page's language, as the header or the footer names it. */
function sectionName(section: MenuSection, place: Place, t: Translator): string {
  switch (section) {
    case 'home':
      return t('layout.home')
    case 'treatments':
      return place === 'header' ? t('layout.treatments') : t('layout.allTreatments')
    case 'physicians':
      return t('layout.physicians')
    case 'locations':
      return t('layout.locations')
    case 'affiliations':
      return t('layout.affiliations')
    case 'search':
      return t('search.title')
    case 'languageAssistance':
      return t('layout.languageAssistance')
  }
}

/**
 * A menu's links: the staff's (Site settings), without sections that have no page yet; when that
 * leaves none, the site's own sections. A section whose text staff have not written in the page's
 * language is named by the site, in that language.
 */
function menuLinks(
  menu: MenuLink[],
  place: Place,
  shown: (section: MenuSection) => boolean,
  t: Translator,
  language: LanguageId,
): NavLink[] {
  const staff = menu.flatMap((item): NavLink[] => {
    if (item.section && !shown(item.section)) return []
    const label =
      item.section && item.label?.language !== language
        ? {text: sectionName(item.section, place, t), language}
        : item.label
    if (!label) return []
    const lang = langWhereDifferent(label.language, language)
    return [
      {
        key: item.key,
        href: item.href,
        text: label.text,
        ...(lang ? {lang} : {}),
        ...(item.external ? {external: true} : {}),
      },
    ]
  })
  if (staff.length > 0) return staff
  return SECTIONS.filter(shown).map((section) => ({
    key: section,
    href: resolveHref({type: section}, language),
    text: sectionName(section, place, t),
  }))
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
  const [clinic, physicians, menus, draft] = await Promise.all([
    getClinic(language),
    getPhysicians(),
    getMenus(language),
    isDraftMode(),
  ])
  const t = getTranslator(language)
  // A section exists once it has something to show (the bundled content names no physician); a
  // main location exists whenever any location does (settings fall back to the first).
  const shown = (section: MenuSection) =>
    section === 'physicians'
      ? physicians.length > 0
      : section === 'locations'
        ? clinic.mainLocation !== undefined
        : true
  return (
    <>
      {draft && <PreviewBanner t={t} />}
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <SiteHeader
        clinic={clinic}
        links={menuLinks(menus.header, 'header', shown, t, language)}
        t={t}
        language={language}
      />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter
        clinic={clinic}
        links={menuLinks(menus.footer, 'footer', shown, t, language)}
        t={t}
        language={language}
      />
      {/* Click-to-edit overlays for Sanity's Presentation tool: staff previews on the hosted backend only. */}
      {draft && selectBackend(readSettings()) === 'hosted' && <VisualEditing />}
    </>
  )
}
