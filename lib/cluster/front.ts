/**
 * The caches in front of the instances (deploy/varnish/clinic.vcl): the webhook purges the pages it
 * regenerated from each of them before it answers, so the next request through any front fetches
 * the new page. Varnish tags every stored response with its path (xkey), so one key purges a page
 * in all its forms: the document, the RSC payloads of client navigations, any query string.
 */
import {readSettings} from '../settings'

/** Paths per purge request: Varnish refuses request headers over 8 KB by default. */
const PATHS_PER_REQUEST = 100
const PURGE_TIMEOUT_MS = 5000

export type PurgeOutcome = {front: string; purged: boolean; message: string}

/**
 * Purges these paths from every front named in CACHE_PURGE_URLS; none configured, nothing to do.
 * Never throws: a front that cannot be reached or refuses is reported, so the webhook can answer
 * 503 and Sanity delivers it again.
 */
export async function purgeFronts(paths: string[]): Promise<PurgeOutcome[]> {
  const fronts = readSettings().CACHE_PURGE_URLS
  if (fronts.length === 0 || paths.length === 0) return []
  const keys = [...new Set(paths.map(purgeKey))]
  const batches: string[][] = []
  for (let start = 0; start < keys.length; start += PATHS_PER_REQUEST) {
    batches.push(keys.slice(start, start + PATHS_PER_REQUEST))
  }
  return Promise.all(fronts.map((front) => purgeFront(front, batches)))
}

async function purgeFront(front: string, batches: string[][]): Promise<PurgeOutcome> {
  const messages: string[] = []
  for (const batch of batches) {
    try {
      const response = await fetch(new URL('/', front), {
        method: 'PURGE',
        headers: {'xkey-purge': batch.join(' ')},
        signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
      })
      await response.arrayBuffer()
      if (!response.ok) {
        return {front, purged: false, message: `${response.status} ${response.statusText}`}
      }
      messages.push(response.statusText)
    } catch (error) {
      return {front, purged: false, message: (error as Error).message}
    }
  }
  return {front, purged: true, message: messages.join('; ')}
}

/** The key the front stores a response under: its path, percent-encoded as a browser sends it. */
export function purgeKey(path: string): string {
  const pathname = path.split('?')[0] ?? path
  try {
    return encodeURI(decodeURI(pathname))
  } catch {
    return pathname // not valid percent-encoding: as it is
  }
}
