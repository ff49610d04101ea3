/** @jest-environment node */
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {stegaClean} from '@sanity/client/stega'
import {unstable_cache} from 'next/cache'

import {
  fetchContent,
  getAffiliations,
  getClinic,
  getLocation,
  getLocations,
  getTreatment,
  getTreatmentPathsShowing,
  getPhysician,
  getPhysicians,
  getTreatmentSlugs,
  getTreatmentsIndex,
} from '@/lib/content'
import {fetchHosted, hostedClientConfig} from '@/lib/content/hosted'
import {fetchLocal} from '@/lib/content/local'
import {DEFAULT_API_TIMEOUT_MS, readSettings} from '@/lib/settings'
import {settingsQuery} from '@/sanity/queries'

import {fixture, withEnv} from '@/tests/support/content'
import {startStandIn, type StandIn} from '@/tests/support/sanity-stand-in'

// Next's data cache exists only inside a Next.js server; here it runs the query directly and
// records the tags and the backstop it was given.
jest.mock('next/cache', () => ({
  unstable_cache: jest.fn((fn: () => unknown) => fn),
}))
const cacheCalls = () => jest.mocked(unstable_cache).mock.calls

/** The zero-width characters that stega encoding hides in strings. */
const INVISIBLE = /[\u200b-\u200d\u2060-\u2064\ufeff]/

const LOCAL = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: undefined,
  CONTENT_DATASET_FILE: fixture('content.ndjson'),
}

beforeEach(() => jest.mocked(unstable_cache).mockClear())

describe('local backend', () => {
  it('runs the query over the dataset, cached under the given tags and backstop', async () => {
    await withEnv({...LOCAL, REVALIDATE_SECONDS: '120'}, async () => {
      const result = await fetchContent(settingsQuery, {}, ['siteSettings'])
      expect(result?.clinicName).toBe('Fixture Clinic')
    })
    expect(cacheCalls()).toHaveLength(1)
    const [, keyParts, options] = cacheCalls()[0]!
    expect(options).toEqual({tags: ['siteSettings'], revalidate: 120})
    expect(keyParts).toContain(settingsQuery)
  })

  it('tags a treatment page with everything it shows', async () => {
    await withEnv(LOCAL, () => getTreatment('child-a', 'en'))
    // First what is at the address (the treatment, or a translation of it) …
    expect(cacheCalls()[0]![2]!.tags).toEqual([
      'treatment:child-a',
      'treatment',
      'translation.metadata', // the links between a source and its translations
    ])
    // … then the page.
    expect(cacheCalls()[1]![2]!.tags).toEqual([
      'treatment:child-a',
      'treatment', // its parent and its children are treatments
      'bodyArea',
      'physician', // the reviewer and the physicians who provide it
      'location', // where those physicians see patients
      'translation.metadata', // its parent's, children's and body area's texts in the language
    ])
    expect(cacheCalls()).toHaveLength(2)
  })

  it.each<[string, () => Promise<unknown>, string[]]>([
    ['getClinic', () => getClinic('es'), ['siteSettings', 'location']],
    [
      'getTreatmentsIndex',
      () => getTreatmentsIndex('es'),
      ['treatment', 'bodyArea', 'translation.metadata'],
    ],
    ['getAffiliations', getAffiliations, ['affiliation', 'physician']],
    ['getPhysicians', () => getPhysicians(), ['physician', 'location']],
    ['getLocations', () => getLocations('es'), ['location']],
    ['getLocation', () => getLocation('main-office', 'es'), ['location', 'physician']],
    [
      'getPhysician',
      () => getPhysician('pat-lee', 'es'),
      ['physician', 'affiliation', 'treatment', 'translation.metadata', 'location'],
    ],
    ['getTreatmentSlugs', () => getTreatmentSlugs('es'), ['treatment', 'translation.metadata']],
  ])('%s has its tags', async (_name, getter, tags) => {
    await withEnv(LOCAL, () => getter())
    expect(cacheCalls()[0]![2]!.tags).toEqual(tags)
  })

  it('answers null for an implausible slug without querying', async () => {
    await withEnv(LOCAL, async () => {
      await expect(getTreatment('../etc/passwd', 'en')).resolves.toBeNull()
      await expect(getTreatment('x'.repeat(5000), 'es')).resolves.toBeNull()
    })
    expect(cacheCalls()).toHaveLength(0)
  })

  it('throws when the dataset cannot be read: never empty content', async () => {
    await withEnv({...LOCAL, CONTENT_DATASET_FILE: '/nonexistent/data.ndjson'}, async () => {
      await expect(getAffiliations()).rejects.toThrow('Content query failed')
      await expect(getTreatment('parent', 'en')).rejects.toThrow('Content query failed')
    })
  })

  it('throws when the dataset is malformed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'content-'))
    const file = path.join(dir, 'broken.ndjson')
    await writeFile(file, '{"_id":"a","_type":"treatment"}\n{oops\n')
    await withEnv({...LOCAL, CONTENT_DATASET_FILE: file}, async () => {
      await expect(getTreatmentSlugs('en')).rejects.toThrow('Content query failed')
    })
  })
})

