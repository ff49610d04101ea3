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

/**
 * A redirect to a path on this site with a relative Location: the request URL that Next.js reports
 * may name another host (localhost for 127.0.0.1), and cookies set here must stay with this host.
 */
export function redirectToPath(pathname: string): Response {
  return new Response(null, {
    status: 307,
    headers: {Location: pathname, 'Cache-Control': 'no-store'},
  })
}
