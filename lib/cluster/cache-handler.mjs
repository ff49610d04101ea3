// @ts-check
/*
 * Next.js's page and data cache (`cacheHandler` in next.config.js, set only when REDIS_URL is)
 * shared by several `next start` instances of one build through Redis: every instance reads and
 * writes the same entries, and a tag revalidated on one is stale on all of them at once.
 *
 * - Entries: one Redis string per cache key, under the build's id (another build never reads
 *   them), with Buffers and Maps (RSC payloads, segments, route bodies) kept intact.
 * - Tags: when a tag was revalidated is kept in one Redis hash (not per build: content changes are
 *   the same for every build) and published; every instance mirrors it into Next.js's own tag
 *   manifest, where Next.js looks to decide that an entry is stale (serve it, regenerate in the
 *   background) or expired (regenerate first), exactly as it does for its file-system cache.
 * - Redis down: entries come from this instance's memory (what it read or made), then from the
 *   build's prerendered pages on disk; tags revalidated meanwhile apply here at once and are
 *   shared when Redis is back, with the pages made meanwhile, so nothing stale survives.
 *
 * Written against Next.js's documented interface (get, set, revalidateTag, resetRequestCache) and
 * two of its internals (named in lib/framework, checked by this handler's tests): the tag
 * manifest, and the file-system cache that reads the build's pages.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'

import * as fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import {tagsManifest as nextTagsManifest} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

import {sharedRedis, withTimeout} from './redis.mjs'

/**
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} CacheHandler
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue
 * @typedef {import('next/dist/server/response-cache').IncrementalCacheValue} IncrementalCacheValue
 * @typedef {Parameters<CacheHandler['get']>[1]} GetContext
 * @typedef {Parameters<CacheHandler['set']>[2]} SetContext
 * @typedef {import('./redis.mjs').SharedRedis} SharedRedis
 * @typedef {{stale?: number, expired?: number, at?: number}} TagState when a tag was revalidated
 *   (`at`), and from when entries made before are stale or expired (Next.js's tag manifest entry)
 * @typedef {{value: CacheHandlerValue, size: number, unshared: boolean}} MemoryEntry
 */

/** Next.js's in-process record of revalidated tags, which its incremental cache consults. */
const tagsManifest = /** @type {Map<string, TagState>} */ (nextTagsManifest)
/**
 * Next.js's own cache handler, used here read-only for the pages that `next build` wrote. (A
 * CommonJS module: Node puts its exports object under `default`, a compiler its class.)
 * @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default}
 */
const FileSystemCache =
  /** @type {any} */ (fileSystemCacheModule).default?.default ??
  /** @type {any} */ (fileSystemCacheModule).default

const TAGS_HASH = 'tags'
const TAGS_CHANNEL = 'tags'
/** Entries live at most this long in Redis (a page is rendered again after that). */
const MAX_TTL_SECONDS = 30 * 24 * 60 * 60
/** This instance's memory when Next.js passes no `cacheMaxMemorySize` (its own default). */
const DEFAULT_MEMORY_BYTES = 50 * 1024 * 1024
/** How long the first request waits for the first connection and tag sync. */
const FIRST_SYNC_WAIT_MS = 1000

/**
 * One per process, whatever the number of handler instances (Next.js makes one per request).
 * @typedef {object} ProcessState
 * @property {Map<string, MemoryEntry>} memory least recently used first
 * @property {number} memoryBytes
 * @property {number} memoryLimit
 * @property {Map<string, TagState>} unsharedTags revalidated while Redis was away
 * @property {Promise<void>} firstSync the first connection's tag sync
 * @property {Promise<void>} [firstWait] the one wait for it (later requests never wait)
 */
const STATE = Symbol.for('clinic-site.cache-handler')

/**
 * @param {number} memoryLimit
 * @param {SharedRedis | null} shared
 * @returns {ProcessState}
 */
function processState(memoryLimit, shared) {
  const holder = /** @type {{[STATE]?: ProcessState}} */ (globalThis)
  if (holder[STATE]) return holder[STATE]
  /** @type {() => void} */
  let synced = () => {}
  /** @type {ProcessState} */
  const state = {
    memory: new Map(),
    memoryBytes: 0,
    memoryLimit,
    unsharedTags: new Map(),
    firstSync: new Promise((resolve) => (synced = resolve)),
  }
  holder[STATE] = state
  if (shared) {
    shared.subscribe(TAGS_CHANNEL, (message) => {
      try {
        mergeTags(/** @type {Record<string, TagState>} */ (JSON.parse(message)))
      } catch {
        // Not ours: every instance publishes this shape.
      }
    })
    shared.onRejoin(() => {
      syncTags(shared, state).then(synced, () => {})
    })
  } else {
    synced()
  }
  return state
}

