/**
 * Every Next.js internal the site relies on, in this one file: none of it is public API, so a
 * Next.js upgrade may change it without notice. `checkNextAssumptions` names what changed; the
 * e2e test `tests/e2e/framework.spec.ts` runs it against a real build and server. (One exception:
 * the shared cache handler, `lib/cluster/cache-handler.mjs`, which Next.js loads without compiling,
 * reads Next.js's tag manifest and file-system cache itself; its unit and e2e tests check them.)
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * The request header of Next's on-demand revalidation (what `res.revalidate()` sends): a GET with
 * the build's preview mode id renders the page afresh and stores it, or fails with 5xx and keeps
 * the last good page.
 */
export const REVALIDATE_REQUEST_HEADER = 'x-prerender-revalidate'
/** Next's answer to such a request when it stored a new render. */
export const REVALIDATED_CACHE_HEADER = ['x-nextjs-cache', 'REVALIDATED'] as const
/** The cookie that draft mode sets; requests carrying it bypass the page cache. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/** The fields of `<distDir>/prerender-manifest.json` that the site reads. */
export type PrerenderManifest = {
  routes?: Record<string, unknown>
  dynamicRoutes?: Record<string, unknown>
  preview?: {previewModeId?: unknown}
}

/** The build folder of this server (NEXT_DIST_DIR, as next.config.js sets `distDir`). */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR || '.next'
}

const manifests = new Map<string, Promise<PrerenderManifest>>()

/** The build's prerender manifest, read once per build folder (it does not change while serving). */
export function prerenderManifest(folder = distDir()): Promise<PrerenderManifest> {
  const file = path.join(
    /* turbopackIgnore: true */ process.cwd(),
    folder,
    'prerender-manifest.json',
  )
  let manifest = manifests.get(file)
  if (!manifest) {
    manifest = readFile(file, 'utf8').then((text) => JSON.parse(text) as PrerenderManifest)
    manifest.catch(() => manifests.delete(file))
    manifests.set(file, manifest)
  }
  return manifest
}

/** Next.js's per-build secret for on-demand revalidation; it never leaves the server. */
export async function revalidationSecret(folder = distDir()): Promise<string> {
  const id = (await prerenderManifest(folder)).preview?.previewModeId
  if (typeof id !== 'string' || !id) {
    throw new Error(
      'No preview.previewModeId in the prerender manifest (Next.js internals changed)',
    )
  }
  return id
}

/**
 * The server's own origin on this machine, so regeneration requests stay local: `next start` sets
 * `__NEXT_PRIVATE_ORIGIN` (Next marks it "TODO: remove"); without it, the port on the loopback.
 */
