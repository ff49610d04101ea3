import {applyChange} from '@/lib/publishing'

export const dynamic = 'force-dynamic'

/**
 * Target of the Sanity GROQ webhook (see README and lib/publishing). Other methods answer 405
 * (Next.js does this for methods a route does not export).
 */
export function POST(request: Request) {
  return applyChange(request)
}
