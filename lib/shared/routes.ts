/** Every internal link of the site is built here, so URLs stay consistent everywhere. */
import {DEFAULT_LANGUAGE, languageById, PREFIXED_LANGUAGES, type LanguageId} from './languages'

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
  /** A page built by staff in the Studio, at the top level: `/<slug>`. */
  | {type: 'page'; slug: string}

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
    case 'page':
      return `/${encodeURIComponent(target.slug)}`
  }
}

/** The link targets that are one fixed page each (no slug): home, the indexes, search … */
export type FixedPageType = {
  [K in LinkTarget['type']]: {type: K} extends Extract<LinkTarget, {type: K}> ? K : never
}[LinkTarget['type']]

// A Record, so that a new fixed page type does not compile until it is listed here.
const FIXED_PAGE_TYPES: Record<FixedPageType, true> = {
  home: true,
  treatments: true,
  affiliations: true,
  physicians: true,
  locations: true,
  search: true,
  languageAssistance: true,
}
const SLUGGED_TYPES: Record<Exclude<LinkTarget['type'], FixedPageType | 'page'>, true> = {
  treatment: true,
  physician: true,
  location: true,
}

/**
 * First path segments that the site's machinery and metadata files answer, not a page type:
 * the Studio, the API, the framework's files and the files of app/ (sitemap.ts, robots.ts,
 * manifest.ts, icon.svg, opengraph-image.tsx). tests/unit/lib/shared/routes.test.ts lists the
 * folders and files of app/ and fails on one that is missing here.
 */
const MACHINERY_SEGMENTS = [
  'studio',
  'api',
  '_next',
  'sitemap.xml',
  'robots.txt',
  'manifest.webmanifest',
  'icon.svg',
  'opengraph-image',
]

/**
 * Every first path segment the site already uses: its page types (from `resolveHref`), the
 * language prefixes and its machinery. A page built by staff lives at `/<slug>`, so its slug must
 * be none of these (compared without case: redirects and editors do not tell case apart).
 */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...new Set(
    [
      ...(Object.keys(FIXED_PAGE_TYPES) as FixedPageType[]).map((type) => pathOf({type})),
      ...(Object.keys(SLUGGED_TYPES) as Array<keyof typeof SLUGGED_TYPES>).map((type) =>
        pathOf({type, slug: 'x'}),
      ),
    ]
      .map((path) => path.split(/[/?]/)[1] ?? '')
      .filter(Boolean)
      .concat(
        PREFIXED_LANGUAGES.map(({pathPrefix}) => pathPrefix),
        MACHINERY_SEGMENTS,
      ),
  ),
].sort()

/** Whether a page slug would take an address the site already uses (`treatments`, `es`, `api` …). */
export function isReservedSegment(slug: string): boolean {
  return RESERVED_SEGMENTS.includes(slug.trim().toLowerCase())
}

/**
 * The site's own sections that a staff menu may link to (besides documents and web addresses),
 * with their names in the Studio.
 */
export const MENU_SECTIONS = [
  {value: 'home', title: 'Home page'},
  {value: 'treatments', title: 'All treatments'},
  {value: 'physicians', title: 'Physicians (shown once there is one)'},
  {value: 'locations', title: 'Locations'},
  {value: 'affiliations', title: 'Affiliations'},
  {value: 'search', title: 'Search'},
  {value: 'languageAssistance', title: 'Language assistance'},
] as const satisfies ReadonlyArray<{value: FixedPageType; title: string}>

export type MenuSection = (typeof MENU_SECTIONS)[number]['value']

export function isMenuSection(value: unknown): value is MenuSection {
  return MENU_SECTIONS.some((section) => section.value === value)
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
