import {draftMode} from 'next/headers'
import type {NextRequest} from 'next/server'

import {isSameOriginPath, redirectToPath} from '@/lib/redirects'

export const dynamic = 'force-dynamic'

/** Leaves the preview and returns to the published page (only paths on this site). */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const redirectTo = request.nextUrl.searchParams.get('redirect')
  return redirectToPath(isSameOriginPath(redirectTo) ? redirectTo : '/')
}
