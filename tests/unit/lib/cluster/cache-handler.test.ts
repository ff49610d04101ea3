/** @jest-environment node */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

import type {CacheHandlerValue} from 'next/dist/server/lib/incremental-cache'
import {
  areTagsExpired,
  areTagsStale,
  tagsManifest as nextTagsManifest,
} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import {createClient} from 'redis'

import RedisCacheHandler, {decode, encode} from '@/lib/cluster/cache-handler.mjs'
import {sharedRedis} from '@/lib/cluster/redis.mjs'
import {startRedisServer, type RedisServer} from '@/scripts/redis-server.mjs'

/*
 * The shared cache handler against a real redis-server (started here on a free port, killed at
 * the end): entries and tags through Redis, and what an instance does while Redis is down and
 * when it comes back. Two real instances of one build are tested end to end in
 * tests/e2e/cluster.spec.ts.
 */

const tagsManifest = nextTagsManifest as Map<
  string,
  {stale?: number; expired?: number; at?: number}
>
const PREFIX = 'clinic-site-test:'
const BUILD_ID = 'test-build'
const STATE = Symbol.for('clinic-site.cache-handler')
// Next.js's kinds are const enums, which a test compiled file by file cannot import: their values.
const page = (html: string, tags = 'treatment') =>
  ({
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`rsc ${html}`),
    segmentData: new Map([['/_index', Buffer.from('segment')]]),
    headers: {'x-next-cache-tags': tags},
    status: 200,
    postponed: undefined,
  }) as unknown as CacheHandlerValue['value']
const GET_PAGE = {kind: 'APP_PAGE', isFallback: false} as unknown as Parameters<
  RedisCacheHandler['get']
>[1]
const SET_PAGE = {cacheControl: {revalidate: 3600, expire: 31536000}} as const

let redis: RedisServer
let distDir: string
/** Another instance's view of Redis: a plain client. */
let other: ReturnType<typeof createClient>
let warn: jest.SpyInstance
let info: jest.SpyInstance

const handler = () =>
  new RedisCacheHandler({
    serverDistDir: path.join(distDir, 'server'),
    maxMemoryCacheSize: 1024 * 1024,
    revalidatedTags: [],
    _requestHeaders: {},
  })
