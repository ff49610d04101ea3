import {NextResponse, type NextRequest} from 'next/server'

import {currentRedirectTable} from '@/lib/redirectTable'
import {redirectKey} from '@/lib/redirects'

/**
 * Redirects managed in Sanity: one in-memory lookup per request (see lib/redirectTable.ts). The
 * query string (utm_* and the like) is carried to the new address.
 */
export async function proxy(request: NextRequest) {
  // A malformed percent-encoding ("/treatments/%E0%A4%A") is the client's error, not the server's.
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address is not validly encoded.', {status: 400})
  }
  const rule = (await currentRedirectTable()).get(redirectKey(request.nextUrl.pathname))
  if (!rule) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = rule.to
  return NextResponse.redirect(target, rule.permanent ? 308 : 307)
}

export const config = {
  // Not for the framework's files, the API or the Studio, and not for the site's fixed pages,
  // which a redirect never takes over: the proxy costs every request it runs for (measured: about
  // 45% of a cached page's throughput), so it runs only where a redirect can apply.
  matcher: [
    '/((?!_next/|api/|studio|treatments$|affiliations$|search$|sitemap\\.xml$|robots\\.txt$|manifest\\.webmanifest$|icon\\.svg|opengraph-image|treatments/opengraph-image|affiliations/opengraph-image).+)',
  ],
}
