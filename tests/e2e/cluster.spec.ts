import {copyFile, readFile, rename} from 'node:fs/promises'
import path from 'node:path'

import {expect, test, type APIRequestContext} from '@playwright/test'
import {encodeSignatureHeader} from '@sanity/webhook'

import {startNextServer, type NextServer} from '../../scripts/next-server.mjs'
import {startRedisServer, type RedisServer} from '../../scripts/redis-server.mjs'
import {startVarnishFront, type VarnishFront} from '../../scripts/varnish-front.mjs'

import {startStandIn, type StandIn} from '../support/sanity-stand-in'

import {
  appendDocuments,
  datasetFile,
  editDocument,
  isHostedProject,
  readDocument,
} from './support/datasets'
import {
  E2E_DIST_DIRS,
  E2E_PORTS,
  E2E_PREVIEW_SECRET,
  E2E_READ_TOKEN,
  E2E_WEBHOOK_SECRET,
} from './support/ports'

/*
 * Two `next start` instances of one build (the local or the hosted e2e build: projects
 * cluster-local and cluster-hosted; the hosted one against its own stand-in) sharing one Redis (REDIS_URL,
 * lib/cluster), behind the cache in front (Varnish, deploy/varnish/clinic.vcl): what a signed
 * webhook delivered to instance A changes is served by instance B and through the front on the
 * next request — a page, a newly published treatment, a redirect — and the site keeps serving
 * while an instance, Redis, the content backend or every instance is down. Started here, on their
 * own copy of the dataset.
 */

const ROOT = path.join(__dirname, '..', '..')
const A = `http://127.0.0.1:${E2E_PORTS.clusterA}`
const B = `http://127.0.0.1:${E2E_PORTS.clusterB}`
const FRONT = `http://127.0.0.1:${E2E_PORTS.clusterFront}`
const TREATMENT = '/treatments/neural-prolotherapy'

let redis: RedisServer | undefined
let front: VarnishFront | undefined
let standIn: StandIn | undefined
let hosted = false
const servers: NextServer[] = []
let dataset = ''
let logOfA = ''
let logOfB = ''
/** Starts instance B again (after a test stopped it). */
let restartB: () => Promise<void> = async () => {}

test.describe.configure({mode: 'serial'})

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000)
  const work = process.env.E2E_WORK_DIR
  if (!work) throw new Error('E2E_WORK_DIR is not set (tests/e2e/support/global-setup.ts)')
  hosted = isHostedProject(testInfo.project.name)
  // The content the build was made from, before any other test edits it.
  dataset = path.join(work, `cluster-${hosted ? 'hosted' : 'local'}.ndjson`)
  await copyFile(datasetFile(hosted ? 'hosted' : 'local'), dataset)
  redis = await startRedisServer()
  const backend = hosted
    ? await (async () => {
        standIn = await startStandIn({datasetFile: dataset, port: E2E_PORTS.clusterStandIn})
        return {
          NEXT_DIST_DIR: E2E_DIST_DIRS.hosted,
          NEXT_PUBLIC_SANITY_PROJECT_ID: 'e2etest',
          NEXT_PUBLIC_SANITY_DATASET: 'production',
          SANITY_API_HOST: standIn.url,
          SANITY_API_TIMEOUT_MS: '2000',
          SANITY_API_READ_TOKEN: E2E_READ_TOKEN,
        }
      })()
    : {NEXT_DIST_DIR: E2E_DIST_DIRS.local, CONTENT_DATASET_FILE: dataset}
  const env = {
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    ...backend,
    SANITY_REVALIDATE_SECRET: E2E_WEBHOOK_SECRET,
    SANITY_PREVIEW_SECRET: E2E_PREVIEW_SECRET,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: 'clinic-e2e-cluster:',
    CACHE_PURGE_URLS: FRONT,
  }
  for (const [name, port] of [
    ['a', E2E_PORTS.clusterA],
    ['b', E2E_PORTS.clusterB],
  ] as const) {
    const logFile = path.join(work, `server-cluster-${name}.log`)
    if (name === 'a') logOfA = logFile
    if (name === 'b') logOfB = logFile
    servers.push(await startNextServer({root: ROOT, port, env, logFile}))
  }
  front = await startVarnishFront({
    root: ROOT,
    port: E2E_PORTS.clusterFront,
    instances: [E2E_PORTS.clusterA, E2E_PORTS.clusterB].map((port) => ({host: '127.0.0.1', port})),
  })
  restartB = async () => {
    const logFile = path.join(work, 'server-cluster-b-again.log')
    logOfB = logFile
    servers[1] = await startNextServer({root: ROOT, port: E2E_PORTS.clusterB, env, logFile})
  }
})

