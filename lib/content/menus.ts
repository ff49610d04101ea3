import {safeHref} from '../render/links'
import type {LanguageId} from '../shared/languages'
import {isMenuSection, isReservedSegment, resolveHref, type MenuSection} from '../shared/routes'

import {pickLocalized, type LocalizedText} from './localized'
import {isPlausibleSlug} from './slugs'

/*
 * The staff's header and footer menus as pages show them, in one language. Every item is checked
 * here too: an item whose document is missing or unpublished, whose address is not https, or that
 * leads nowhere is left out (the Studio refuses them; an import may not).
 */

export type MenuLink = {
  key: string
  /** The item's text in the page's language, or English (or the linked page's title) as a fallback. */
  label: LocalizedText | null
  href: string
  /** A section of the site (its link is shown only while the section exists: physicians). */
  section?: MenuSection
  /** Another website. */
  external: boolean
}

export type Menus = {header: MenuLink[]; footer: MenuLink[]}

const HTTPS = new Set(['https:'])

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

type Linked = {href: string; title: LocalizedText | null}

/** Where a document of the menu leads in the language (its translation's address), or null. */
function documentLink(value: unknown, language: LanguageId): Linked | null {
  const target = record(value)
  const type = target._type
  if (type === 'page' || type === 'treatment') {
    const shown = record(target.shown)
    const slug = text(shown.slug)
    const title = text(shown.title)
    if (!slug || !title || !isPlausibleSlug(slug)) return null
    // A page at an address the site uses for itself is no page (the Studio refuses it).
    if (type === 'page' && isReservedSegment(slug)) return null
    const shownLanguage = (text(shown.language) ?? 'en') as LanguageId
    return {
      href: resolveHref({type, slug}, language),
      title: {text: title, language: shownLanguage},
    }
  }
  if (type === 'physician' || type === 'location') {
    const slug = text(target.slug)
    const name = text(target.title)
    if (!slug || !name || !isPlausibleSlug(slug)) return null
    // Names stay as written in every language.
    return {href: resolveHref({type, slug}, language), title: {text: name, language}}
  }
  return null
}

/** One menu's items that lead somewhere, in order. */
export function toMenu(items: unknown, language: LanguageId): MenuLink[] {
  const seen = new Set<string>()
  return (Array.isArray(items) ? items : []).flatMap((item, index): MenuLink[] => {
    const row = record(item)
    let key = text(row._key) ?? `item-${index}`
    if (seen.has(key)) key = `${key}-${index}`
    seen.add(key)
    const label = pickLocalized(row.label, language) ?? null
    if (row.target !== undefined && row.target !== null) {
      const linked = documentLink(row.target, language)
      return linked ? [{key, label: label ?? linked.title, href: linked.href, external: false}] : []
    }
    if (row.section !== undefined && row.section !== null) {
      const section = row.section
      return isMenuSection(section)
        ? [{key, label, href: resolveHref({type: section}, language), section, external: false}]
        : []
    }
    // Another website over https only (safeHref would also keep a path on this site).
    const href = safeHref(row.url, {allow: HTTPS})
    return href?.startsWith('https:') && label ? [{key, label, href, external: true}] : []
  })
}

/** Both menus of the settings, in a language. */
export function toMenus(value: unknown, language: LanguageId): Menus {
  const row = record(value)
  return {header: toMenu(row.header, language), footer: toMenu(row.footer, language)}
}
