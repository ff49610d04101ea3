/** Slugs as editors may write them; anything else cannot be a page and is answered 404 unqueried. */
const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/

export function isPlausibleSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug)
}
