/**
 * Staff previews of unpublished drafts (Next.js draft mode): turning it on and off, and never
 * sending anyone to a page outside this site on the way.
 */
import {timingSafeEqual} from 'node:crypto'

import {defineEnableDraftMode} from 'next-sanity/draft-mode'
import {draftMode} from 'next/headers'
import type {NextRequest} from 'next/server'

import {getHostedClient} from '../content/hosted'
import {readSettings, selectBackend} from '../settings'
import {isSameOriginPath} from '../shared/routes'

/**
 * Turns on draft mode. Hosted: Sanity's Presentation tool opens this URL with a short-lived
 * preview secret that next-sanity checks against the dataset (with the server-only Viewer token).
 * Bundled dataset: `?secret=<SANITY_PREVIEW_SECRET>&redirect=/path`. Either way the page to
 * return to must be a path on this site.
 */
export async function enablePreview(request: NextRequest): Promise<Response> {
  const settings = readSettings()
  const params = request.nextUrl.searchParams
  const notOnThisSite = () =>
    Response.json({message: 'The page to preview must be a path on this site'}, {status: 400})

  if (selectBackend(settings) === 'hosted') {
    const pathname = params.get('sanity-preview-pathname')
    if (pathname !== null && !isSameOriginPath(pathname)) return notOnThisSite()
    const token = settings.SANITY_API_READ_TOKEN
    if (!token) return Response.json({message: 'Previews are not configured'}, {status: 503})
    const {GET: enable} = defineEnableDraftMode({
      client: getHostedClient(settings).withConfig({token}),
    })
    return enable(request)
  }

  const secret = settings.SANITY_PREVIEW_SECRET
  if (!secret) return Response.json({message: 'Previews are not configured'}, {status: 503})
  if (!sameSecret(params.get('secret') ?? '', secret)) {
    return Response.json({message: 'Invalid secret'}, {status: 401})
  }
  const redirectTo = params.get('redirect') ?? '/'
  if (!isSameOriginPath(redirectTo)) return notOnThisSite()
  ;(await draftMode()).enable()
  return redirectToPath(redirectTo)
}

/** Leaves the preview and returns to the published page (only paths on this site). */
export async function disablePreview(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const redirectTo = request.nextUrl.searchParams.get('redirect')
  return redirectToPath(isSameOriginPath(redirectTo) ? redirectTo : '/')
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

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
