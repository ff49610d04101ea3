import type {NextRequest} from 'next/server'

import {enablePreview} from '@/lib/preview'

export const dynamic = 'force-dynamic'

/** Turns on draft mode for staff (see lib/preview). */
export function GET(request: NextRequest) {
  return enablePreview(request)
}