const until = async (check: () => boolean | Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

beforeAll(async () => {
  redis = await startRedisServer()
  distDir = mkdtempSync(path.join(tmpdir(), 'clinic-cache-handler-'))
  mkdirSync(path.join(distDir, 'server'))
  writeFileSync(path.join(distDir, 'BUILD_ID'), BUILD_ID)
  other = createClient({url: redis.url})
  other.on('error', () => {})
  await other.connect()
})

beforeEach(async () => {
  process.env.REDIS_URL = redis.url
  process.env.REDIS_KEY_PREFIX = PREFIX
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
  info = jest.spyOn(console, 'info').mockImplementation(() => {})
  await other.flushAll()
  tagsManifest.clear()
})

afterEach(async () => {
  await sharedRedis()?.close()
  delete (globalThis as {[STATE]?: unknown})[STATE]
  warn.mockRestore()
  info.mockRestore()
})

afterAll(async () => {
  other.destroy()
  await redis.close()
  rmSync(distDir, {recursive: true, force: true})
  delete process.env.REDIS_URL
  delete process.env.REDIS_KEY_PREFIX
})

describe('encode and decode', () => {
  it('keep Buffers and Maps of pages as they were', () => {
    const entry = {lastModified: 1, value: page('<p>hi</p>'), cacheControl: SET_PAGE.cacheControl}
    const back = decode(encode(entry))
    expect(back).toEqual(entry)
    expect(Buffer.isBuffer((back.value as {rscData: unknown}).rscData)).toBe(true)
  })
})

describe("Next.js's tag manifest (an internal the handler relies on)", () => {
  it('is where Next.js looks: a revalidated tag makes older entries stale or expired', async () => {
    const before = Date.now() - 1
    await handler().revalidateTag(['treatment:x'], {expire: 31536000}) // revalidateTag(tag, 'max')
    expect(areTagsStale(['treatment:x'], before)).toBe(true)
    expect(areTagsExpired(['treatment:x'], before)).toBe(false)
    await handler().revalidateTag(['treatment:y']) // no profile: expired at once
    expect(areTagsExpired(['treatment:y'], before)).toBe(true)
  })
})

describe('with Redis up', () => {
  it('stores entries in Redis under the build id, where another instance finds them', async () => {
    await handler().set('/treatments/a', page('<p>A</p>'), SET_PAGE)
    const stored = await other.get(`${PREFIX}${BUILD_ID}:/treatments/a`)
    expect(stored && decode(stored).value).toEqual(page('<p>A</p>'))
    expect(await other.ttl(`${PREFIX}${BUILD_ID}:/treatments/a`)).toBeGreaterThan(86400)

    // Another instance replaced it: this one serves the newer entry, not its memory.
    const newer = {lastModified: Date.now() + 1000, value: page('<p>B</p>')}
    await other.set(`${PREFIX}${BUILD_ID}:/treatments/a`, encode(newer))
    expect((await handler().get('/treatments/a', GET_PAGE))?.value).toEqual(page('<p>B</p>'))
  })

  it('answers null for an entry nobody made', async () => {
    expect(await handler().get('/nothing', GET_PAGE)).toBeNull()
  })

  it('revalidates a tag on every instance: stored in Redis, and taken from the others', async () => {
    await handler().revalidateTag(['treatment:a'], {expire: 0})
    const stored = JSON.parse((await other.hGet(`${PREFIX}tags`, 'treatment:a')) ?? '{}')
    expect(stored).toMatchObject({stale: expect.any(Number), expired: stored.stale})

    // Another instance publishes a revalidation: this one's tag manifest has it at once.
    const at = Date.now() + 5
    const message = {'treatment:b': {stale: at, expired: at + 1000, at}}
    await other.publish(`${PREFIX}tags`, JSON.stringify(message))
    await until(() => tagsManifest.get('treatment:b')?.stale === at)
  })

  it('starts with the tags revalidated before it started', async () => {
    const at = Date.now()
    await other.hSet(`${PREFIX}tags`, 'settings', JSON.stringify({stale: at, at}))
    await handler().get('/anything', GET_PAGE)
    expect(tagsManifest.get('settings')).toEqual({stale: at, at})
  })
})

describe('with Redis down', () => {
  it('serves from memory, logs once, and shares what it made meanwhile when Redis is back', async () => {
    const first = handler()
    await first.set('/treatments/old', page('<p>old</p>'), SET_PAGE)
    await redis.stop()
    await until(() => !sharedRedis()!.isReady())

    // Pages keep coming from memory; a new render is kept; a tag revalidates here at once.
    for (let i = 0; i < 20; i++) {
      expect((await handler().get('/treatments/old', GET_PAGE))?.value).toEqual(page('<p>old</p>'))
    }
    await handler().set('/treatments/new', page('<p>new</p>'), SET_PAGE)
    expect((await handler().get('/treatments/new', GET_PAGE))?.value).toEqual(page('<p>new</p>'))
    await handler().revalidateTag(['treatment'], {expire: 31536000})
    expect(tagsManifest.get('treatment')?.stale).toEqual(expect.any(Number))
    const outageWarnings = warn.mock.calls.filter(([text]) => /not available/.test(String(text)))
    expect(outageWarnings).toHaveLength(1)

    // Redis comes back (empty, as after a crash): the instance reconnects by itself, shares the
    // tag it revalidated meanwhile and, on the next read, the page it made meanwhile.
    await redis.start()
    await until(() => sharedRedis()!.isReady())
    await until(async () => Boolean(await other.hGet(`${PREFIX}tags`, 'treatment')))
    expect(info.mock.calls.some(([text]) => /is back/.test(String(text)))).toBe(true)
    expect((await handler().get('/treatments/new', GET_PAGE))?.value).toEqual(page('<p>new</p>'))
    expect(await other.get(`${PREFIX}${BUILD_ID}:/treatments/new`)).not.toBeNull()
  })

  it('takes the tags revalidated elsewhere while it was cut off when it reconnects', async () => {
    await handler().get('/warm-up', GET_PAGE)
    // Another instance revalidates a tag, and this one misses the message: its connections drop.
    const at = Date.now()
    await other.hSet(`${PREFIX}tags`, 'affiliation', JSON.stringify({stale: at, at}))
    await other.clientKill({filter: 'SKIPME', skipMe: true})
    await until(() => tagsManifest.get('affiliation')?.stale === at)
  })

  it('does not wait for Redis on every request when Redis is down at start', async () => {
    await redis.stop()
    try {
      const started = Date.now()
      await handler().get('/a', GET_PAGE)
      const firstMs = Date.now() - started
      const again = Date.now()
      for (let i = 0; i < 10; i++) await handler().get('/a', GET_PAGE)
      // One short wait for the first connection, then none.
      expect(firstMs).toBeLessThan(2500)
      expect(Date.now() - again).toBeLessThan(200)
    } finally {
      await redis.start()
    }
  })
})