export default class RedisCacheHandler {
  /** @param {CacheHandlerContext} ctx */
  constructor(ctx) {
    this.shared = sharedRedis()
    this.state = processState(ctx.maxMemoryCacheSize || DEFAULT_MEMORY_BYTES, this.shared)
    this.prefix = this.shared ? `${this.shared.prefix}${buildId(ctx.serverDistDir)}:` : ''
    // Read only: no memory of its own (this handler has one), no writes into the build folder.
    this.builtPages =
      ctx.fs && ctx.serverDistDir
        ? new FileSystemCache({
            ...ctx,
            fs: ctx.fs,
            serverDistDir: ctx.serverDistDir,
            flushToDisk: false,
            maxMemoryCacheSize: 0,
          })
        : undefined
  }

  /**
   * Redis's entry when Redis answers, unless this instance made a newer one while Redis was away
   * (then that one, shared now); otherwise this instance's memory, then the build's pages.
   * @param {string} key
   * @param {GetContext} ctx
   * @returns {Promise<CacheHandlerValue | null>}
   */
  async get(key, ctx) {
    const shared = await this.ready()
    const local = this.remembered(key)
    if (shared) {
      try {
        const stored = await withTimeout(shared.client.get(this.prefix + key))
        const entry = stored ? decode(stored) : null
        if (local?.unshared && (!entry || local.value.lastModified > entry.lastModified)) {
          await this.share(shared, key, local.value, encode(local.value))
          local.unshared = false
          return local.value
        }
        if (entry && stored) {
          this.remember(key, entry, stored.length, false)
          return entry
        }
      } catch {
        // Redis went away during the request (logged once by ./redis.mjs): as if it were down.
      }
    }
    if (local) return local.value
    const built = (await this.builtPages?.get(key, ctx)) ?? null
    if (built) this.remember(key, built, approximateSize(built), false)
    return built
  }

  /**
   * Stores an entry in Redis and in this instance's memory (marked to share later when Redis
   * does not take it now).
   * @param {string} key
   * @param {IncrementalCacheValue | null} data
   * @param {SetContext} ctx
   */
  async set(key, data, ctx) {
    /** @type {CacheHandlerValue} */
    const entry = {
      value: data,
      lastModified: Date.now(),
      // The lifetime travels with the entry, so an instance that did not render it serves it
      // with the right one.
      cacheControl: 'fetchCache' in ctx && ctx.fetchCache ? undefined : ctx.cacheControl,
    }
    const encoded = encode(entry)
    const shared = await this.ready()
    let unshared = true
    if (shared) {
      try {
        await this.share(shared, key, entry, encoded)
        unshared = false
      } catch {
        // Kept in memory and shared when Redis is back (see get).
      }
    }
    this.remember(key, entry, encoded.length, unshared)
  }

  /**
   * Marks tags stale (with a profile: served once more while regenerated) or expired (without:
   * regenerated first), here at once and on every instance through Redis.
   * @param {string | string[]} tags
   * @param {{expire?: number}} [durations]
   */
  async revalidateTag(tags, durations) {
    const now = Date.now()
    /** @type {Record<string, TagState>} */
    const changed = {}
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      // The same rule as Next.js's file-system cache.
      const state = {...tagsManifest.get(tag), at: now}
      if (durations) {
        state.stale = now
        if (durations.expire !== undefined) state.expired = now + durations.expire * 1000
      } else {
        state.expired = now
      }
      tagsManifest.set(tag, state)
      changed[tag] = state
    }
    const shared = await this.ready()
    try {
      if (!shared) throw new Error('Redis is not available')
      await shareTags(shared, changed)
    } catch {
      for (const [tag, state] of Object.entries(changed)) this.state.unsharedTags.set(tag, state)
    }
  }

  resetRequestCache() {}

  /** The shared Redis once it can take commands (waiting for the first connection briefly). */
  async ready() {
    if (!this.shared) return null
    // Only the first requests wait; with Redis down at start the others go on at once.
    this.state.firstWait ??= withTimeout(this.state.firstSync, FIRST_SYNC_WAIT_MS).catch(() => {})
    await this.state.firstWait
    return this.shared.isReady() ? this.shared : null
  }

  /**
   * @param {SharedRedis} shared
   * @param {string} key
   * @param {CacheHandlerValue} entry
   * @param {string} encoded
   */
  async share(shared, key, entry, encoded) {
    const expire = entry.cacheControl?.expire
    const ttl = typeof expire === 'number' && expire > 0 ? Math.min(expire, MAX_TTL_SECONDS) : 0
    await withTimeout(shared.client.set(this.prefix + key, encoded, {EX: ttl || MAX_TTL_SECONDS}))
  }

  /** @param {string} key */
  remembered(key) {
    const entry = this.state.memory.get(key)
    if (entry) {
      // Most recently used last.
      this.state.memory.delete(key)
      this.state.memory.set(key, entry)
    }
    return entry
  }

  /**
   * @param {string} key
   * @param {CacheHandlerValue} value
   * @param {number} size
   * @param {boolean} unshared
   */
  remember(key, value, size, unshared) {
    const {memory} = this.state
    const previous = memory.get(key)
    if (previous) {
      memory.delete(key)
      this.state.memoryBytes -= previous.size
    }
    if (size > this.state.memoryLimit) return
    memory.set(key, {value, size, unshared})
    this.state.memoryBytes += size
    for (const [oldest, entry] of memory) {
      if (this.state.memoryBytes <= this.state.memoryLimit) break
      memory.delete(oldest)
      this.state.memoryBytes -= entry.size
    }
  }
}

