/**
 * Redirects: the rules (redirect documents and renamed treatments' earlier addresses, never a chain
 * or a live page: rules.ts), the table held in memory for the proxy (table.ts), and the proxy's
 * answer to each request.
 */
import {NextResponse, type NextRequest} from 'next/server'

import {DRAFT_MODE_COOKIE} from '../framework'
import {PREFIXED_LANGUAGES} from '../shared/languages'

import {redirectKey} from './rules'
import {currentRedirectTable, liveTreatmentPaths} from './table'

export {buildRedirectTable, redirectKey, type RedirectRows, type RedirectTable} from './rules'
export {currentRedirectTable, liveTreatmentPaths, reloadRedirectTable} from './table'

/** Shared by every unknown treatment address; not a valid slug (see lib/content isShowable). */
export const UNKNOWN_TREATMENT_PATH = '/treatments/_unknown'

/** A treatment address in any language: `/treatments/<slug>`, `/es/treatments/<slug>` … */
const TREATMENT_ADDRESS = new RegExp(
  `^(?:/(${PREFIXED_LANGUAGES.map(({pathPrefix}) => pathPrefix).join('|')}))?/treatments/[^/]+$`,
)

/**
 * The proxy's answer to a request: a redirect managed in Sanity (one in-memory lookup, the query
 * string carried to the new address), the shared 404 page for an unknown treatment address, or
 * on to the page.
 */
export async function answerRequest(request: NextRequest): Promise<NextResponse> {
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
  const address = TREATMENT_ADDRESS.exec(request.nextUrl.pathname)
  const live = liveTreatmentPaths()
  if (
    address &&
    live &&
    !live.has(redirectKey(request.nextUrl.pathname)) &&
    !request.cookies.has(DRAFT_MODE_COOKIE)
  ) {
    const unknown = `${address[1] ? `/${address[1]}` : ''}${UNKNOWN_TREATMENT_PATH}`
    return NextResponse.rewrite(new URL(unknown, request.url), {
      // Not for shared caches: the address may be a treatment about to be published.
      headers: {'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate'},
    })
  }
  return NextResponse.next()
}
