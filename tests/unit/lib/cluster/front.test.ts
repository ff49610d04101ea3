/** @jest-environment node */
import http from 'node:http'
import type {AddressInfo} from 'node:net'

import {purgeFronts, purgeKey} from '@/lib/cluster/front'
import {freePort} from '@/scripts/redis-server.mjs'
import {startVarnishFront, type VarnishFront} from '@/scripts/varnish-front.mjs'

/*
 * The cache in front (deploy/varnish/clinic.vcl in a real varnishd) and the webhook's purge of it
 * (lib/cluster/front.ts), in front of small HTTP servers that answer as the site's instances do
 * (the Cache-Control and Vary of Next.js's static pages), so every rule is tested on its own. The
 * real site behind it is tested end to end in tests/e2e/cluster.spec.ts.
 */

jest.setTimeout(60_000)

const STATIC = 's-maxage=3600, stale-while-revalidate=31535999'
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch'

type Answer = {status?: number; headers?: Record<string, string>}
type Instance = {port: number; requests: string[]; version: number; close: () => Promise<void>}

/** An instance: every answer names the instance, the path and a version the test can move on. */
async function startInstance(
  name: string,
  headersFor: (url: string) => Answer = () => ({}),
): Promise<Instance> {
  const instance: Instance = {port: 0, requests: [], version: 1, close: async () => {}}
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/'
    if (url === '/robots.txt') return response.end('User-agent: *')
    instance.requests.push(`${request.method} ${url} rsc=${request.headers.rsc ?? '-'}`)
    const {status = 200, headers = {'cache-control': STATIC, vary: VARY}} = headersFor(url)
    response.writeHead(status, headers)
    response.end(`${name} ${url} v${instance.version} rsc=${request.headers.rsc ?? '-'}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  instance.port = (server.address() as AddressInfo).port
  instance.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return instance
}

async function startFront(instances: {port: number}[], purgers?: string[]) {
  return startVarnishFront({
    root: process.cwd(),
    port: await freePort(),
    instances: instances.map(({port}) => ({host: '127.0.0.1', port})),
    purgers,
  })
}

async function get(front: VarnishFront, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${front.url}${path}`, {headers, redirect: 'manual'})
  return {
    status: response.status,
    cache: response.headers.get('x-front-cache'),
    down: response.headers.get('x-front-instances'),
    body: await response.text(),
    headers: response.headers,
  }
}

/** The value once it is `expected`, or the last one seen after 15 s. */
async function poll<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + 15_000
  let value = await read()
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}

const withPurgeUrls = async <T>(urls: string[], run: () => Promise<T>): Promise<T> => {
  process.env.CACHE_PURGE_URLS = urls.join(',')
  try {
    return await run()
  } finally {
    delete process.env.CACHE_PURGE_URLS
  }
}

