// @ts-check
/*
 * The connection of this server process to the Redis that several instances share (REDIS_URL):
 * one command client and one subscriber, made on first use and kept on `globalThis`, because the
 * cache handler (loaded by Next.js itself), the proxy and the route handlers are separate module
 * instances in one process. Plain JavaScript: Next.js imports the cache handler without compiling
 * it. No REDIS_URL, no connection: the site runs as one process, as it always did.
 *
 * Redis down is not an error for the site: commands fail fast (no offline queue), callers fall
 * back to this instance's memory, the outage is logged once (not once per request), the clients
 * reconnect on their own, and `onRejoin` callbacks run when they do.
 */
import {createClient} from 'redis'

/** Fail a command after this long rather than hold up a page (a loopback Redis answers in < 1 ms). */
export const COMMAND_TIMEOUT_MS = 500
const RECONNECT_MAX_DELAY_MS = 1000

const STORE = Symbol.for('clinic-site.redis')

/**
 * @typedef {ReturnType<typeof createClient>} RedisClient
 * @typedef {object} SharedRedis
 * @property {RedisClient} client commands (no offline queue: fails at once while disconnected)
 * @property {string} prefix of every key and channel (REDIS_KEY_PREFIX)
 * @property {() => boolean} isReady whether commands can be sent now
 * @property {(channel: string, listener: (message: string) => void) => void} subscribe
 *   listens on a channel (prefixed), across reconnections
 * @property {(channel: string, message: string) => Promise<void>} publish to a channel
 *   (prefixed); resolves without sending while Redis is down
 * @property {(callback: () => void) => void} onRejoin called after every (re)connection (at once
 *   when connected now), to catch up on what was missed meanwhile
 * @property {() => Promise<void>} close ends both connections at once (tests)
 */

/** The shared Redis's address, or undefined for the single-process default. */
export function redisUrl() {
  return process.env.REDIS_URL?.trim() || undefined
}

/** Every key and channel starts with this, so several sites can share one Redis. */
export function redisKeyPrefix() {
  return process.env.REDIS_KEY_PREFIX?.trim() || 'clinic-site:'
}

/**
 * This process's connection to the shared Redis, or null when REDIS_URL is not set (or during
 * `next build`, which must not depend on a running Redis).
 * @returns {SharedRedis | null}
 */
export function sharedRedis() {
  const url = redisUrl()
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return null
  const holder = /** @type {{[STORE]?: SharedRedis}} */ (globalThis)
  holder[STORE] ??= connect(url, redisKeyPrefix())
  return holder[STORE]
}

/**
 * Settles with `promise`, or rejects after `ms` (a Redis that accepts connections but does not
 * answer must not hold up a page).
 * @template T
 * @param {Promise<T>} promise
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms = COMMAND_TIMEOUT_MS) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms)
  })
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() =>
    clearTimeout(timer),
  )
}

/**
 * @param {string} url
 * @param {string} prefix
 * @returns {SharedRedis}
 */
function connect(url, prefix) {
  const where = describe(url)
  const socket = {
    connectTimeout: 2000,
    // Retry soon and forever: an instance must rejoin within a second of Redis coming back.
    reconnectStrategy: (/** @type {number} */ retries) =>
      Math.min(50 * 2 ** retries, RECONNECT_MAX_DELAY_MS),
  }
  const client = createClient({url, socket, disableOfflineQueue: true})
  // The subscriber keeps its queue: its SUBSCRIBE waits for the connection and is renewed after
  // every reconnection by the client itself.
  const subscriber = createClient({url, socket})
  /** @type {Array<() => void>} */
  const rejoinCallbacks = []
  /** 'down' is logged once per outage, 'up' once per recovery. */
  let state = /** @type {'new' | 'up' | 'down'} */ ('new')

  client.on('ready', () => {
    console.info(
      state === 'down'
        ? `Redis at ${where} is back: this instance shares the cache again`
        : `Shared cache: Redis at ${where}`,
    )
    state = 'up'
    for (const callback of rejoinCallbacks) callback()
  })
  client.on('error', (/** @type {Error} */ error) => {
    if (state === 'down') return
    state = 'down'
    console.warn(
      `Redis at ${where} is not available (${error.message}): this instance serves from its own ` +
        'memory and reconnects when Redis is back',
    )
  })
  // The subscriber's errors are the same outage, already logged through the command client.
  subscriber.on('error', () => {})
  // A message published while this subscriber was away is lost: catch up once it is back.
  let subscriberWasReady = false
  subscriber.on('ready', () => {
    if (subscriberWasReady) for (const callback of rejoinCallbacks) callback()
    subscriberWasReady = true
  })
  // Failures are reported through 'error' and retried by the reconnect strategy.
  client.connect().catch(() => {})
  subscriber.connect().catch(() => {})

  return {
    client,
    prefix,
    isReady: () => client.isReady,
    subscribe(channel, listener) {
      subscriber.subscribe(prefix + channel, listener).catch((/** @type {unknown} */ error) => {
        console.warn(`Redis: cannot subscribe to ${prefix + channel}`, error)
      })
    },
    async publish(channel, message) {
      if (!client.isReady) return
      await withTimeout(client.publish(prefix + channel, message))
    },
    onRejoin(callback) {
      rejoinCallbacks.push(callback)
      if (client.isReady) callback()
    },
    async close() {
      delete (/** @type {{[STORE]?: SharedRedis}} */ (globalThis)[STORE])
      // destroy, not close: closing waits for a server that may be down.
      client.destroy()
      subscriber.destroy()
    },
  }
}

/**
 * The server's host and port, never its password.
 * @param {string} url
 */
function describe(url) {
  try {
    const {host} = new URL(url)
    return host
  } catch {
    return 'REDIS_URL'
  }
}