test.afterAll(async () => {
  await front?.stop()
  await standIn?.close()
  for (const server of servers) server.stop()
  await redis?.close()
})

/** A signed delivery to instance A only. */
async function webhookToA(request: APIRequestContext, payload: object) {
  const body = JSON.stringify(payload)
  const signature = await encodeSignatureHeader(body, Date.now(), E2E_WEBHOOK_SECRET)
  const response = await request.post(`${A}/api/revalidate`, {
    data: body,
    headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature},
  })
  expect(response.status(), await response.text()).toBe(200)
}

const text = async (request: APIRequestContext, url: string) => (await request.get(url)).text()
/** Whether a page shows a text (a failure names the page, not its 100 KB). */
const shows = async (request: APIRequestContext, url: string, marker: string) =>
  (await text(request, url)).includes(marker)

/** The page as B's cache holds it once no regeneration is under way. */
async function settled(request: APIRequestContext, url: string) {
  await expect
    .poll(async () => (await request.get(url)).headers()['x-nextjs-cache'], {timeout: 30_000})
    .toBe('HIT')
  return text(request, url)
}

/** The page as the front holds it (a hit), and its text. */
async function settledAtFront(request: APIRequestContext, url: string) {
  await expect
    .poll(async () => (await request.get(`${FRONT}${url}`)).headers()['x-front-cache'], {
      timeout: 30_000,
    })
    .toBe('HIT')
  return text(request, `${FRONT}${url}`)
}

const editSummary = (marker: string) =>
  editDocument(dataset, 'treatment-neural-prolotherapy', (doc) => {
    doc.summary = marker
  })
const TREATMENT_CHANGE = {
  _id: 'treatment-neural-prolotherapy',
  _type: 'treatment',
  slug: 'neural-prolotherapy',
}

test('the front stores pages compressed, navigations apart, and never the API or unknown addresses', async ({
  request,
}) => {
  const gzip = {'accept-encoding': 'gzip'}
  await settledAtFront(request, TREATMENT)
  const document = await request.get(`${FRONT}${TREATMENT}`, {headers: gzip})
  expect(document.headers()).toMatchObject({
    'x-front-cache': 'HIT',
    'content-encoding': 'gzip',
    'content-type': expect.stringContaining('text/html'),
  })
  // A client navigation's RSC payload is stored apart from the document, and hits too.
  const navigation = {rsc: '1', ...gzip}
  await expect
    .poll(
      async () =>
        (await request.get(`${FRONT}${TREATMENT}`, {headers: navigation})).headers()[
          'x-front-cache'
        ],
    )
    .toBe('HIT')
  const payload = await request.get(`${FRONT}${TREATMENT}`, {headers: navigation})
  expect(payload.headers()['content-type']).toContain('text/x-component')
  expect(await payload.text()).not.toContain('<html')
  expect((await request.get(`${FRONT}${TREATMENT}`)).headers()['content-type']).toContain(
    'text/html',
  )
  // Its share image is stored too.
  const html = await (await request.get(`${FRONT}${TREATMENT}`)).text()
  const shareImage = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
  expect(shareImage).toBeTruthy()
  const imagePath = new URL(shareImage!.replaceAll('&amp;', '&')).pathname
  const image = await request.get(`${FRONT}${imagePath}`)
  expect([image.status(), image.headers()['content-type']]).toEqual([200, 'image/png'])
  expect((await request.get(`${FRONT}${imagePath}`)).headers()['x-front-cache']).toBe('HIT')

  for (const url of ['/treatments/no-such-treatment', '/api/revalidate', '/search?q=knee']) {
    await request.get(`${FRONT}${url}`)
    const again = await request.get(`${FRONT}${url}`)
    expect([url, again.headers()['x-front-cache']]).toEqual([
      url,
      expect.stringMatching(/^(MISS|PASS)$/),
    ])
  }
  expect((await request.get(`${FRONT}/treatments/no-such-treatment`)).status()).toBe(404)
})

