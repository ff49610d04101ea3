/** Schemes a link from content may use. Everything else (javascript:, data:, vbscript: …) is dropped. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Returns the URL when it is safe to put in an href, otherwise undefined. Parsing with the URL
 * constructor folds case and strips the leading whitespace and control characters that browsers
 * also ignore, so "  JaVaScRiPt:" is recognised.
 */
export function safeHref(value: unknown, {allow = SAFE_SCHEMES} = {}): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  if (!trimmed) return undefined
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    // Relative paths within the site are allowed; protocol-relative ("//host") ones are not.
    return /^\/(?![/\\])/.test(trimmed) ? trimmed : undefined
  }
  return allow.has(url.protocol) ? url.href : undefined
}

export const WEB_SCHEMES = new Set(['http:', 'https:'])

/** Whether a link leaves the site (opened with rel="noopener noreferrer"). */
export function isExternal(href: string): boolean {
  return /^https?:/i.test(href)
}

/** A tel: href from a phone number as people write it: "(555) 010-0142" -> "tel:+15550100142". */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '')
  if (digits.startsWith('+')) return `tel:${digits}`
  return digits.length === 10 ? `tel:+1${digits}` : `tel:${digits}`
}

/** A link to the address on a map, usable on every phone. */
export function mapHref(address: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`
}
