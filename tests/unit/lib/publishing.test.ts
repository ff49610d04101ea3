/** @jest-environment node */
import {encodeSignatureHeader} from '@sanity/webhook'
import {revalidateTag} from 'next/cache'

import {POST} from '@/app/api/revalidate/route'
import {pagesShowing} from '@/lib/publishing/pages'
import {regenerateChange} from '@/lib/publishing/regenerate'
import {checkWebhook, MAX_WEBHOOK_BODY_BYTES} from '@/lib/publishing/verify'
import {currentRedirectTable} from '@/lib/redirects'
import {freePort} from '@/scripts/redis-server.mjs'
import {fixture, withEnv} from '@/tests/support/content'

// revalidateTag and page regeneration need a running Next.js server (the e2e tests have one);
// here they record what the handler asks for. Finding the affected pages runs for real.
jest.mock('next/cache', () => ({revalidateTag: jest.fn()}))
jest.mock('@/lib/publishing/regenerate', () => ({
  ...jest.requireActual('@/lib/publishing/regenerate'),
  regenerateChange: jest.fn(
    async (
      pages: {listings: string[]; pages: string[]},
      publish: (paths: string[]) => Promise<void>,
    ) => {
      const paths = [...pages.listings, ...pages.pages]
      await publish(paths)
      return paths.map((path) => ({path, status: 200}))
    },
  ),
}))

/** An English path and the same page in Spanish and Chinese (the sitemap is one for all). */
const inEveryLanguage = (paths: string[]) =>
  paths.flatMap((path) =>
    path === '/sitemap.xml'
      ? [path]
      : [path, ...['/es', '/zh'].map((prefix) => (path === '/' ? prefix : `${prefix}${path}`))],
  )

/** Every page of the fixture dataset (in English): what the settings' header and footer are on. */
const EVERY_PAGE = [
  '/',
  '/treatments',
  '/affiliations',
  '/physicians',
  '/locations',
  '/language-assistance',
  '/physicians/pat-lee',
  '/physicians/alex-kim',
  '/locations/main-office',
  '/treatments/parent',
  '/treatments/child-a',
  '/treatments/child-b',
  '/treatments/orphan',
  '/treatments/minimal',
  '/about-us',
]

const SECRET = 'test-webhook-secret'
const URL = 'http://localhost/api/revalidate'

async function signedRequest(
  body: string,
  {
    secret = SECRET,
    timestamp = Date.now(),
    tamper,
  }: {secret?: string; timestamp?: number; tamper?: (b: string) => string} = {},
) {
  const signature = await encodeSignatureHeader(body, timestamp, secret)
  return new Request(URL, {
    method: 'POST',
    headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature},
    body: tamper ? tamper(body) : body,
  })
}

const post = (
  request: Request,
  secret: string | null = SECRET,
  dataset = fixture('content.ndjson'),
) =>
  withEnv(
    {
      SANITY_REVALIDATE_SECRET: secret ?? undefined,
      NEXT_PUBLIC_SANITY_PROJECT_ID: undefined,
      CONTENT_DATASET_FILE: dataset,
    },
    () => POST(request),
  )

const treatmentChange = JSON.stringify({
  _id: 't-child-b',
  _type: 'treatment',
  slug: 'child-b-new',
  oldSlug: 'child-b',
})

// The handler logs refusals for operators; the tests assert the responses instead.
beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined))
afterAll(() => jest.mocked(console.warn).mockRestore())

beforeEach(() => {
  jest.mocked(revalidateTag).mockClear()
  jest.mocked(regenerateChange).mockClear()
})