describe('draft previews', () => {
  it('the local backend shows drafts over published documents, uncached', async () => {
    const settings = readSettings(LOCAL)
    const query = '*[_type == "treatment" && slug.current == $slug][0].title'
    const options = {tags: ['treatment'], revalidate: 60}
    await expect(fetchLocal(settings, query, {slug: 'child-a'}, options)).resolves.toBe('Child A')
    await expect(
      fetchLocal(settings, query, {slug: 'child-a'}, {...options, draft: true}),
    ).resolves.toBe('Child A (draft title)')
    await expect(
      fetchLocal(settings, query, {slug: 'unpublished'}, {...options, draft: true}),
    ).resolves.toBe('Unpublished')
    // Only the published read went through the cache.
    expect(cacheCalls()).toHaveLength(1)
  })

  it('the hosted backend refuses to preview without a read token', async () => {
    const settings = readSettings({NEXT_PUBLIC_SANITY_PROJECT_ID: 'standin'})
    await expect(
      fetchHosted(settings, '*[0]', {}, {tags: [], revalidate: 60, draft: true}),
    ).rejects.toThrow('SANITY_API_READ_TOKEN')
  })
})

describe('hosted backend (real @sanity/client over HTTP to the stand-in)', () => {
  let standIn: StandIn
  const hosted = () => ({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'standin',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_HOST: standIn.url,
    REVALIDATE_SECONDS: '300',
  })

  beforeAll(async () => {
    standIn = await startStandIn({datasetFile: fixture('content.ndjson')})
  })
  afterAll(() => standIn.close())

  it('returns the same results as the local backend', async () => {
    const viaHosted = await withEnv(hosted(), () => getTreatment('parent', 'en'))
    const viaLocal = await withEnv(LOCAL, () => getTreatment('parent', 'en'))
    expect(viaHosted).toEqual(viaLocal)
    expect(viaHosted).toMatchObject({kind: 'page', title: 'Parent Treatment'})
    // And the same in another language (the English text, as the fallback).
    const spanishHosted = await withEnv(hosted(), () => getTreatment('parent', 'es'))
    expect(spanishHosted).toEqual(await withEnv(LOCAL, () => getTreatment('parent', 'es')))
    expect(spanishHosted).toMatchObject({kind: 'page', fallback: true, language: 'en'})
  })

  it('asks for the published perspective and passes the tags and backstop to fetch', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch')
    try {
      standIn.requests.length = 0
      await withEnv(hosted(), () => getTreatment('child-b', 'en'))
      // The address, then the page.
      expect(standIn.requests).toEqual([
        expect.objectContaining({method: 'GET', perspective: 'published'}),
        expect.objectContaining({method: 'GET', perspective: 'published'}),
      ])
      const next = (call: number) =>
        (fetchSpy.mock.calls[call]?.[1] as RequestInit & {next?: unknown}).next
      expect(next(0)).toEqual({
        tags: ['treatment:child-b', 'treatment', 'translation.metadata'],
        revalidate: 300,
      })
      expect(next(1)).toEqual({
        tags: [
          'treatment:child-b',
          'treatment',
          'bodyArea',
          'physician',
          'location',
          'translation.metadata',
        ],
        revalidate: 300,
      })
    } finally {
      fetchSpy.mockRestore()
    }
    // The hosted backend uses Next's fetch cache, not unstable_cache.
    expect(cacheCalls()).toHaveLength(0)
  })

  it('sends user input only as a $param', async () => {
    standIn.requests.length = 0
    const fetchSpy = jest.spyOn(globalThis, 'fetch')
    try {
      await withEnv(hosted(), () => getTreatment('child-b', 'es'))
      const url = new URL(String(fetchSpy.mock.calls[0]?.[0]))
      expect(url.searchParams.get('$slug')).toBe('"child-b"')
      expect(url.searchParams.get('$lang')).toBe('"es"')
      expect(url.searchParams.get('query')).not.toContain('child-b')
      // The page query gets the ids the address query found, as params too.
      const page = new URL(String(fetchSpy.mock.calls[1]?.[0]))
      expect(page.searchParams.get('$sourceId')).toBe('"t-child-b"')
      expect(page.searchParams.get('query')).not.toContain('t-child-b')
    } finally {
      fetchSpy.mockRestore()
    }
  })

  it('throws when the API fails, and when the project id is invalid', async () => {
    await withEnv({...hosted(), NEXT_PUBLIC_SANITY_DATASET: 'missing'}, async () => {
      await expect(getAffiliations()).rejects.toThrow('Content query failed')
    })
    await withEnv({...hosted(), NEXT_PUBLIC_SANITY_PROJECT_ID: 'Not Valid'}, async () => {
      await expect(getAffiliations()).rejects.toThrow('NEXT_PUBLIC_SANITY_PROJECT_ID')
    })
  })

  it('throws when the API is down (503), even for fresh reads', async () => {
    await fetch(`${standIn.url}/__stand-in/mode/fail`, {method: 'POST'})
    try {
      await withEnv(hosted(), async () => {
        await expect(getAffiliations()).rejects.toThrow('Content query failed')
        await expect(getTreatmentPathsShowing('t-parent')).rejects.toThrow('Content query failed')
      })
    } finally {
      await fetch(`${standIn.url}/__stand-in/mode/ok`, {method: 'POST'})
    }
    await withEnv(hosted(), () => expect(getAffiliations()).resolves.toBeTruthy())
  })

  it('gives up on an API that does not answer, after the configured timeout', async () => {
    await fetch(`${standIn.url}/__stand-in/mode/hang`, {method: 'POST'})
    const started = Date.now()
    try {
      await withEnv({...hosted(), SANITY_API_TIMEOUT_MS: '300'}, async () => {
        await expect(getAffiliations()).rejects.toThrow('Content query failed')
      })
    } finally {
      await fetch(`${standIn.url}/__stand-in/mode/ok`, {method: 'POST'})
    }
    // One try and its retries, each cut off by the timeout: bounded, not forever.
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('previews drafts with the token, stega-encoded for Visual Editing unless asked not to', async () => {
    const settings = readSettings({...hosted(), SANITY_API_READ_TOKEN: 'viewer-token'})
    const query = '*[_type == "treatment" && slug.current == $slug][0]{title}'
    const read = (stega: boolean) =>
      fetchHosted(
        settings,
        query,
        {slug: 'child-a'},
        {tags: [], revalidate: 60, draft: true, stega},
      )
    const encoded = (await read(true)) as {title: string}
    expect(encoded.title).not.toBe('Child A (draft title)')
    expect(encoded.title).toMatch(INVISIBLE)
    expect(stegaClean(encoded.title)).toBe('Child A (draft title)')
    expect(standIn.requests.at(-1)?.perspective).toBe('drafts')
    await expect(read(false)).resolves.toEqual({title: 'Child A (draft title)'})
  })

  it('configures a bounded timeout, few retries, no CDN and the published perspective', () => {
    const config = hostedClientConfig(readSettings(hosted()))
    expect(config).toMatchObject({
      projectId: 'standin',
      useCdn: false,
      perspective: 'published',
      timeout: DEFAULT_API_TIMEOUT_MS,
      apiHost: standIn.url,
      useProjectHostname: false,
    })
    expect(config.maxRetries).toBeLessThanOrEqual(3)
  })
})
