import {revalidateTag} from 'next/cache'
import {NextResponse} from 'next/server'

import {readSettings} from '@/lib/content/env'
import {checkWebhook} from '@/lib/webhook'

export const dynamic = 'force-dynamic'

/**
 * Target of the Sanity GROQ webhook (see README): verifies the signature and marks the pages that
 * show the changed document as stale. Other methods answer 405 (Next.js does this for methods a
 * route does not export).
 *
 * Revalidation uses the 'max' profile: the stale page keeps being served while it regenerates, and
 * a regeneration that fails (content backend down) keeps the last good page. That the change is
 * visible on the very next request is not guaranteed yet (issue 3 is open on exactly this).
 */
export async function POST(request: Request) {
  const secret = readSettings().SANITY_REVALIDATE_SECRET
  if (!secret) {
    return NextResponse.json({message: 'Webhook secret is not configured'}, {status: 503})
  }
  const outcome = await checkWebhook(request, secret)
  if (!outcome.ok) return NextResponse.json({message: outcome.message}, {status: outcome.status})
  for (const tag of outcome.tags) revalidateTag(tag, 'max')
  return NextResponse.json({revalidated: outcome.tags, document: outcome.document})
}
