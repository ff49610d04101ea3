/**
 * Several instances of the site sharing one Redis (REDIS_URL; without it, nothing here does
 * anything): what one instance learns from a webhook, the others learn at once — the page and
 * data cache through the cache handler (cache-handler.mjs, set in next.config.js), the proxy's
 * redirect table and list of published addresses through the messages below.
 */
import {refreshRedirectTable} from '../redirects'

import {sharedRedis} from './redis.mjs'

const REDIRECTS_CHANNEL = 'redirects'
const FOLLOWING = Symbol.for('clinic-site.cluster.following')
const INSTANCE_ID = Symbol.for('clinic-site.cluster.instance')

/**
 * Tells this process's own messages apart (it has already re-read its table); on `globalThis`
 * because the route handlers and the instrumentation hook are separate module instances.
 */
function instanceId(): string {
  const holder = globalThis as {[INSTANCE_ID]?: string}
  holder[INSTANCE_ID] ??= `${process.pid}-${Math.random().toString(36).slice(2)}`
  return holder[INSTANCE_ID]
}

/**
 * Tells the other instances that redirects or treatments' addresses changed, after this one has
 * re-read its table. A Redis outage is logged by ./redis.mjs; the others then catch up when they
 * reconnect, or within a minute (lib/redirects).
 */
export async function announceRedirectChange(): Promise<void> {
  try {
    await sharedRedis()?.publish(REDIRECTS_CHANNEL, instanceId())
  } catch {
    // Redis went away: as above.
  }
}

/**
 * Re-reads the redirect table whenever another instance announces a change, and after every
 * reconnection to Redis (a message may have been missed meanwhile). Once per process.
 */
export function followRedirectChanges(): void {
  const shared = sharedRedis()
  const holder = globalThis as {[FOLLOWING]?: boolean}
  if (!shared || holder[FOLLOWING]) return
  holder[FOLLOWING] = true
  shared.subscribe(REDIRECTS_CHANNEL, (sender) => {
    if (sender !== instanceId()) void refreshRedirectTable()
  })
  // Not waited for: the content backend may be slow or down just then.
  shared.onRejoin(() => void refreshRedirectTable({wait: false}))
}
