/**
 * Redirects: the rules (redirect documents and renamed treatments' earlier addresses, never a chain
 * or a live page: rules.ts), the table held in memory for the proxy (table.ts), and the proxy's
 * answer to each request.
 */
import {NextResponse, type NextRequest} from 'next/server'

import {DRAFT_MODE_COOKIE} from '../framework'
import {PREFIXED_LANGUAGES} from '../shared/languages'
import {isReservedSegment} from '../shared/routes'

import {redirectKey} from './rules'
import {currentRedirectTable, livePagePaths, liveTreatmentPaths} from './table'

export {buildRedirectTable, redirectKey, type RedirectRows, type RedirectTable} from './rules'
export {
  currentRedirectTable,
  livePagePaths,
  liveTreatmentPaths,
  refreshRedirectTable,
  reloadRedirectTable,
} from './table'

/** Shared by every unknown treatment address; not a valid slug (see lib/content isShowable). */
export const UNKNOWN_TREATMENT_PATH = '/treatments/_unknown'
/** Shared by every unknown page address (`/<slug>`): not a valid slug either. */
export const UNKNOWN_PAGE_PATH = '/_unknown'

const PREFIXES = PREFIXED_LANGUAGES.map(({pathPrefix}) => pathPrefix).join('|')
/** A treatment address in any language: `/treatments/<slug>`, `/es/treatments/<slug>` … */
const TREATMENT_ADDRESS = new RegExp(`^(?:/(${PREFIXES}))?/treatments/[^/]+$`)
/** A page address in any language: `/<slug>`, `/es/<slug>` … (the fixed pages aside, below). */
const PAGE_ADDRESS = new RegExp(`^(?:/(${PREFIXES}))?/([^/]+)$`)

/** The shared 404 address for an unknown address of one kind, under its language's prefix. */
function unknownAddress(
  request: NextRequest,
  prefix: string | undefined,
  unknownPath: string,
): NextResponse {
  return NextResponse.rewrite(new URL(`${prefix ? `/${prefix}` : ''}${unknownPath}`, request.url), {
    // Not for shared caches: the address may be a page about to be published.
    headers: {'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate'},
  })
}

/** The first segment of a page address as written (the reserved ones compare decoded). */
function segmentOf(encoded: string): string {
  try {
    return decodeURIComponent(encoded)
  } catch {
    return encoded
  }
}

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
  // An address no published treatment or page has is answered by one reserved address's 404
  // page (no slug can start with "_"), rendered once and then served from the page cache like
  // any static page: random addresses cannot fill the cache, and answering them costs no render.
  // Staff previewing drafts (draft mode cookie) always reach the page.
  if (request.cookies.has(DRAFT_MODE_COOKIE)) return NextResponse.next()
  const key = redirectKey(request.nextUrl.pathname)
  const treatment = TREATMENT_ADDRESS.exec(request.nextUrl.pathname)
  const treatments = liveTreatmentPaths()
  if (treatment && treatments && !treatments.has(key)) {
    return unknownAddress(request, treatment[1], UNKNOWN_TREATMENT_PATH)
  }
  const page = PAGE_ADDRESS.exec(request.nextUrl.pathname)
  const pages = livePagePaths()
  if (page && pages && !isReservedSegment(segmentOf(page[2]!)) && !pages.has(key)) {
    return unknownAddress(request, page[1], UNKNOWN_PAGE_PATH)
  }
  return NextResponse.next()
}
