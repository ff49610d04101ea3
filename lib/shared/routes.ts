/** Every internal link of the site is built here, so URLs stay consistent everywhere. */
import {DEFAULT_LANGUAGE, languageById, type LanguageId} from './languages'

export type LinkTarget =
  | {type: 'home'}
  | {type: 'treatments'}
  | {type: 'treatment'; slug: string}
  | {type: 'affiliations'}
  | {type: 'physicians'}
  | {type: 'physician'; slug: string}
  | {type: 'locations'}
  | {type: 'location'; slug: string}
  | {type: 'search'; query?: string}
  | {type: 'languageAssistance'}

/**
 * The address of a page in a language: English addresses have no prefix (they are printed and
 * must never change), the others live under theirs (`/es/treatments/…`, `/zh`).
 */
export function resolveHref(target: LinkTarget, language: LanguageId = DEFAULT_LANGUAGE): string {
  const path = pathOf(target)
  const prefix = languageById(language).pathPrefix
  if (!prefix) return path
  return path === '/' ? `/${prefix}` : `/${prefix}${path}`
}

function pathOf(target: LinkTarget): string {
  switch (target.type) {
    case 'home':
      return '/'
    case 'treatments':
      return '/treatments'
    case 'treatment':
      return `/treatments/${encodeURIComponent(target.slug)}`
    case 'affiliations':
      return '/affiliations'
    case 'physicians':
      return '/physicians'
    case 'physician':
      return `/physicians/${encodeURIComponent(target.slug)}`
    case 'locations':
      return '/locations'
    case 'location':
      return `/locations/${encodeURIComponent(target.slug)}`
    case 'search':
      return target.query ? `/search?${new URLSearchParams({q: target.query})}` : '/search'
    case 'languageAssistance':
      return '/language-assistance'
  }
}

/** Absolute URL on the canonical origin (NEXT_PUBLIC_SITE_URL), never the request's Host header. */
export function absoluteUrl(siteUrl: string, href: string): string {
  return new URL(href, siteUrl).toString()
}

/**
 * Whether a redirect target is a path on this site. Rejects absolute and protocol-relative URLs
 * ("//evil.example", "/\evil.example" — browsers treat the backslash as a slash), control
 * characters, and anything that would resolve to another origin.
 */
export function isSameOriginPath(value: string | null | undefined): value is string {
  if (!value || value.length > 2048) return false
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return false
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return false
  const base = 'http://same-origin.invalid'
  try {
    return new URL(value, base).origin === base
  } catch {
    return false
  }
}
