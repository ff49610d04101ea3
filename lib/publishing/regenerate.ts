import {
  prerenderManifest,
  requestRegeneration,
  revalidationSecret,
  shareImagePaths,
} from '../framework'

import type {PagesShowing} from './pages'

export type RegenerationResult = {path: string; status: number | 'error'}

/**
 * Regenerates the pages that show a change, and their share images: listings first and one at a
 * time, because they share cached queries (settings, affiliations, the index) and concurrent
 * renders of a stale shared entry get its old value (measured: with four at once, /treatments
 * kept the old phone number); then the treatment pages and pages built by staff, whose own
 * queries are not shared, in parallel.
 */
export async function regenerateChange(
  pages: Pick<PagesShowing, 'listings' | 'pages'>,
): Promise<RegenerationResult[]> {
  const listings = await regeneratePages(pages.listings, {concurrency: 1})
  const own = await regeneratePages(pages.pages, {concurrency: 4})
  const images = await regeneratePages(
    shareImagePaths([...pages.listings, ...pages.pages], await prerenderManifest()),
    {concurrency: 4},
  )
  return [...listings, ...own, ...images]
}

/**
 * Regenerates pages now, before the webhook answers, through Next.js's on-demand revalidation
 * request (lib/framework): it renders the page with fresh content and stores it, or fails with
 * 5xx and keeps the last good page.
 */
export async function regeneratePages(
  paths: string[],
  {concurrency = 4}: {concurrency?: number} = {},
): Promise<RegenerationResult[]> {
  const secret = await revalidationSecret()
  const results: RegenerationResult[] = []
  const queue = [...paths]
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const {status} = await requestRegeneration(next, secret)
      results.push({path: next, status})
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