test('draft mode through the front shows drafts and never leaks into the cache', async ({
  request,
}) => {
  const marker = `Draft through the front ${Date.now()}`
  const published = await settledAtFront(request, TREATMENT)
  const doc = await readDocument(dataset, TREATMENT_CHANGE._id)
  await appendDocuments(dataset, [{...doc, _id: `drafts.${TREATMENT_CHANGE._id}`, summary: marker}])

  let enableUrl = `/api/draft-mode/enable?secret=${E2E_PREVIEW_SECRET}&redirect=${TREATMENT}`
  if (hosted) {
    // What Sanity's Presentation tool does: store a short-lived secret, open the enable URL with it.
    const secret = `cluster-presentation-${Date.now()}`
    await appendDocuments(dataset, [
      {
        _id: `sanity-preview-url-secret.${secret}`,
        _type: 'sanity.previewUrlSecret',
        _updatedAt: new Date().toISOString(),
        secret,
        source: 'e2e',
        studioUrl: '/studio',
      },
    ])
    enableUrl = `/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=${TREATMENT}`
  }
  const enabled = await request.get(`${FRONT}${enableUrl}`, {maxRedirects: 0})
  expect(enabled.status()).toBe(307)
  const cookie = enabled
    .headersArray()
    .filter(({name}) => name.toLowerCase() === 'set-cookie')
    .map(({value}) => value.split(';')[0])
    .join('; ')
  expect(cookie).toContain('__prerender_bypass=')
  const draft = await request.get(`${FRONT}${TREATMENT}`, {headers: {cookie}})
  expect(draft.headers()['x-front-cache']).toBe('PASS')
  expect((await draft.text()).includes(marker)).toBe(true)

  // Patients still get the published page from the front's cache, before and after.
  const patient = await request.get(`${FRONT}${TREATMENT}`, {headers: {cookie: '_ga=GA1.1.1'}})
  expect(patient.headers()['x-front-cache']).toBe('HIT')
  expect((await patient.text()) === published).toBe(true)
})

test('a change announced to instance A shows on instance B at its next request', async ({
  request,
}) => {
  const marker = `Cluster summary ${Date.now()}`
  expect((await settled(request, `${B}${TREATMENT}`)).includes(marker)).toBe(false)
  for (const page of [TREATMENT, '/treatments']) {
    expect((await settledAtFront(request, page)).includes(marker)).toBe(false)
  }
  await editSummary(marker)
  // Without a webhook, nothing changes (both serve the shared cached page, the front its copy).
  expect(await shows(request, `${B}${TREATMENT}`, marker)).toBe(false)
  expect(await shows(request, `${FRONT}${TREATMENT}`, marker)).toBe(false)

  await webhookToA(request, TREATMENT_CHANGE)
  for (const url of [
    `${B}${TREATMENT}`,
    `${B}/treatments`,
    `${A}${TREATMENT}`,
    `${FRONT}${TREATMENT}`,
    `${FRONT}/treatments`,
  ]) {
    expect(await shows(request, url, marker), url).toBe(true)
  }
})

test('a treatment and a redirect published through A answer on B at once', async ({request}) => {
  const slug = `cluster-new-${Date.now()}`
  const from = `/cluster-flyer-${Date.now()}`
  await appendDocuments(dataset, [
    {
      _id: `treatment-${slug}`,
      _type: 'treatment',
      title: 'Cluster Published Treatment',
      slug: {_type: 'slug', current: slug},
      summary: 'Published through one instance, served by the other.',
    },
    {_id: `redirect-${slug}`, _type: 'redirect', from, to: TREATMENT, permanent: true},
  ])
  // B does not know them yet: the shared 404 and no redirect.
  for (const origin of [B, FRONT]) {
    expect((await request.get(`${origin}/treatments/${slug}`)).status()).toBe(404)
    expect((await request.get(`${origin}${from}`, {maxRedirects: 0})).status()).toBe(404)
  }

  await webhookToA(request, {_id: `treatment-${slug}`, _type: 'treatment', slug})
  for (const origin of [B, FRONT]) {
    const page = await request.get(`${origin}/treatments/${slug}`)
    expect(page.status(), origin).toBe(200)
    expect((await page.text()).includes('Cluster Published Treatment')).toBe(true)
  }

  await webhookToA(request, {_id: `redirect-${slug}`, _type: 'redirect'})
  for (const origin of [B, FRONT]) {
    const redirect = await request.get(`${origin}${from}?utm_source=flyer`, {maxRedirects: 0})
    expect(redirect.status(), origin).toBe(308)
    expect(redirect.headers()['location']).toBe(`${TREATMENT}?utm_source=flyer`)
  }
})

