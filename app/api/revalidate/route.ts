import {revalidateTag} from 'next/cache'
import {NextResponse} from 'next/server'

import {readSettings} from '@/lib/content/env'
import {reloadRedirectTable} from '@/lib/redirectTable'
import {
  applyDelivery,
  isRegenerated,
  pagesShowing,
  regenerateChange,
  type BatchOutcome,
  type Delivery,
} from '@/lib/revalidation'
import {checkWebhook} from '@/lib/webhook'

export const dynamic = 'force-dynamic'

const CHANGES_REDIRECTS = new Set(['redirect', 'treatment'])

/**
 * Target of the Sanity GROQ webhook (see README). Other methods answer 405 (Next.js does this for
 * methods a route does not export).
 *
 * Why two steps: `revalidateTag(tag, 'max')` alone keeps the last good page when a regeneration
 * fails, but the first request after it still gets the old page; `{expire: 0}` shows the change on
 * the next request, but a failed regeneration turns the page into a 500. So the handler
 *   1. finds the pages that show the document (fresh from the backend; if that fails, it answers
 *      503 before touching any cache, and Sanity retries),
 *   2. marks everything tagged with the document stale with 'max' (safe: stale pages keep serving),
 *   3. regenerates the pages that show it before answering, through Next.js's on-demand
 *      revalidation request, which stores the new page or fails and keeps the old one,
 *   (a change to a redirect or a treatment also replaces the redirect table of the proxy)
 *   4. answers 200 when all of them rendered, 503 otherwise (last good pages kept; Sanity retries).
 * Deliveries are applied in batches (lib/revalidation.ts, applyDelivery): a burst of deliveries
 * shares the queries and page renders instead of repeating them per delivery.
 */
export async function POST(request: Request) {
  const secret = readSettings().SANITY_REVALIDATE_SECRET
  if (!secret) {
    return NextResponse.json({message: 'Webhook secret is not configured'}, {status: 503})
  }
  const outcome = await checkWebhook(request, secret)
  if (!outcome.ok) return NextResponse.json({message: outcome.message}, {status: outcome.status})

  const applied = await applyDelivery({change: outcome.change, tags: outcome.tags}, applyBatch)
  if (!applied.ok) {
    return NextResponse.json(
      {message: 'The content backend is not available; nothing was changed, please retry'},
      {status: 503},
    )
  }
  const {revalidated, regenerated, failed} = applied
  const body = {revalidated, regenerated, failed}
  if (body.failed.length > 0) {
    console.warn(`Webhook: regeneration failed for ${body.failed.join(', ')}; last good pages kept`)
    return NextResponse.json(body, {status: 503})
  }
  return NextResponse.json(body)
}

/** One batch of deliveries (usually one): the steps described above, each done once. */
async function applyBatch(deliveries: Delivery[]): Promise<BatchOutcome> {
  const unique = [
    ...new Map(deliveries.map(({change}) => [JSON.stringify(change), change])).values(),
  ]
  let listings: string[] = []
  let treatments: string[] = []
  try {
    for (const change of unique) {
      const pages = await pagesShowing(change)
      listings = [...new Set([...listings, ...pages.listings])]
      treatments = [...new Set([...treatments, ...pages.treatments])]
    }
    // A redirect, or a treatment's address, may have changed: the proxy's table is replaced now.
    if (unique.some(({type}) => CHANGES_REDIRECTS.has(type))) await reloadRedirectTable()
  } catch (error) {
    console.warn('Webhook: the content backend cannot be read; nothing revalidated', error)
    return {ok: false, reason: 'backend-unavailable'}
  }
  const tags = [...new Set(deliveries.flatMap((delivery) => delivery.tags))]
  for (const tag of tags) revalidateTag(tag, 'max')
  const results = await regenerateChange({listings, treatments})
  return {
    ok: true,
    revalidated: tags,
    regenerated: results.map(({path}) => path),
    failed: results.filter((result) => !isRegenerated(result)).map(({path}) => path),
  }
}