describe('POST /api/revalidate', () => {
  it('revalidates the type and both slugs, regenerates the pages that show it, and says so', async () => {
    const response = await post(await signedRequest(treatmentChange))
    expect(response.status).toBe(200)
    const tags = ['treatment', 'treatment:child-b-new', 'treatment:child-b']
    const pages = [
      ...inEveryLanguage([
        '/',
        '/treatments',
        '/sitemap.xml',
        '/treatments/child-b',
        '/treatments/parent',
        '/treatments/child-a', // a sibling: it lists child-b under "Related treatments"
        // The English document's new address: in every language, as its fallback page there.
        '/treatments/child-b-new',
      ]),
    ]
    const body = await response.json()
    expect(body).toMatchObject({revalidated: tags, failed: []})
    expect([...body.regenerated].sort()).toEqual([...pages].sort())
    expect(jest.mocked(revalidateTag).mock.calls).toEqual(tags.map((tag) => [tag, 'max']))
    expect(regenerateChange).toHaveBeenCalledTimes(1)
  })

  it('answers 503 when a cache in front cannot be purged (Sanity delivers again)', async () => {
    const closed = await freePort()
    const response = await withEnv({CACHE_PURGE_URLS: `http://127.0.0.1:${closed}`}, async () =>
      post(await signedRequest(treatmentChange)),
    )
    expect(response.status).toBe(503)
    const body = await response.json()
    expect(body).toMatchObject({failed: [], unpurged: [expect.stringContaining(`:${closed} (`)]})
    expect(body.regenerated).toContain('/treatments/child-b')
  })

  it('answers 503 and keeps the last good pages when a regeneration fails', async () => {
    jest.mocked(regenerateChange).mockResolvedValueOnce([
      {path: '/treatments/child-b', status: 500},
      {path: '/', status: 200},
    ])
    const response = await post(await signedRequest(treatmentChange))
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({failed: ['/treatments/child-b']})
  })

  it('counts an old address that now redirects as regenerated', async () => {
    jest.mocked(regenerateChange).mockResolvedValueOnce([
      {path: '/treatments/child-b', status: 308},
      {path: '/treatments/child-b-new', status: 200},
    ])
    const response = await post(await signedRequest(treatmentChange))
    expect(response.status).toBe(200)
  })

  it('replaces the redirect table of the proxy when a redirect changes', async () => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('clinic-site.redirect-table')]
    const response = await post(
      await signedRequest(JSON.stringify({_id: 'redirect-old', _type: 'redirect'})),
    )
    expect(response.status).toBe(200)
    const table = await withEnv({REVALIDATE_SECONDS: '3600'}, () => currentRedirectTable())
    expect(table.get('/old-path')).toEqual({to: '/treatments/parent', permanent: true})
  })

  it('replaces the redirect table when a translation is linked or unlinked', async () => {
    // A table read a moment ago, which the background refresh would keep for a minute.
    const stale = new Map([['/stale', {to: '/', permanent: true}]])
    ;(globalThis as Record<symbol, unknown>)[Symbol.for('clinic-site.redirect-table')] = {
      table: stale,
      loadedAt: Date.now(),
    }
    const response = await post(
      await signedRequest(
        JSON.stringify({_id: 'translation.metadata.t-parent', _type: 'translation.metadata'}),
      ),
    )
    expect(response.status).toBe(200)
    const table = await withEnv({REVALIDATE_SECONDS: '3600'}, () => currentRedirectTable())
    expect(table.has('/stale')).toBe(false)
    expect(table.get('/old-path')).toEqual({to: '/treatments/parent', permanent: true})
  })

  it('answers 503 and touches no cache when the content backend cannot be read', async () => {
    const response = await post(await signedRequest(treatmentChange), SECRET, '/nonexistent.ndjson')
    expect(response.status).toBe(503)
    expect(revalidateTag).not.toHaveBeenCalled()
    expect(regenerateChange).not.toHaveBeenCalled()
  })

  it('handles the same delivery twice', async () => {
    const body = JSON.stringify({
      _id: 'siteSettings',
      _type: 'siteSettings',
      slug: null,
      oldSlug: null,
    })
    const first = await post(await signedRequest(body))
    const second = await post(await signedRequest(body))
    expect([first.status, second.status]).toEqual([200, 200])
    expect(await second.json()).toMatchObject({revalidated: ['siteSettings']})
  })

  it.each<[string, string, string[]]>([
    // Settings (the header and footer, their menus) show on every page.
    ['siteSettings', 'siteSettings', inEveryLanguage(EVERY_PAGE)],
    // A physician shows on the physicians page, the affiliations page (under their hospitals),
    // the locations (where they see patients), the pages they reviewed (in every language: the
    // fallback shows it) and the pages of the treatments they provide; the sitemap lists them.
    // (The page "About Us" lists Dr. Lee.)
    [
      'physician',
      'doc-lee',
      [
        ...inEveryLanguage([
          '/physicians',
          '/affiliations',
          '/locations',
          '/locations/main-office',
          '/treatments/parent',
          '/about-us',
        ]),
        '/sitemap.xml',
      ],
    ],
    // One who reviews nothing: the treatment they provide (t-parent) shows them.
    [
      'physician',
      'doc-kim',
      [
        ...inEveryLanguage([
          '/physicians',
          '/affiliations',
          '/locations',
          '/locations/main-office',
          '/treatments/parent',
        ]),
        '/sitemap.xml',
      ],
    ],
    // A location: the main one's address and hours are in every page's footer, and physicians'
    // profiles name where they see patients.
    ['location', 'loc-main', [...inEveryLanguage(EVERY_PAGE), '/sitemap.xml']],
    // A body area shows on the index and on its treatments.
    [
      'bodyArea',
      'area-back',
      inEveryLanguage([
        '/treatments',
        '/treatments/parent',
        '/treatments/child-a',
        '/treatments/child-b',
        '/treatments/orphan',
      ]),
    ],
    // A parent shows on its own page, its children's pages, the index, home, and the page
    // "About Us" that lists it.
    [
      'treatment',
      't-parent',
      inEveryLanguage([
        '/',
        '/treatments',
        '/sitemap.xml',
        '/treatments/parent',
        '/treatments/child-a',
        '/treatments/child-b',
        '/about-us',
      ]),
    ],
    // The footer menu links to Orphan: every page shows it.
    ['treatment', 't-orphan', [...inEveryLanguage(EVERY_PAGE), '/sitemap.xml']],
    // The header menu links to the page "About Us": every page shows it.
    ['page', 'page-about', [...inEveryLanguage(EVERY_PAGE), '/sitemap.xml']],
    ['affiliation', 'aff-1', inEveryLanguage(['/', '/affiliations', '/physicians'])],
  ])('a %s change (%s) regenerates the pages that show it', async (type, id, pages) => {
    const found = await withEnv(
      {NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: fixture('content.ndjson')},
      () => pagesShowing({type: type as never, id, slugs: [], language: 'en'}),
    )
    expect([...found.listings, ...found.pages].sort()).toEqual([...pages].sort())
  })

  it("names the changed document's own addresses (regenerated and purged first)", async () => {
    const showing = (type: string, id: string, slugs: string[]) =>
      withEnv(
        {NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: fixture('content.ndjson')},
        () => pagesShowing({type: type as never, id, slugs, language: 'en'}),
      )
    const renamed = await showing('treatment', 't-child-b', ['child-b-new', 'child-b'])
    expect([...renamed.own].sort()).toEqual(
      inEveryLanguage(['/treatments/child-b-new', '/treatments/child-b']).sort(),
    )
    // Among the pages to regenerate, not in addition to them.
    expect(renamed.pages).toEqual(expect.arrayContaining(renamed.own))
    const physician = await showing('physician', 'doc-lee', ['pat-lee'])
    expect(physician.own).toEqual(inEveryLanguage(['/physicians/pat-lee']))
    expect((await showing('affiliation', 'aff-1', [])).own).toEqual([])
  })

  it('a change that the menus link to also refreshes the menus’ cache tag, others do not', async () => {
    const showing = (type: string, id: string) =>
      withEnv(
        {NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: fixture('content.ndjson')},
        () => pagesShowing({type: type as never, id, slugs: [], language: 'en'}),
      )
    expect((await showing('treatment', 't-orphan')).tags).toEqual(['siteSettings:menus'])
    expect((await showing('page', 'page-about')).tags).toEqual(['siteSettings:menus'])
    expect((await showing('treatment', 't-parent')).tags).toEqual([])
    // Settings carry the menus themselves: their own tag refreshes them.
    expect((await showing('siteSettings', 'siteSettings')).tags).toEqual([])
    const response = await post(
      await signedRequest(JSON.stringify({_id: 't-orphan', _type: 'treatment', slug: 'orphan'})),
    )
    expect(await response.json()).toMatchObject({
      revalidated: ['treatment', 'treatment:orphan', 'siteSettings:menus'],
    })
  })

  it("a physician's profile is regenerated at its new and old address, in every language", async () => {
    const found = await withEnv(
      {NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: fixture('content.ndjson')},
      () =>
        pagesShowing({
          type: 'physician',
          id: 'doc-lee',
          slugs: ['pat-lee', 'dr-lee'],
          language: 'en',
        }),
    )
    expect(found.listings).toEqual(
      expect.arrayContaining(inEveryLanguage(['/physicians/pat-lee', '/physicians/dr-lee'])),
    )
  })

  it("a location's page is regenerated at its new and old address, in every language", async () => {
    const found = await withEnv(
      {NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: fixture('content.ndjson')},
      () =>
        pagesShowing({
          type: 'location',
          id: 'loc-main',
          slugs: ['main-office', 'old-office'],
          language: 'en',
        }),
    )
    expect(found.listings).toEqual(
      expect.arrayContaining(inEveryLanguage(['/locations/main-office', '/locations/old-office'])),
    )
  })

  it('answers 503 and revalidates nothing when no secret is configured', async () => {
    const response = await post(await signedRequest(treatmentChange), null)
    expect(response.status).toBe(503)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  const unsigned = (headers: Record<string, string>) =>
    new Request(URL, {method: 'POST', headers, body: treatmentChange})

  it.each<[string, () => Promise<Request>]>([
    ['no signature', async () => unsigned({})],
    ['a malformed signature', async () => unsigned({'sanity-webhook-signature': 'nonsense'})],
    ['an empty signature', async () => unsigned({'sanity-webhook-signature': 't=,v1='})],
    [
      'a signature made with another secret',
      () => signedRequest(treatmentChange, {secret: 'wrong'}),
    ],
    [
      'a body changed after signing',
      () => signedRequest(treatmentChange, {tamper: (b) => b.replace('treatment', 'bodyArea')}),
    ],
    [
      'a timestamp older than 5 minutes (replay)',
      () => signedRequest(treatmentChange, {timestamp: Date.now() - 6 * 60 * 1000}),
    ],
    [
      'a timestamp in the future',
      () => signedRequest(treatmentChange, {timestamp: Date.now() + 10 * 60 * 1000}),
    ],
  ])('answers 401 for %s and revalidates nothing', async (_case, makeRequest) => {
    const response = await post(await makeRequest())
    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    ['malformed JSON', '{"_id": "x", '],
    ['an unknown _type', JSON.stringify({_id: 'x', _type: 'sanity.imageAsset'})],
    [
      'a slug that is not a slug',
      JSON.stringify({_id: 'x', _type: 'treatment', slug: '../../etc'}),
    ],
    ['a missing _id', JSON.stringify({_type: 'treatment'})],
    ['a JSON array', '[1, 2]'],
  ])('answers 400 for a signed body with %s', async (_case, body) => {
    const response = await post(await signedRequest(body))
    expect(response.status).toBe(400)
    expect(await response.json()).toHaveProperty('message')
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each<[string, unknown, string]>([
    ['a Spanish translation', 'es', 'es'],
    ['a Chinese translation', 'zh-Hans', 'zh-Hans'],
    ['an English document', 'en', 'en'],
    ['a document without a language', undefined, 'en'],
    ['a null language', null, 'en'],
    ['a language the site does not have', 'fr', 'en'],
    ['a prefix instead of a language', 'zh', 'en'],
  ])('reads the language of %s from the payload', async (_case, language, expected) => {
    const body = JSON.stringify({
      _id: 't-child-b__x',
      _type: 'treatment',
      slug: 'child-b',
      oldSlug: null,
      ...(language === undefined ? {} : {language}),
    })
    const outcome = await checkWebhook(await signedRequest(body), SECRET)
    expect(outcome).toMatchObject({
      ok: true,
      tags: ['treatment', 'treatment:child-b'],
      change: {id: 't-child-b__x', type: 'treatment', slugs: ['child-b'], language: expected},
    })
  })

  it('answers 400 for a language that is not a short string', async () => {
    for (const language of ['x'.repeat(36), 42, ['es']]) {
      const body = JSON.stringify({_id: 'x', _type: 'treatment', language})
      const response = await post(await signedRequest(body))
      expect(response.status).toBe(400)
    }
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('regenerates a renamed translation’s old and new addresses in its language', async () => {
    const body = JSON.stringify({
      _id: 't-child-b__es',
      _type: 'treatment',
      slug: 'hijo-b',
      oldSlug: 'hijo-b-viejo',
      language: 'es',
    })
    const response = await post(await signedRequest(body))
    expect(response.status).toBe(200)
    const {regenerated} = await response.json()
    expect(regenerated).toEqual(
      expect.arrayContaining(['/es/treatments/hijo-b', '/es/treatments/hijo-b-viejo', '/es']),
    )
    expect(regenerated).not.toContain('/treatments/hijo-b')
  })

  it('answers 413 for a body over 64 KB, declared or not', async () => {
    const big = JSON.stringify({
      _id: 'x',
      _type: 'treatment',
      pad: 'x'.repeat(MAX_WEBHOOK_BODY_BYTES),
    })
    expect((await post(await signedRequest(big))).status).toBe(413)

    // Streamed without a length: refused once the limit is passed, without reading the rest.
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        controller.enqueue(new Uint8Array(16 * 1024))
        if (pulled > 1000) controller.close()
      },
    })
    const request = new Request(URL, {method: 'POST', body: stream, duplex: 'half'} as RequestInit)
    expect((await post(request)).status).toBe(413)
    expect(pulled).toBeLessThan(10)
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})