describe('the cache in front of one instance', () => {
  let instance: Instance
  let front: VarnishFront

  beforeAll(async () => {
    instance = await startInstance('a', (url): Answer => {
      if (url.startsWith('/unknown')) return {status: 404, headers: {'cache-control': STATIC}}
      if (url.startsWith('/moved')) return {status: 308, headers: {location: '/a'}}
      if (url.startsWith('/search')) return {headers: {'cache-control': 'private, no-store'}}
      if (url.startsWith('/cookie'))
        return {headers: {'cache-control': STATIC, 'set-cookie': 'x=1'}}
      if (url.includes('/opengraph-image')) {
        return {headers: {'cache-control': 'public, max-age=0, must-revalidate'}}
      }
      if (url.startsWith('/notes')) {
        const notes = {
          'x-nextjs-cache': 'HIT',
          'x-nextjs-prerender': '1',
          'x-nextjs-stale-time': '300',
        }
        return {headers: {'cache-control': STATIC, vary: VARY, ...notes}}
      }
      if (url.startsWith('/short')) {
        return {headers: {'cache-control': 's-maxage=1, stale-while-revalidate=60'}}
      }
      return {}
    })
    front = await startFront([instance])
  })
  afterAll(async () => {
    await front?.stop()
    await instance?.close()
  })

  it('stores a static page, and client navigations (RSC) apart from the document', async () => {
    expect(await get(front, '/page')).toMatchObject({cache: 'MISS', body: 'a /page v1 rsc=-'})
    expect(await get(front, '/page')).toMatchObject({cache: 'HIT', body: 'a /page v1 rsc=-'})
    const navigation = {rsc: '1'}
    expect(await get(front, '/page', navigation)).toMatchObject({body: 'a /page v1 rsc=1'})
    expect(await get(front, '/page', navigation)).toMatchObject({
      cache: 'HIT',
      body: 'a /page v1 rsc=1',
    })
    expect(await get(front, '/page')).toMatchObject({body: 'a /page v1 rsc=-'})
    expect(instance.requests.filter((line) => line.includes('/page '))).toHaveLength(2)
  })

  it('stores share images (sent with max-age=0) until their page is purged', async () => {
    const image = '/treatments/x/opengraph-image-1qwhn0?67344f7a'
    expect(await get(front, image)).toMatchObject({cache: 'MISS'})
    expect(await get(front, image)).toMatchObject({cache: 'HIT'})
    await withPurgeUrls([front.url], () => purgeFronts(['/treatments/x/opengraph-image-1qwhn0']))
    expect(await get(front, image)).toMatchObject({cache: 'MISS'})
  })

  it('hides its own bookkeeping from patients', async () => {
    const {headers} = await get(front, '/page')
    for (const name of ['xkey', 'via', 'x-varnish']) expect(headers.get(name)).toBeNull()
  })

  it('drops Next.js’s notes on its own cache, but an RSC payload’s stale time (the router reads it)', async () => {
    for (const rsc of [false, true]) {
      await get(front, '/notes', rsc ? {rsc: '1'} : {})
      const {cache, headers} = await get(front, '/notes', rsc ? {rsc: '1'} : {})
      expect(cache).toBe('HIT')
      expect(headers.get('x-nextjs-cache')).toBeNull()
      expect(headers.get('x-nextjs-prerender')).toBeNull()
      expect(headers.get('x-nextjs-stale-time')).toBe(rsc ? '300' : null)
    }
  })

  it('a purge removes every form of the named pages and nothing else', async () => {
    for (const path of ['/p1', '/p1?utm_source=flyer', '/p2', '/other']) await get(front, path)
    await get(front, '/p1', {rsc: '1'})
    instance.version = 2
    const outcome = await withPurgeUrls([front.url], () => purgeFronts(['/p1', '/p2?ignored=1']))
    expect(outcome).toEqual([{front: front.url, purged: true, message: 'Purged 4 objects'}])
    for (const [path, headers] of [
      ['/p1', {}],
      ['/p1?utm_source=flyer', {}],
      ['/p1', {rsc: '1'}],
      ['/p2', {}],
    ] as const) {
      expect(await get(front, path, headers)).toMatchObject({cache: 'MISS'})
      expect((await get(front, path, headers)).body).toContain('v2')
    }
    expect(await get(front, '/other')).toMatchObject({cache: 'HIT', body: 'a /other v1 rsc=-'})
  })

  it('never stores the webhook, the Studio, draft mode, errors, redirects or private answers', async () => {
    const passes = ['/api/draft-mode/enable', '/studio/structure']
    const uncached = ['/unknown-address', '/moved', '/cookie', '/search?q=knee']
    for (const path of [...passes, ...uncached]) {
      const before = instance.requests.length
      await get(front, path)
      const again = await get(front, path)
      expect([path, again.cache]).toEqual([path, passes.includes(path) ? 'PASS' : 'MISS'])
      expect(instance.requests.length - before).toBe(2)
    }
  })

  it('shows drafts only to draft mode: neither served from the cache nor stored in it', async () => {
    await get(front, '/drafted')
    instance.version = 3
    const draft = await get(front, '/drafted', {cookie: 'a=b; __prerender_bypass=secret'})
    expect(draft).toMatchObject({cache: 'PASS', body: 'a /drafted v3 rsc=-'})
    expect(await get(front, '/drafted')).toMatchObject({cache: 'HIT'})
    expect((await get(front, '/drafted')).body).not.toContain('v3')
  })

  it('an analytics cookie does not make every request reach the instances', async () => {
    await get(front, '/with-cookie', {cookie: '_ga=GA1.1.1'})
    expect(await get(front, '/with-cookie', {cookie: '_ga=GA1.1.2'})).toMatchObject({cache: 'HIT'})
  })

  it('serves a stale page at once and refreshes it behind (stale-while-revalidate)', async () => {
    instance.version = 4
    expect((await get(front, '/short')).body).toContain('v4')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    instance.version = 5
    const stale = await get(front, '/short')
    expect(stale).toMatchObject({cache: 'STALE', body: 'a /short v4 rsc=-'})
    expect(await poll(async () => (await get(front, '/short')).body, 'a /short v5 rsc=-')).toBe(
      'a /short v5 rsc=-',
    )
  })
})

