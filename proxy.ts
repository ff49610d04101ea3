import {NextResponse, type NextRequest} from 'next/server'

import {currentRedirectTable} from '@/lib/redirectTable'
import {redirectKey} from '@/lib/redirects'

/**
 * Redirects managed in Sanity: one in-memory lookup per request (see lib/redirectTable.ts). The
 * query string (utm_* and the like) is carried to the new address.
 */
export async function proxy(request: NextRequest) {
  const rule = (await currentRedirectTable()).get(redirectKey(request.nextUrl.pathname))
  if (!rule) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = rule.to
  return NextResponse.redirect(target, rule.permanent ? 308 : 307)
}

export const config = {
  // Not for the framework's files, the API or the Studio: redirects never apply there.
  matcher: ['/((?!_next/|api/|studio).*)'],
}
