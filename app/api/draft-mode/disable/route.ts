import type {NextRequest} from 'next/server'

import {disablePreview} from '@/lib/preview'

export const dynamic = 'force-dynamic'

/** Leaves the preview and returns to the published page (see lib/preview). */
export function GET(request: NextRequest) {
  return disablePreview(request)
}
