/**
 * Publishing: a signed Sanity webhook delivery becomes fresh pages — verify it (verify.ts), find
 * the pages that show the change (pages.ts), mark their cache tags stale and regenerate them
 * (regenerate.ts), a burst of deliveries at a time (batch.ts).
 */
import {revalidateTag} from 'next/cache'

import {announceRedirectChange} from '../cluster'
import {purgeFronts, type PurgeOutcome} from '../cluster/front'
import {reloadRedirectTable} from '../redirects'
import {readSettings} from '../settings'

import {applyDelivery, type BatchOutcome, type Delivery} from './batch'
import {pagesShowingAll} from './pages'
import {isRegenerated, regenerateChange} from './regenerate'
import {checkWebhook} from './verify'

/**
 * Changes to these types may change a redirect or a page's address (the proxy's table); a
 * translation linked or unlinked changes where an English address under a language's prefix moves.
 */
const CHANGES_REDIRECTS = new Set(['redirect', 'treatment', 'page', 'translation.metadata'])

/**
 * Applies one webhook delivery and answers it. Why two steps: `revalidateTag(tag, 'max')` alone
 * keeps the last good page when a regeneration fails, but the first request after it still gets
 * the old page; `{expire: 0}` shows the change on the next request, but a failed regeneration turns
 * the page into a 500. So:
 *   1. find the pages that show the document (fresh from the backend; if that fails, answer 503
 *      before touching any cache, and Sanity retries),
 *   2. mark everything tagged with the document stale with 'max' (stale pages keep serving),
 *   3. regenerate the pages that show it before answering (Next's on-demand revalidation request
 *      stores the new page or fails and keeps the old one),
 *   (a change to a redirect or a treatment also replaces the proxy's redirect table)
 *   4. purge the regenerated pages from the caches in front, if any (lib/cluster/front.ts): the
 *      document's own pages as soon as they are regenerated, the rest after (regenerate.ts),
 *   5. answer 200 when all of them rendered and every front purged, 503 otherwise (last good pages
 *      kept; Sanity retries).
 */
export async function applyChange(request: Request): Promise<Response> {
  const secret = readSettings().SANITY_REVALIDATE_SECRET
  if (!secret) return json({message: 'Webhook secret is not configured'}, 503)
  const outcome = await checkWebhook(request, secret)
  if (!outcome.ok) return json({message: outcome.message}, outcome.status)

  const applied = await applyDelivery({change: outcome.change, tags: outcome.tags}, applyBatch)
  if (!applied.ok) {
    return json(
      {message: 'The content backend is not available; nothing was changed, please retry'},
      503,
    )
  }
  const {revalidated, regenerated, failed, unpurged} = applied
  if (failed.length > 0) {
    console.warn(`Webhook: regeneration failed for ${failed.join(', ')}; last good pages kept`)
  }
  if (unpurged.length > 0) {
    console.warn(`Webhook: could not purge ${unpurged.join('; ')}; it serves its copies until then`)
  }
  const complete = failed.length === 0 && unpurged.length === 0
  return json({revalidated, regenerated, failed, unpurged}, complete ? 200 : 503)
}

/** One batch of deliveries (usually one): the steps described above, each done once. */
async function applyBatch(deliveries: Delivery[]): Promise<BatchOutcome> {
  const changes = [
    ...new Map(deliveries.map(({change}) => [JSON.stringify(change), change])).values(),
  ]
  let pages
  try {
    pages = await pagesShowingAll(changes)
    if (changes.some(({type}) => CHANGES_REDIRECTS.has(type))) {
      await reloadRedirectTable()
      await announceRedirectChange() // the other instances re-read theirs (lib/cluster)
    }
  } catch (error) {
    console.warn('Webhook: the content backend cannot be read; nothing revalidated', error)
    return {ok: false, reason: 'backend-unavailable'}
  }
  // The deliveries' own tags, and those the changes reach beyond their type (the menus).
  const tags = [...new Set([...deliveries.flatMap((delivery) => delivery.tags), ...pages.tags])]
  for (const tag of tags) revalidateTag(tag, 'max')
  const purges: PurgeOutcome[] = []
  const results = await regenerateChange(pages, async (paths) => {
    purges.push(...(await purgeFronts(paths)))
  })
  const regenerated = results.map(({path}) => path)
  return {
    ok: true,
    revalidated: tags,
    regenerated,
    failed: results.filter((result) => !isRegenerated(result)).map(({path}) => path),
    unpurged: [
      ...new Set(
        purges.filter(({purged}) => !purged).map(({front, message}) => `${front} (${message})`),
      ),
    ],
  }
}

function json(body: unknown, status: number): Response {
  return Response.json(body, {status})
}