/**
 * Catches up after a (re)connection: tags revalidated elsewhere meanwhile apply here, and tags
 * revalidated here meanwhile are shared (the later revalidation of a tag wins).
 * @param {SharedRedis} shared
 * @param {ProcessState} state
 */
async function syncTags(shared, state) {
  const stored = await withTimeout(shared.client.hGetAll(shared.prefix + TAGS_HASH))
  /** @type {Record<string, TagState>} */
  const remote = {}
  for (const [tag, json] of Object.entries(stored)) {
    try {
      remote[tag] = JSON.parse(json)
    } catch {
      // An unreadable field is skipped; the next revalidation of that tag replaces it.
    }
  }
  mergeTags(remote)
  const pending = [...state.unsharedTags]
  /** @type {Record<string, TagState>} */
  const newer = {}
  for (const [tag, local] of pending) {
    if ((local.at ?? 0) > (remote[tag]?.at ?? 0)) newer[tag] = local
  }
  if (Object.keys(newer).length > 0) await shareTags(shared, newer)
  // Forgotten only once shared (or superseded), and only if not revalidated again meanwhile.
  for (const [tag, local] of pending) {
    if (state.unsharedTags.get(tag) === local) state.unsharedTags.delete(tag)
  }
}

/**
 * @param {SharedRedis} shared
 * @param {Record<string, TagState>} changed
 */
async function shareTags(shared, changed) {
  const fields = Object.fromEntries(
    Object.entries(changed).map(([tag, state]) => [tag, JSON.stringify(state)]),
  )
  await withTimeout(shared.client.hSet(shared.prefix + TAGS_HASH, fields))
  await shared.publish(TAGS_CHANNEL, JSON.stringify(changed))
}

/**
 * Takes tag states from other instances into Next.js's tag manifest, the later revalidation of
 * each tag winning.
 * @param {Record<string, TagState>} states
 */
function mergeTags(states) {
  for (const [tag, state] of Object.entries(states)) {
    const local = tagsManifest.get(tag)
    if (!local || (state.at ?? 0) > (local.at ?? 0)) tagsManifest.set(tag, state)
  }
}

/**
 * The build's id, so that entries of another build (another deployment sharing the Redis) are
 * never served by this one.
 * @param {string | undefined} serverDistDir
 */
function buildId(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir ?? '.next/server', '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'unknown-build'
  }
}

/**
 * JSON that keeps Buffers (RSC payloads, route bodies) and Maps (RSC segments) as they were.
 * @param {CacheHandlerValue} entry
 */
export function encode(entry) {
  return JSON.stringify(entry, function (key, value) {
    // JSON.stringify has already turned a Buffer into {type, data} here; read the original.
    const original = /** @type {Record<string, unknown>} */ (this)[key]
    if (Buffer.isBuffer(original)) return {$buffer: original.toString('base64')}
    if (original instanceof Map) return {$map: [...original]}
    return value
  })
}

/**
 * @param {string} text
 * @returns {CacheHandlerValue}
 */
export function decode(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object') {
      if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
      if (Array.isArray(value.$map)) return new Map(value.$map)
    }
    return value
  })
}

/**
 * The memory an entry read from the build takes, about (its text and payloads).
 * @param {CacheHandlerValue} entry
 */
function approximateSize(entry) {
  return encode(entry).length
}