test('an instance that was down during a webhook shows the change when it is back', async ({
  request,
}) => {
  const marker = `While B was down ${Date.now()}`
  await settled(request, `${B}${TREATMENT}`)
  // Killed, as by a crash (a graceful stop waits for open keep-alive connections).
  process.kill(-servers[1]!.pid, 'SIGKILL')
  await expect
    .poll(() =>
      request.get(`${B}/`).then(
        () => 'up',
        () => 'down',
      ),
    )
    .toBe('down')
  // The front sends everything to A: no 5xx, cached or not, before and after its probe notices.
  for (const url of [TREATMENT, '/', '/treatments', '/physicians', '/search?q=back', '/es']) {
    expect((await request.get(`${FRONT}${url}`)).status(), url).toBe(200)
  }
  await editSummary(marker)
  await webhookToA(request, TREATMENT_CHANGE)
  expect(await shows(request, `${FRONT}${TREATMENT}`, marker)).toBe(true)
  await restartB()
  for (const url of [`${B}${TREATMENT}`, `${B}/treatments`]) {
    expect(await shows(request, url, marker), url).toBe(true)
  }
})

test('with Redis down both keep serving, log it once, and rejoin when it is back', async ({
  request,
}, testInfo) => {
  testInfo.setTimeout(90_000)
  const before = await settled(request, `${B}${TREATMENT}`)
  await redis!.stop()
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      for (const origin of [A, B, FRONT]) {
        const response = await request.get(`${origin}${TREATMENT}`)
        expect(response.status()).toBe(200)
      }
    }
    expect((await text(request, `${B}${TREATMENT}`)) === before).toBe(true)
    // A publish during the outage reaches A (B learns of it after Redis is back: below).
    const during = `Outage summary ${Date.now()}`
    await editSummary(during)
    await webhookToA(request, TREATMENT_CHANGE)
    expect(await shows(request, `${A}${TREATMENT}`, during)).toBe(true)
  } finally {
    await redis!.start()
  }
  const log = () => readFile(logOfB, 'utf8')
  await expect.poll(log, {timeout: 10_000}).toMatch(/is back: this instance shares the cache/)
  expect((await log()).match(/is not available/g)).toHaveLength(1)
  // A too (each reconnects on its own schedule, up to a second apart): a webhook that reaches A
  // before it is back is still one during the outage, which B cannot learn of.
  await expect
    .poll(() => readFile(logOfA, 'utf8'), {timeout: 10_000})
    .toMatch(/is back: this instance shares the cache/)

  // The next webhook after the outage leaves no stale page on either instance.
  const after = `After outage summary ${Date.now()}`
  await editSummary(after)
  await webhookToA(request, TREATMENT_CHANGE)
  for (const url of [
    `${B}${TREATMENT}`,
    `${B}/treatments`,
    `${A}${TREATMENT}`,
    `${A}/treatments`,
  ]) {
    expect(await shows(request, url, after), url).toBe(true)
  }
})

test('with the content backend down, the last good pages are served through the front', async ({
  request,
}) => {
  const good = `Last good summary ${Date.now()}`
  await editSummary(good)
  await webhookToA(request, TREATMENT_CHANGE)
  // The dataset file gone (bundled backend), or the stand-in answering 503 (hosted backend).
  const away = `${dataset}.away`
  if (hosted) await request.post(`${standIn!.url}/__stand-in/mode/fail`)
  else await rename(dataset, away)
  try {
    const body = JSON.stringify(TREATMENT_CHANGE)
    const signature = await encodeSignatureHeader(body, Date.now(), E2E_WEBHOOK_SECRET)
    const webhook = await request.post(`${A}/api/revalidate`, {
      data: body,
      headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature},
    })
    expect(webhook.status()).toBe(503)
    for (const url of [`${FRONT}${TREATMENT}`, `${B}${TREATMENT}`, `${FRONT}/treatments`]) {
      const response = await request.get(url)
      expect(response.status(), url).toBe(200)
      expect((await response.text()).includes(good), url).toBe(true)
    }
  } finally {
    if (hosted) await request.post(`${standIn!.url}/__stand-in/mode/ok`)
    else await rename(away, dataset)
  }
})

test('with every instance down, the front serves what it has and says so', async ({request}) => {
  const stored = await settledAtFront(request, TREATMENT)
  for (const server of servers) process.kill(-server.pid, 'SIGKILL')
  await expect
    .poll(async () => (await request.get(`${FRONT}${TREATMENT}`)).headers()['x-front-instances'], {
      timeout: 15_000,
    })
    .toBe("down; served from the front's cache")
  const kept = await request.get(`${FRONT}${TREATMENT}`)
  expect(kept.status()).toBe(200)
  expect((await kept.text()) === stored).toBe(true)
  // What it never stored cannot be served: a plain 503, no stack trace.
  const never = await request.get(`${FRONT}/treatments/never-stored-${Date.now()}`)
  expect(never.status()).toBe(503)
})
