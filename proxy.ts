import {NextResponse, type NextRequest} from 'next/server'

import {currentRedirectTable, liveTreatmentSlugs} from '@/lib/redirectTable'
import {redirectKey} from '@/lib/redirects'

/** Shared by every unknown treatment address; not a valid slug (see lib/content isShowable). */
const UNKNOWN_TREATMENT_PATH = '/treatments/_unknown'

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
  if (rule) {
    const target = request.nextUrl.clone()
    target.pathname = rule.to
    return NextResponse.redirect(target, rule.permanent ? 308 : 307)
  }
  // An address no published treatment has is answered by one reserved address's 404 page (no
  // slug can start with "_"), rendered once and then served from the page cache like any static
  // page: random addresses cannot fill the cache, and answering them costs no render. Staff
  // previewing drafts (draft mode cookie) always reach the page.
  const slug = /^\/treatments\/([^/]+)$/.exec(request.nextUrl.pathname)?.[1]
  const live = liveTreatmentSlugs()
  if (slug && live && !live.has(slug.toLowerCase()) && !request.cookies.has('__prerender_bypass')) {
    return NextResponse.rewrite(new URL(UNKNOWN_TREATMENT_PATH, request.url), {
      // Not for shared caches: the address may be a treatment about to be published.
      headers: {'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate'},
    })
  }
  return NextResponse.next()
}

export const config = {
  // Not for the framework's files, the API or the Studio, and not for the site's fixed pages,
  // which a redirect never takes over: the proxy costs every request it runs for (measured: about
  // 45% of a cached page's throughput), so it runs only where a redirect can apply.
  matcher: [
    '/((?!_next/|api/|studio|treatments$|affiliations$|search$|sitemap\\.xml$|robots\\.txt$|manifest\\.webmanifest$|icon\\.svg|opengraph-image|treatments/opengraph-image|affiliations/opengraph-image).+)',
  ],
}
