/** @jest-environment node */
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {createClient, type SanityClient} from '@sanity/client'
import EventSource from '@sanity/eventsource'
import {isValidSignature} from '@sanity/webhook'

import {startStandIn, type StandIn} from '@/tests/support/sanity-stand-in'

/*
 * The stand-in's Studio mode against the real @sanity/client: the calls the Studio makes for
 * mutations, document actions and the listener, and the webhook it sends on publish.
 */

const TOKEN = 'stand-in-editor-token'
const SECRET = 'unit-webhook-secret'
const FILTER = '_type in ["treatment"]'
const PROJECTION = '{_id, _type, "slug": slug.current, "oldSlug": before().slug.current}'

let standIn: StandIn
let client: SanityClient
let file: string
let site: Server
const received: Array<{body: string; valid: boolean; operation: unknown}> = []

beforeAll(async () => {
  file = path.join(await mkdtemp(path.join(tmpdir(), 'stand-in-studio-')), 'dataset.ndjson')
  await writeFile(
    file,
    [
      {_id: 'spine', _type: 'treatment', title: 'Spine Injections', slug: {current: 'spine'}},
      {_id: 'settings', _type: 'siteSettings', clinicName: 'Clinic'},
    ]
      .map((doc) => JSON.stringify(doc))
      .join('\n'),
  )
  site = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const signature = String(req.headers['sanity-webhook-signature'])
      received.push({
        body,
        valid: await isValidSignature(body, signature, SECRET),
        operation: req.headers['sanity-operation'],
      })
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  const {port} = site.address() as AddressInfo
  standIn = await startStandIn({
    datasetFile: file,
    studio: {
      projectId: 'unit',
      token: TOKEN,
      webhook: {
        url: `http://127.0.0.1:${port}/api/revalidate`,
        secret: SECRET,
        filter: FILTER,
        projection: PROJECTION,
      },
    },
  })
  client = createClient({
    projectId: 'unit',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: standIn.url,
    useProjectHostname: false,
    useCdn: false,
    token: TOKEN,
  })
})

afterAll(async () => {
  await standIn.close()
  await new Promise((resolve) => site.close(resolve))
})

const waitFor = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 20))
}

test('the current user answers only the token', async () => {
  expect(await client.request({uri: '/users/me'})).toMatchObject({id: 'stand-in-editor'})
  expect(await client.withConfig({token: 'wrong'}).request({uri: '/users/me'})).toEqual({})
})

test('mutations: create, patches and delete, applied with @sanity/mutator and written to the file', async () => {
  await client
    .transaction()
    .create({_id: 'drafts.new', _type: 'treatment', title: 'New', tags: ['a'], count: 1})
    .createIfNotExists({_id: 'drafts.new', _type: 'treatment', title: 'Ignored'})
    .patch('drafts.new', (p) =>
      p
        .set({summary: 'Short'})
        .setIfMissing({order: 3})
        .inc({count: 2})
        .dec({order: 1})
        .insert('after', 'tags[-1]', ['b'])
        .diffMatchPatch({title: '@@ -1,3 +1,7 @@\n New\n+ one\n'})
        .unset(['summary']),
    )
    .commit()
  const doc = await client.getDocument('drafts.new')
  expect(doc).toMatchObject({title: 'New one', tags: ['a', 'b'], count: 3, order: 2})
  expect(doc).not.toHaveProperty('summary')
  expect(doc?._rev).toEqual(expect.any(String))
  expect(await readFile(file, 'utf8')).toContain('"New one"')

  await client.createOrReplace({_id: 'drafts.new', _type: 'treatment', title: 'Replaced'})
  expect(await client.getDocument('drafts.new')).toMatchObject({title: 'Replaced'})
  await client.delete('drafts.new')
  expect(await client.getDocument('drafts.new')).toBeUndefined()
  await expect(client.create({_id: 'spine', _type: 'treatment'})).rejects.toThrow(/already exists/)
})

test('documents by id and the listener: welcome, then mutation events with Mendoza effects', async () => {
  // @sanity/client opens the listener with @sanity/eventsource through a dynamic import, which
  // jest cannot run: the same EventSource, on the URL the client builds (listen() in its source).
  const params = new URLSearchParams({
    query: '*[_id in $ids]',
    $ids: JSON.stringify(['drafts.spine', 'spine']),
    includeResult: 'false',
    effectFormat: 'mendoza',
    events: 'welcome,mutation',
  })
  const source = new EventSource(`${standIn.url}/v2025-02-19/data/listen/production?${params}`, {
    headers: {Authorization: `Bearer ${TOKEN}`},
  })
  const events: Array<{type: string} & Record<string, unknown>> = []
  for (const type of ['welcome', 'mutation']) {
    source.addEventListener(type, (event) => {
      events.push({type, ...JSON.parse((event as MessageEvent<string>).data)})
    })
  }
  await waitFor(() => events.length > 0)
  await client.action({
    actionType: 'sanity.action.document.edit',
    draftId: 'drafts.spine',
    publishedId: 'spine',
    patch: {set: {title: 'Spine Injections, edited'}},
  })
  await waitFor(() => events.length > 1)
  source.close()
  const [welcome, mutation] = events
  expect(welcome?.type).toBe('welcome')
  expect(mutation).toMatchObject({
    type: 'mutation',
    documentId: 'drafts.spine',
    transition: 'appear',
    effects: {apply: [0, expect.objectContaining({title: 'Spine Injections, edited'})]},
  })
  const {documents, omitted} = await client.request<{documents: unknown[]; omitted: unknown[]}>({
    uri: '/data/doc/production/spine,drafts.spine,missing',
  })
  expect(documents).toHaveLength(2)
  expect(omitted).toEqual([{id: 'missing', reason: 'existence'}])
})