export function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`
}

const SHARE_IMAGE_ROUTE = /\/opengraph-image(?:-[^/]+)?$/

/** A dynamic share image route as a pattern of the page addresses it serves, and its suffix. */
function dynamicShareImage(name: string) {
  const [, page = '', suffix = ''] = /^(.*)(\/opengraph-image(?:-[^/]+)?)$/.exec(name) ?? []
  const segments = page.split('/').slice(1)
  const pattern = segments.map((segment) => (/^\[.+\]$/.test(segment) ? '[^/]+' : segment))
  return {
    matches: new RegExp(`^/${pattern.join('/')}$`),
    suffix,
    params: segments.length - pattern.filter((segment) => segment !== '[^/]+').length,
  }
}

/**
 * The share images (opengraph-image routes) of some pages, named as this build names them (a
 * content hash may follow "opengraph-image-"): static ones by their path, the others from the
 * dynamic route that serves the page's address (the most specific one: `/treatments/[slug]`
 * before `/[lang]/[slug]`), so a page first published after the build gets its image too.
 */
export function shareImagePaths(pages: string[], manifest: PrerenderManifest): string[] {
  const names = Object.keys(manifest.routes ?? {}).filter((route) => SHARE_IMAGE_ROUTE.test(route))
  const dynamic = Object.keys(manifest.dynamicRoutes ?? {})
    .filter((route) => SHARE_IMAGE_ROUTE.test(route))
    .map(dynamicShareImage)
    .sort((a, b) => a.params - b.params)
  return pages.flatMap((page) => {
    const dir = page === '/' ? '' : page
    const image = names.find(
      (name) => name === `${dir}/opengraph-image` || name.startsWith(`${dir}/opengraph-image-`),
    )
    if (image) return [image]
    const route = dynamic.find(({matches}) => matches.test(page))
    return route ? [`${page}${route.suffix}`] : []
  })
}

/**
 * Asks this server to regenerate one path now (Next's on-demand revalidation request); resolves
 * with the answer's status, or 'error' when the request itself failed.
 */
export async function requestRegeneration(
  pathname: string,
  secret: string,
  origin = ownOrigin(),
): Promise<{status: number | 'error'; cache: string | null}> {
  try {
    const response = await fetch(new URL(pathname, origin), {
      headers: {[REVALIDATE_REQUEST_HEADER]: secret},
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    })
    await response.body?.cancel()
    return {status: response.status, cache: response.headers.get(REVALIDATED_CACHE_HEADER[0])}
  } catch {
    return {status: 'error', cache: null}
  }
}

/**
 * Checks every assumption above against a built, running server: the manifest's fields, the share
 * image route names, the answer to a revalidation request, the draft-mode cookie. Returns one
 * sentence per broken assumption, naming what changed (empty when all hold).
 */
export async function checkNextAssumptions({
  folder,
  origin,
  staticPage,
  treatmentPage,
  enableDraftMode,
}: {
  folder: string
  origin: string
  /** A prerendered page with its own share image ("/treatments"). */
  staticPage: string
  /** A treatment page ("/treatments/<slug>"). */
  treatmentPage: string
  /** A URL on the server that turns draft mode on. */
  enableDraftMode: string
}): Promise<string[]> {
  const problems: string[] = []
  let manifest: PrerenderManifest
  try {
    manifest = await prerenderManifest(folder)
  } catch (error) {
    return [`${folder}/prerender-manifest.json cannot be read any more: ${String(error)}`]
  }
  let secret: string | undefined
  try {
    secret = await revalidationSecret(folder)
  } catch (error) {
    problems.push(String(error))
  }
  const [staticImage] = shareImagePaths([staticPage], manifest)
  const [treatmentImage] = shareImagePaths([treatmentPage], manifest)
  if (!staticImage) problems.push(`no "${staticPage}/opengraph-image-<hash>" route in the manifest`)
  if (!treatmentImage) {
    problems.push('no "/treatments/[slug]/opengraph-image-<hash>" dynamic route in the manifest')
  }
  for (const image of [staticImage, treatmentImage]) {
    if (!image) continue
    const response = await fetch(new URL(image, origin))
    await response.body?.cancel()
    if (response.status !== 200)
      problems.push(`the share image route ${image} answers ${response.status}`)
  }
  if (secret) {
    for (const page of [staticPage, treatmentPage]) {
      const {status, cache} = await requestRegeneration(page, secret, origin)
      if (status !== 200 || cache !== REVALIDATED_CACHE_HEADER[1]) {
        problems.push(
          `a "${REVALIDATE_REQUEST_HEADER}" request for ${page} answered ${status} with ` +
            `${REVALIDATED_CACHE_HEADER[0]}: ${cache} (expected 200, ${REVALIDATED_CACHE_HEADER[1]})`,
        )
      }
    }
  }
  const draft = await fetch(new URL(enableDraftMode, origin), {redirect: 'manual'})
  await draft.body?.cancel()
  const cookies = draft.headers.getSetCookie().map((cookie) => cookie.split('=')[0])
  if (!cookies.includes(DRAFT_MODE_COOKIE)) {
    problems.push(`draft mode sets the cookies [${cookies.join(', ')}], not "${DRAFT_MODE_COOKIE}"`)
  }
  return problems
}
