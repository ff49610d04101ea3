import {
  prerenderManifest,
  requestRegeneration,
  revalidationSecret,
  shareImagePaths,
} from '../framework'

import type {PagesShowing} from './pages'

export type RegenerationResult = {path: string; status: number | 'error'}

/**
 * Regenerates the pages that show a change, and their share images, handing each stage's paths to
 * `publish` (the purge of the caches in front) as soon as it is done:
 *   1. the changed document's own pages, one at a time, published at once: the page an editor just
 *      changed is visible within a second, while the pages that list it follow;
 *   2. the listings, one at a time, because they share cached queries (settings, affiliations, the
 *      index) and concurrent renders of a stale shared entry get its old value (measured: with four
 *      at once, /treatments kept the old phone number); then the treatment pages and pages built
 *      by staff, whose own queries are not shared, in parallel;
 *   3. the share images of the pages that rendered (a page that now redirects or is gone has none
 *      to show; its old image is still purged).
 */
export async function regenerateChange(
  pages: Pick<PagesShowing, 'listings' | 'pages' | 'own'>,
  publish: (paths: string[]) => Promise<void>,
): Promise<RegenerationResult[]> {
  const own = await regeneratePages(pages.own, {concurrency: 1})
  await publish(pathsOf(own))
  const notOwn = (path: string) => !pages.own.includes(path)
  const listings = await regeneratePages(pages.listings.filter(notOwn), {concurrency: 1})
  const others = await regeneratePages(pages.pages.filter(notOwn), {concurrency: 4})
  const rendered = [...own, ...listings, ...others].filter(({status}) => status === 200)
  const manifest = await prerenderManifest()
  const images = await regeneratePages(shareImagePaths(webPages(rendered), manifest), {
    concurrency: 4,
  })
  const gone = [...own, ...listings, ...others].filter(({status}) => status !== 200)
  await publish([
    ...pathsOf([...listings, ...others, ...images]),
    ...shareImagePaths(webPages(gone), manifest),
  ])
  return [...own, ...listings, ...others, ...images]
}

const pathsOf = (results: RegenerationResult[]) => results.map(({path}) => path)

/** Pages that can have a share image: not the sitemap or another file (an extension). */
const webPages = (results: RegenerationResult[]) =>
  pathsOf(results).filter((path) => !/\.[a-z]+$/.test(path))

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