test('the publish, unpublish and discard actions; publishing sends the signed webhook', async () => {
  const published = await client.getDocument('spine')
  await client.action({
    actionType: 'sanity.action.document.edit',
    draftId: 'drafts.spine',
    publishedId: 'spine',
    patch: {set: {slug: {_type: 'slug', current: 'spine-injections'}}},
  })
  await client.action({
    actionType: 'sanity.action.document.publish',
    draftId: 'drafts.spine',
    publishedId: 'spine',
    ifPublishedRevisionId: published?._rev,
  })
  expect(await client.getDocument('drafts.spine')).toBeUndefined()
  expect(await client.getDocument('spine')).toMatchObject({
    title: 'Spine Injections, edited',
    slug: {current: 'spine-injections'},
  })
  await waitFor(() => received.length > 0)
  expect(received).toEqual([
    {
      body: JSON.stringify({
        _id: 'spine',
        _type: 'treatment',
        slug: 'spine-injections',
        oldSlug: 'spine',
      }),
      valid: true,
      operation: 'update',
    },
  ])
  // A stale revision is refused, as Sanity's optimistic lock does.
  await client.action({
    actionType: 'sanity.action.document.edit',
    draftId: 'drafts.spine',
    publishedId: 'spine',
    patch: {set: {title: 'Again'}},
  })
  await expect(
    client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.spine',
      publishedId: 'spine',
      ifPublishedRevisionId: published?._rev,
    }),
  ).rejects.toThrow(/revision/)
  await client.action({actionType: 'sanity.action.document.discard', draftId: 'drafts.spine'})
  expect(await client.getDocument('drafts.spine')).toBeUndefined()

  await client.action({
    actionType: 'sanity.action.document.unpublish',
    draftId: 'drafts.spine',
    publishedId: 'spine',
  })
  expect(await client.getDocument('spine')).toBeUndefined()
  expect(await client.getDocument('drafts.spine')).toMatchObject({
    title: 'Spine Injections, edited',
  })
  await waitFor(() => received.length > 1)
  expect(received[1]).toMatchObject({operation: 'delete', valid: true})
  // Drafts and documents outside the filter send nothing.
  await client.patch('settings').set({clinicName: 'Clinic 2'}).commit()
  await new Promise((r) => setTimeout(r, 200))
  expect(received).toHaveLength(2)
  expect(standIn.deliveries.map(({status}) => status)).toEqual([200, 200])
})

test('what the Presentation tool needs: its preview secret, deletion by query, live events, the CORS check', async () => {
  // As @sanity/preview-url-secret's createPreviewSecret stores a secret and clears expired ones.
  await client
    .transaction()
    .createOrReplace({_id: 'drafts.secret-new', _type: 'sanity.previewUrlSecret'})
    .patch('drafts.secret-new', (p) => p.set({secret: 'fresh'}))
    .create({
      _id: 'drafts.secret-old',
      _type: 'sanity.previewUrlSecret',
      secret: 'old',
      expired: true,
    })
    .commit()
  await client.delete({
    query: '*[_type == $type && expired]',
    params: {type: 'sanity.previewUrlSecret'},
  })
  expect(await client.getDocument('drafts.secret-old')).toBeUndefined()
  // The site checks the secret as next-sanity's draft mode does: raw perspective, within the hour.
  const valid = await client
    .withConfig({perspective: 'raw'})
    .fetch(
      '*[_type == "sanity.previewUrlSecret" && secret == $secret && dateTime(_updatedAt) > dateTime(now()) - 3600][0].secret',
      {
        secret: 'fresh',
      },
    )
  expect(valid).toBe('fresh')

  const events = await fetch(`${standIn.url}/v2025-02-19/data/live/events/production`)
  expect(events.headers.get('content-type')).toBe('text/event-stream')
  const reader = events.body!.getReader()
  expect(new TextDecoder().decode((await reader.read()).value)).toBe('event: welcome\ndata: {}\n\n')
  await reader.cancel()
  expect(await client.request({uri: '/check/cors'})).toEqual({
    result: {allowed: true, withCredentials: true},
  })
})

test('requests it does not implement are logged and answered with Sanity’s error shape', async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
  await expect(client.request({uri: '/journey/projects'})).rejects.toMatchObject({statusCode: 404})
  expect(standIn.unknown).toContain('GET /v2025-02-19/journey/projects')
  warn.mockRestore()
})

test('queries keep working, and CORS lets the site’s origin in', async () => {
  expect(await client.fetch('*[_type == "siteSettings"][0].clinicName')).toBe('Clinic 2')
  const preflight = await fetch(`${standIn.url}/v2025-02-19/data/mutate/production`, {
    method: 'OPTIONS',
    headers: {origin: 'http://127.0.0.1:3200', 'access-control-request-headers': 'authorization'},
  })
  expect(preflight.status).toBe(204)
  expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3200')
  expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization')
})
