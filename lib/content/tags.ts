/**
 * Every cache tag of the site, defined once. A fetch is tagged with the type tag of every document
 * type it reads (so a change to any referenced document regenerates the page) and, where it reads
 * one document by slug, with that document's own tag.
 */
export const CONTENT_TYPES = [
  'treatment',
  'bodyArea',
  'affiliation',
  'physician',
  'location',
  'page',
  'siteSettings',
  'redirect',
  'languageAssistance',
  // The translation plugin's links between a source and its translations.
  'translation.metadata',
] as const

export type ContentType = (typeof CONTENT_TYPES)[number]

export const TAGS = {
  treatments: 'treatment',
  bodyAreas: 'bodyArea',
  affiliations: 'affiliation',
  physicians: 'physician',
  locations: 'location',
  pages: 'page',
  settings: 'siteSettings',
  /**
   * The menus (in Site settings) as every page shows them: refreshed with the settings, and by
   * the webhook when a document a menu links to changes (its address may have changed).
   */
  menus: 'siteSettings:menus',
  redirects: 'redirect',
  languageAssistance: 'languageAssistance',
  translations: 'translation.metadata',
  treatment: (slug: string) => `treatment:${slug}`,
  page: (slug: string) => `page:${slug}`,
} as const satisfies Record<string, string | ((slug: string) => string)>

export function isContentType(value: unknown): value is ContentType {
  return typeof value === 'string' && (CONTENT_TYPES as readonly string[]).includes(value)
}

/** The tags to revalidate when a document of `type` with the given slugs changed. */
export function tagsForChange(
  type: ContentType,
  slugs: Array<string | null | undefined>,
): string[] {
  const tags = new Set<string>([type])
  if (type === 'treatment' || type === 'page') {
    for (const slug of slugs) if (slug) tags.add(TAGS[type](slug))
  }
  return [...tags]
}
