import {timingSafeEqual} from 'node:crypto'

import {defineEnableDraftMode} from 'next-sanity/draft-mode'
import {draftMode} from 'next/headers'
import {NextResponse, type NextRequest} from 'next/server'

import {readSettings, selectBackend} from '@/lib/content/env'
import {getHostedClient} from '@/lib/content/hosted'
import {isSameOriginPath, redirectToPath} from '@/lib/redirects'

export const dynamic = 'force-dynamic'

/**
 * Turns on draft mode for staff. Hosted: Sanity's Presentation tool opens this URL with a
 * short-lived preview secret that next-sanity checks against the dataset (with the server-only
 * Viewer token). Bundled dataset: `?secret=<SANITY_PREVIEW_SECRET>&redirect=/path`.
 * Either way the page to return to must be a path on this site.
 */
export async function GET(request: NextRequest) {
  const settings = readSettings()
  const params = request.nextUrl.searchParams

  if (selectBackend(settings) === 'hosted') {
    const pathname = params.get('sanity-preview-pathname')
    if (pathname !== null && !isSameOriginPath(pathname)) {
      return NextResponse.json(
        {message: 'The page to preview must be a path on this site'},
        {status: 400},
      )
    }
    const token = settings.SANITY_API_READ_TOKEN
    if (!token) return NextResponse.json({message: 'Previews are not configured'}, {status: 503})
    const {GET: enable} = defineEnableDraftMode({
      client: getHostedClient(settings).withConfig({token}),
    })
    return enable(request)
  }

  const secret = settings.SANITY_PREVIEW_SECRET
  if (!secret) return NextResponse.json({message: 'Previews are not configured'}, {status: 503})
  if (!sameSecret(params.get('secret') ?? '', secret)) {
    return NextResponse.json({message: 'Invalid secret'}, {status: 401})
  }
  const redirectTo = params.get('redirect') ?? '/'
  if (!isSameOriginPath(redirectTo)) {
    return NextResponse.json(
      {message: 'The page to preview must be a path on this site'},
      {status: 400},
    )
  }
  ;(await draftMode()).enable()
  return redirectToPath(redirectTo)
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
