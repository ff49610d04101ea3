import {readFile} from 'node:fs/promises'
import path from 'node:path'

import {getAllTreatmentSlugsFresh, getTreatmentSlugsShowing} from './content'
import type {ContentType} from './content/tags'
import {resolveHref} from './routes'

/** Pages that show every document of a type, besides treatment pages (the sitemap lists treatments). */
const LISTING_PAGES: Record<ContentType, string[]> = {
  treatment: [resolveHref({type: 'home'}), resolveHref({type: 'treatments'}), '/sitemap.xml'],
  bodyArea: [resolveHref({type: 'treatments'})],
  affiliation: [resolveHref({type: 'home'}), resolveHref({type: 'affiliations'})],
  physician: [],
  siteSettings: [
    resolveHref({type: 'home'}),
    resolveHref({type: 'treatments'}),
    resolveHref({type: 'affiliations'}),
  ],
  redirect: [],
}

export type Change = {id: string; type: ContentType; slugs: string[]}

/**
 * The pages that show a changed document, read fresh from the content backend: the listings of its
 * type, the treatment pages that show or reference it, and (for a treatment) its old and new
 * address. Site settings appear on every page.
 */
export async function pagesShowing(
  change: Change,
): Promise<{listings: string[]; treatments: string[]}> {
  const treatmentSlugs =
    change.type === 'siteSettings'
      ? await getAllTreatmentSlugsFresh()
      : await getTreatmentSlugsShowing(change.id)
  if (change.type === 'treatment') treatmentSlugs.push(...change.slugs)
  return {
    listings: LISTING_PAGES[change.type],
    treatments: [...new Set(treatmentSlugs)].map((slug) => resolveHref({type: 'treatment', slug})),
  }
}

export type RegenerationResult = {path: string; status: number | 'error'}

/**
 * Regenerates the pages that show a change: listings first and one at a time, because they share
 * cached queries (settings, affiliations, the index) and concurrent renders of a stale shared
 * entry get its old value (measured: with four at once, /treatments kept the old phone number);
 * then the treatment pages, whose own queries are not shared, in parallel.
 */
export async function regenerateChange(pages: {listings: string[]; treatments: string[]}) {
  const listings = await regeneratePages(pages.listings, {concurrency: 1})
  const treatments = await regeneratePages(pages.treatments, {concurrency: 4})
  const images = await regeneratePages(
    shareImagePaths([...pages.listings, ...pages.treatments], await prerenderManifest()),
    {concurrency: 4},
  )
  return [...listings, ...treatments, ...images]
}

type PrerenderManifest = {
  routes?: Record<string, unknown>
  dynamicRoutes?: Record<string, unknown>
  preview?: {previewModeId?: string}
}

/**
 * The share images (opengraph-image routes) of some pages, named as this build names them (a
 * content hash follows "opengraph-image-"): static ones by their path, a treatment's from the
 * dynamic route pattern, so a treatment first published after the build gets its image too.
 */
export function shareImagePaths(pages: string[], manifest: PrerenderManifest): string[] {
  const names = [
    ...Object.keys(manifest.routes ?? {}),
    ...Object.keys(manifest.dynamicRoutes ?? {}),
  ].filter((route) => /\/opengraph-image-[^/]+$/.test(route))
  return pages.flatMap((page) => {
    const dir = page === '/' ? '' : page
    const image = names.find((name) => name.startsWith(`${dir}/opengraph-image-`))
    if (image) return [image]
    const dynamic = names
      .map((name) => /^\/treatments\/\[slug\](\/opengraph-image-[^/]+)$/.exec(name)?.[1])
      .find(Boolean)
    return dynamic && /^\/treatments\/[^/]+$/.test(page) ? [`${page}${dynamic}`] : []
  })
}

/**
 * Regenerates pages now, before the webhook answers, through Next.js's on-demand revalidation
 * request (the `x-prerender-revalidate` header that `res.revalidate()` uses): it renders the page
 * with fresh content and stores it, or fails with 5xx and keeps the last good page.
 */
export async function regeneratePages(
  paths: string[],
  {concurrency = 4}: {concurrency?: number} = {},
): Promise<RegenerationResult[]> {
  const secret = await previewModeId()
  const origin = ownOrigin()
  const results: RegenerationResult[] = []
  const queue = [...paths]
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      try {
        const response = await fetch(new URL(next, origin), {
          headers: {'x-prerender-revalidate': secret},
          cache: 'no-store',
          redirect: 'manual',
          signal: AbortSignal.timeout(30_000),
        })
        await response.body?.cancel()
        results.push({path: next, status: response.status})
      } catch {
        results.push({path: next, status: 'error'})
      }
    }
  }
  await Promise.all(Array.from({length: Math.min(concurrency, paths.length)}, worker))
  return results
}

/**
 * A regeneration succeeded when the page rendered, now correctly answers "not found", or now
 * redirects (the old address of a renamed treatment: the proxy answers before any page).
 */
export function isRegenerated({status}: RegenerationResult): boolean {
  return status === 200 || status === 404 || status === 307 || status === 308
}

/** The server's own origin on this machine (set by `next start`), so regeneration stays local. */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`
}

let cachedManifest: PrerenderManifest | undefined

/** The build's prerender manifest (it does not change while the server runs). */
async function prerenderManifest(): Promise<PrerenderManifest> {
  if (!cachedManifest) {
    const distDir = process.env.NEXT_DIST_DIR || '.next'
    const manifestFile = path.join(
      /* turbopackIgnore: true */ process.cwd(),
      distDir,
      'prerender-manifest.json',
    )
    cachedManifest = JSON.parse(await readFile(manifestFile, 'utf8')) as PrerenderManifest
  }
  return cachedManifest
}

/** Next.js's per-build secret for on-demand revalidation; it never leaves the server. */
async function previewModeId(): Promise<string> {
  const id = (await prerenderManifest()).preview?.previewModeId
  if (!id) throw new Error('No preview mode id in the prerender manifest')
  return id
}

export type Delivery = {change: Change; tags: string[]}

export type BatchOutcome =
  | {ok: true; revalidated: string[]; regenerated: string[]; failed: string[]}
  | {ok: false; reason: 'backend-unavailable'}

type Batch = {deliveries: Delivery[]; done: Promise<BatchOutcome>}

/** How long a batch waits for more deliveries before it starts (Sanity sends bursts on imports). */
export const BATCH_WINDOW_MS = 200

let queue: Promise<unknown> = Promise.resolve()
let gathering: Batch | undefined

/**
 * Applies webhook deliveries in batches, one batch at a time: a delivery that arrives while a batch
 * runs joins the next one, so a burst of 100 deliveries costs a few rounds of queries and page
 * renders, not 100. Every delivery answers with the outcome of the batch that contained it.
 */
export function applyDelivery(
  delivery: Delivery,
  apply: (deliveries: Delivery[]) => Promise<BatchOutcome>,
): Promise<BatchOutcome> {
  if (!gathering) {
    const batch: Batch = {
      deliveries: [],
      done: Promise.resolve({ok: false, reason: 'backend-unavailable'}),
    }
    batch.done = queue.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, BATCH_WINDOW_MS))
      gathering = undefined // later deliveries form the next batch
      return apply(batch.deliveries)
    })
    queue = batch.done.catch(() => undefined)
    gathering = batch
  }
  gathering.deliveries.push(delivery)
  return gathering.done
}