describe('purging', () => {
  it('refuses a purge from an address it does not list', async () => {
    const instance = await startInstance('a')
    const front = await startFront([instance], ['192.0.2.1'])
    try {
      const outcome = await withPurgeUrls([front.url], () => purgeFronts(['/a']))
      expect(outcome).toEqual([
        {front: front.url, purged: false, message: expect.stringMatching(/^403/)},
      ])
    } finally {
      await front.stop()
      await instance.close()
    }
  })

  it('reports a front it cannot reach, and purges the others', async () => {
    const instance = await startInstance('a')
    const front = await startFront([instance])
    const nobody = `http://127.0.0.1:${await freePort()}`
    try {
      const outcome = await withPurgeUrls([nobody, front.url], () => purgeFronts(['/a']))
      expect(outcome).toEqual([
        {front: nobody, purged: false, message: expect.any(String)},
        {front: front.url, purged: true, message: 'Purged 0 objects'},
      ])
    } finally {
      await front.stop()
      await instance.close()
    }
  })

  it('names a page by its path as a browser sends it', () => {
    expect(purgeKey('/zh/treatments/x?utm=1')).toBe('/zh/treatments/x')
    expect(purgeKey('/页面')).toBe('/%E9%A1%B5%E9%9D%A2')
    expect(purgeKey('/%E9%A1%B5%E9%9D%A2')).toBe('/%E9%A1%B5%E9%9D%A2')
    expect(purgeKey('/bad-%E0')).toBe('/bad-%E0')
  })

  it('does nothing when no front is configured', async () => {
    expect(await purgeFronts(['/a'])).toEqual([])
  })

  it('purges hundreds of pages (a menu change) in several requests', async () => {
    const instance = await startInstance('a')
    const front = await startFront([instance])
    try {
      const paths = Array.from({length: 250}, (_, index) => `/treatments/page-${index}`)
      for (const path of paths.slice(0, 3)) await get(front, path)
      await get(front, paths[249]!)
      const [outcome] = await withPurgeUrls([front.url], () => purgeFronts(paths))
      expect(outcome).toMatchObject({
        purged: true,
        message: 'Purged 3 objects; Purged 0 objects; Purged 1 objects',
      })
    } finally {
      await front.stop()
      await instance.close()
    }
  })
})

describe('the cache in front of two instances', () => {
  it('one instance gone: every request answered by the other, no 5xx', async () => {
    const a = await startInstance('a')
    const b = await startInstance('b')
    const front = await startFront([a, b])
    try {
      await b.close()
      // Before the health probe notices (at once) and after (a few seconds later).
      for (const delay of [0, 4000]) {
        await new Promise((resolve) => setTimeout(resolve, delay))
        for (let request = 0; request < 6; request += 1) {
          const answer = await get(front, `/uncached-${delay}-${request}`)
          expect([answer.status, answer.body]).toEqual([200, expect.stringMatching(/^a /)])
        }
      }
    } finally {
      await front.stop()
      await a.close()
    }
  })

  it('every instance gone: stored pages still served, and said so; the others answer 503', async () => {
    const a = await startInstance('a')
    const b = await startInstance('b')
    const front = await startFront([a, b])
    try {
      await get(front, '/kept')
      await Promise.all([a.close(), b.close()])
      const said = "down; served from the front's cache"
      expect(await poll(async () => (await get(front, '/kept')).down, said)).toBe(said)
      expect(await get(front, '/kept')).toMatchObject({status: 200, cache: 'HIT'})
      expect((await get(front, '/never-stored')).status).toBe(503)
    } finally {
      await front.stop()
    }
  })
})
