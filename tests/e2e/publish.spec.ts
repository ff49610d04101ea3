import {rename} from 'node:fs/promises'

import {expect, test, type APIRequestContext} from '@playwright/test'
import {encodeSignatureHeader} from '@sanity/webhook'

import {appendDocuments, datasetFile, editDocument, isHostedProject} from './support/datasets'
import {E2E_ORIGINS, E2E_WEBHOOK_SECRET} from './support/ports'

/*
 * Publishing, end to end: the content changes in the server's dataset (the bundled file for the
 * local backend, the stand-in's file for the hosted one), a signed webhook names the document,
 * and the pages that show it are refreshed. Without the webhook the cached page stays.
 */

async function sendWebhook(
  request: APIRequestContext,
  payload: object,
  secret = E2E_WEBHOOK_SECRET,
) {
  const body = JSON.stringify(payload)
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  return request.post('/api/revalidate', {
    data: body,
    headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature},
  })
}

const pageText = async (request: APIRequestContext, url: string) => (await request.get(url)).text()

/**
 * The page as its cache holds it once no regeneration is under way. An earlier test's webhook can
 * leave a page stale (the settings touch every page); the next request then regenerates it in the
 * background, and an edit made meanwhile would reach the page without any webhook.
 */
async function cachedPageText(request: APIRequestContext, url: string) {
  let text = ''
  await expect
    .poll(
      async () => {
        const response = await request.get(url)
        text = await response.text()
        return response.headers()['x-nextjs-cache']
      },
      {message: `${url} settles in the cache`, timeout: 30_000},
    )
    .toBe('HIT')
  return text
}

test('a published change shows after the signed webhook, on the page and where it is referenced', async ({
  request,
}, testInfo) => {
  const marker = `Updated summary ${testInfo.project.name} ${Date.now()}`
  const html = await cachedPageText(request, '/treatments/neural-prolotherapy')
  const shareImage = new URL(/property="og:image" content="([^"]+)"/.exec(html)![1]!).pathname
  const imageBefore = await (await request.get(shareImage)).body()
  await editDocument(datasetFile(testInfo.project.name), 'treatment-neural-prolotherapy', (doc) => {
    doc.summary = marker
  })

  // Without a webhook the cached pages stay as they were.
  expect(await pageText(request, '/treatments/neural-prolotherapy')).not.toContain(marker)

  // A forged webhook changes nothing.
  const forged = await sendWebhook(
    request,
    {_id: 'treatment-neural-prolotherapy', _type: 'treatment', slug: 'neural-prolotherapy'},
    'not-the-secret',
  )
  expect(forged.status()).toBe(401)
  expect(await pageText(request, '/treatments/neural-prolotherapy')).not.toContain(marker)

  const response = await sendWebhook(request, {
    _id: 'treatment-neural-prolotherapy',
    _type: 'treatment',
    slug: 'neural-prolotherapy',
    oldSlug: 'neural-prolotherapy',
  })
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({
    revalidated: ['treatment', 'treatment:neural-prolotherapy'],
    failed: [],
  })

  // The very next request shows it: the child's own page, and its parent's page and the index,
  // which list the child's summary.
  for (const url of [
    '/treatments/neural-prolotherapy',
    '/treatments/spine-injections',
    '/treatments',
    // A page built by staff that lists it.
    '/about',
  ]) {
    expect(await pageText(request, url), url).toContain(marker)
  }
  // The share image, which shows the summary, was regenerated with the page.
  const imageAfter = await (await request.get(shareImage)).body()
  expect(imageAfter.equals(imageBefore)).toBe(false)
})

test('a change to the site settings reaches the footer of every page', async ({
  request,
}, testInfo) => {
  const phone = isHostedProject(testInfo.project.name) ? '(555) 010-0177' : '(555) 010-0166'
  await editDocument(datasetFile(testInfo.project.name), 'siteSettings', (doc) => {
    doc.phone = phone
  })
  const response = await sendWebhook(request, {_id: 'siteSettings', _type: 'siteSettings'})
  expect(await response.json()).toMatchObject({revalidated: ['siteSettings'], failed: []})
  for (const url of [
    '/',
    '/treatments',
    '/treatments/proliferation-injection',
    '/affiliations',
    '/new-patients',
    '/es/sobre-la-clinica',
  ]) {
    const text = await pageText(request, url)
    expect(text, `${url}: ${text.match(/010-01\d\d/g)?.join(',')}`).toContain(phone)
  }
})

test('a content outage keeps the last good pages and answers a branded 5xx for new ones', async ({
  page,
  request,
}, testInfo) => {
  const hosted = isHostedProject(testInfo.project.name)
  const file = datasetFile(testInfo.project.name)
  // Hosted: the API answers 503, or never answers (the client's timeout must end it).
  // Bundled dataset: the file cannot be read.
  const outages = hosted ? (['fail', 'hang'] as const) : (['unreadable'] as const)

  for (const outage of outages) {
    const marker = `Outage edit ${outage} ${Date.now()}`
    const before = await cachedPageText(request, '/treatments/proliferation-injection')
    await editDocument(file, 'treatment-proliferation-injection', (doc) => {
      doc.summary = marker
    })
    const setOutage = async (on: boolean) => {
      if (hosted) {
        const mode = on ? outage : 'ok'
        const answer = await request.post(`${E2E_ORIGINS.standIn}/__stand-in/mode/${mode}`)
        expect(await answer.json()).toEqual({outage: on ? outage : null})
      } else if (on) {
        await rename(file, `${file}.away`)
      } else {
        await rename(`${file}.away`, file)
      }
    }
    const change = {
      _id: 'treatment-proliferation-injection',
      _type: 'treatment',
      slug: 'proliferation-injection',
    }
    // A published treatment whose page was never rendered: the site knows its address (a
    // redirect delivery re-reads the addresses and renders no page), the page cache has nothing.
    const neverRendered = `never-rendered-${outage}`
    await appendDocuments(file, [
      {
        _id: `treatment-${neverRendered}`,
        _type: 'treatment',
        title: 'Never Rendered',
        slug: {_type: 'slug', current: neverRendered},
        summary: 'Published while nobody looked.',
      },
    ])
    const known = await sendWebhook(request, {
      _id: 'redirect-old-spine-injections-page',
      _type: 'redirect',
    })
    expect(known.status()).toBe(200)

    await setOutage(true)
    try {
      const webhook = await sendWebhook(request, change)
      expect(webhook.status(), `${outage}: ${await webhook.text()}`).toBe(503)
      // Requests during the outage get the last good page, with 200, again and again.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const kept = await request.get('/treatments/proliferation-injection')
        expect(kept.status()).toBe(200)
        expect(await kept.text()).toBe(before)
      }
      // A page never rendered before answers a branded error page with 5xx, no stack trace.
      const response = await page.goto(`/treatments/${neverRendered}`)
      expect(response?.status()).toBeGreaterThanOrEqual(500)
      await expect(page.getByRole('heading', {level: 1})).toHaveText(
        'This page is not available right now',
      )
      expect(await page.locator('body').innerText()).not.toMatch(
        /Content query failed|ENOENT|aborted|at \w+ \(/,
      )
    } finally {
      await setOutage(false)
    }

    // Sanity retries the delivery once the backend is back: the change appears, and the error
    // was not cached.
    expect((await sendWebhook(request, change)).status()).toBe(200)
    expect(await pageText(request, '/treatments/proliferation-injection')).toContain(marker)
    expect((await request.get(`/treatments/${neverRendered}`)).status()).toBe(200)
  }
})

test('forged and malformed webhooks get their status and change nothing', async ({
  request,
}, testInfo) => {
  const marker = `Forged edit ${testInfo.project.name} ${Date.now()}`
  const url = '/treatments/neural-prolotherapy'
  await cachedPageText(request, url)
  await editDocument(datasetFile(testInfo.project.name), 'treatment-neural-prolotherapy', (doc) => {
    doc.summary = marker
  })
  const change = JSON.stringify({
    _id: 'treatment-neural-prolotherapy',
    _type: 'treatment',
    slug: 'neural-prolotherapy',
  })
  const sign = (body: string, timestamp = Date.now(), secret = E2E_WEBHOOK_SECRET) =>
    encodeSignatureHeader(body, timestamp, secret)
  const cases: Array<[string, number, string, string | undefined]> = [
    ['no signature', 401, change, undefined],
    ['a malformed signature', 401, change, 't=abc,v1=???'],
    ['another secret', 401, change, await sign(change, Date.now(), 'guessed')],
    ['a body changed after signing', 401, change.replace('neural', 'other'), await sign(change)],
    ['a replayed delivery (6 minutes old)', 401, change, await sign(change, Date.now() - 360_000)],
    ['a timestamp in the future', 401, change, await sign(change, Date.now() + 600_000)],
    ['malformed JSON', 400, '{"_id": ', await sign('{"_id": ')],
    [
      'an unknown type',
      400,
      '{"_id":"x","_type":"sanity.imageAsset"}',
      await sign('{"_id":"x","_type":"sanity.imageAsset"}'),
    ],
    [
      'a slug that is not a slug',
      400,
      '{"_id":"x","_type":"treatment","slug":"../x"}',
      await sign('{"_id":"x","_type":"treatment","slug":"../x"}'),
    ],
  ]
  const huge = JSON.stringify({_id: 'x', _type: 'treatment', pad: 'x'.repeat(70_000)})
  cases.push(['a body over 64 KB', 413, huge, await sign(huge)])

  for (const [name, status, body, signature] of cases) {
    const response = await request.post('/api/revalidate', {
      data: Buffer.from(body), // as is: Playwright would re-encode a string that is not JSON
      headers: {
        'content-type': 'application/json',
        ...(signature ? {'sanity-webhook-signature': signature} : {}),
      },
    })
    expect(response.status(), name).toBe(status)
    expect(await pageText(request, url), name).not.toContain(marker)
  }
  // The genuine delivery still works afterwards.
  const genuine = await sendWebhook(request, JSON.parse(change))
  expect(genuine.status()).toBe(200)
  expect(await pageText(request, url)).toContain(marker)
})

test('the webhook answers 405 to other methods and 401 to unsigned requests', async ({request}) => {
  expect((await request.get('/api/revalidate')).status()).toBe(405)
  const unsigned = await request.post('/api/revalidate', {data: {_id: 'x', _type: 'treatment'}})
  expect(unsigned.status()).toBe(401)
})

/** Where a path redirects, without following it. */
async function redirectOf(request: APIRequestContext, url: string) {
  const response = await request.get(url, {maxRedirects: 0})
  return {status: response.status(), location: response.headers()['location'] ?? null}
}

test('a redirect document takes effect on the next request after the signed webhook', async ({
  request,
}, testInfo) => {
  // The bundled dataset's redirect (the clinic's old page address) works from the start.
  expect(await redirectOf(request, '/spine-injections?utm_source=print')).toEqual({
    status: 308,
    location: '/treatments/spine-injections?utm_source=print',
  })

  const id = testInfo.project.name.replace(/\W/g, '-')
  const flyer = `/flyer-${id}`
  const campaign = `/campaign-${id}`
  expect((await redirectOf(request, flyer)).status).toBe(404)
  await appendDocuments(datasetFile(testInfo.project.name), [
    {
      _id: `redirect-flyer-${id}`,
      _type: 'redirect',
      from: flyer,
      to: '/treatments/proliferation-injection',
      permanent: true,
    },
    {
      _id: `redirect-campaign-${id}`,
      _type: 'redirect',
      from: campaign,
      to: '/affiliations',
      permanent: false,
    },
    // Never followed: a loop, and a redirect that would take over a live page.
    {_id: `redirect-loop-a-${id}`, _type: 'redirect', from: `/loop-a-${id}`, to: `/loop-b-${id}`},
    {_id: `redirect-loop-b-${id}`, _type: 'redirect', from: `/loop-b-${id}`, to: `/loop-a-${id}`},
    {
      _id: `redirect-live-${id}`,
      _type: 'redirect',
      from: '/treatments/neural-prolotherapy',
      to: '/',
    },
  ])
  // Published but not yet announced: nothing changes.
  expect((await redirectOf(request, flyer)).status).toBe(404)

  const webhook = await sendWebhook(request, {_id: `redirect-flyer-${id}`, _type: 'redirect'})
  expect(webhook.status()).toBe(200)

  expect(await redirectOf(request, `${flyer}?utm_source=flyer&utm_medium=print`)).toEqual({
    status: 308,
    location: '/treatments/proliferation-injection?utm_source=flyer&utm_medium=print',
  })
  expect(await redirectOf(request, `${campaign.toUpperCase()}/`)).toMatchObject({status: 308}) // trailing slash first
  expect(await redirectOf(request, campaign.toUpperCase())).toEqual({
    status: 307,
    location: '/affiliations',
  })
  const followed = await request.get(`${flyer}?utm_campaign=spring`)
  expect(followed.status()).toBe(200)
  expect(followed.url()).toMatch(/\/treatments\/proliferation-injection\?utm_campaign=spring$/)

  expect((await redirectOf(request, `/loop-a-${id}`)).status).toBe(404)
  expect((await redirectOf(request, `/loop-b-${id}`)).status).toBe(404)
  expect((await redirectOf(request, '/treatments/neural-prolotherapy')).status).toBe(200)
})

test('a treatment renamed twice keeps both old addresses', async ({request}, testInfo) => {
  const file = datasetFile(testInfo.project.name)
  const id = `treatment-renamed-${testInfo.project.name.replace(/\W/g, '-')}`
  const slug = (name: string) => `${name}-${testInfo.project.name.replace(/\W/g, '-')}`
  const [first, second, third] = [slug('first-name'), slug('second-name'), slug('third-name')]
  await appendDocuments(file, [
    {
      _id: id,
      _type: 'treatment',
      title: 'Renamed Treatment',
      slug: {_type: 'slug', current: first},
      summary: 'A treatment whose web address changes twice.',
      bodyArea: {_type: 'reference', _ref: 'bodyArea-spine'},
    },
  ])
  expect((await sendWebhook(request, {_id: id, _type: 'treatment', slug: first})).status()).toBe(
    200,
  )
  expect((await request.get(`/treatments/${first}`)).status()).toBe(200)

  // Each publish of a new address is what the Studio's publish action writes: the old address
  // joins previousSlugs (sanity/actions.ts).
  for (const [from, to, previous] of [
    [first, second, [first]],
    [second, third, [first, second]],
  ] as const) {
    await editDocument(file, id, (doc) => {
      doc.slug = {_type: 'slug', current: to}
      doc.previousSlugs = previous
    })
    const webhook = await sendWebhook(request, {
      _id: id,
      _type: 'treatment',
      slug: to,
      oldSlug: from,
    })
    expect(webhook.status(), await webhook.text()).toBe(200)
  }

  for (const old of [first, second]) {
    expect(await redirectOf(request, `/treatments/${old}?utm_source=qr`)).toEqual({
      status: 308,
      location: `/treatments/${third}?utm_source=qr`,
    })
  }
  const page = await request.get(`/treatments/${third}`)
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain('Renamed Treatment')
})

test('a burst of 100 signed webhooks in 10 s is answered without errors and without a query storm', async ({
  request,
}, testInfo) => {
  test.setTimeout(90_000)
  const hosted = isHostedProject(testInfo.project.name)
  const queries = async () =>
    (
      (await (await request.get(`${E2E_ORIGINS.standIn}/__stand-in/requests`)).json()) as {
        count: number
      }
    ).count
  const change = {
    _id: 'treatment-neural-prolotherapy',
    _type: 'treatment',
    slug: 'neural-prolotherapy',
  }
  // What one delivery costs on its own, then what 100 cost together.
  const beforeOne = hosted ? await queries() : 0
  expect((await sendWebhook(request, change)).status()).toBe(200)
  const one = hosted ? (await queries()) - beforeOne : 0
  const before = hosted ? await queries() : 0
  const statuses: number[] = []
  // Ten deliveries every second, as Sanity sends them during an import.
  for (let second = 0; second < 10; second += 1) {
    const started = Date.now()
    const burst = await Promise.all(
      Array.from({length: 10}, () => sendWebhook(request, change).then((r) => r.status())),
    )
    statuses.push(...burst)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))))
  }
  expect(statuses.filter((status) => status !== 200)).toEqual([])
  expect((await request.get('/treatments/neural-prolotherapy')).status()).toBe(200)
  if (hosted) {
    // Unbatched, 100 deliveries would cost 100 times one. Batched: at most a quarter of that.
    const used = (await queries()) - before
    console.log(`one webhook delivery: ${one} content queries; 100 in 10 s: ${used}`)
    expect(one).toBeGreaterThan(0)
    expect(used).toBeLessThanOrEqual(25 * one)
  }
})

test('a published Spanish edit shows on its page and the Spanish index; English stays', async ({
  request,
}, testInfo) => {
  const marker = `Resumen nuevo ${testInfo.project.name} ${Date.now()}`
  const spanishPage = '/es/treatments/inyecciones-en-la-columna'
  const english = await cachedPageText(request, '/treatments/spine-injections')
  await cachedPageText(request, spanishPage)
  await cachedPageText(request, '/es/treatments')
  await editDocument(
    datasetFile(testInfo.project.name),
    'treatment-spine-injections__es',
    (doc) => {
      doc.summary = marker
    },
  )
  expect(await pageText(request, spanishPage)).not.toContain(marker)

  const response = await sendWebhook(request, {
    _id: 'treatment-spine-injections__es',
    _type: 'treatment',
    slug: 'inyecciones-en-la-columna',
    oldSlug: 'inyecciones-en-la-columna',
    language: 'es',
  })
  expect(response.status()).toBe(200)
  expect((await response.json()).regenerated).toEqual(
    expect.arrayContaining([spanishPage, '/es/treatments', '/es']),
  )
  expect(await pageText(request, spanishPage)).toContain(marker)
  expect(await pageText(request, '/es/treatments')).toContain(marker)
  const englishAfter = await pageText(request, '/treatments/spine-injections')
  expect(englishAfter).not.toContain(marker)
  // The English text is unchanged (its markup may differ only in Next.js's build-time ids).
  const lead = (html: string) => /<p class="lead">([^<]*)<\/p>/.exec(html)?.[1]
  expect(lead(englishAfter)).toBe(lead(english))
  expect(await pageText(request, '/zh/treatments')).not.toContain(marker)
})

test("a published physician's new name shows on every page that names them", async ({
  request,
}, testInfo) => {
  const marker = `Dr. Renamed ${testInfo.project.name.replace(/\W/g, '')} ${Date.now()}`
  // Their profile, the list, a hospital on the affiliations page, a treatment they provide and
  // review (in two languages).
  const pages = [
    '/physicians/example-person',
    '/es/physicians',
    '/zh/affiliations',
    '/treatments/spine-injections',
    '/es/treatments/inyecciones-en-la-columna',
  ]
  for (const url of pages) expect(await cachedPageText(request, url)).not.toContain(marker)
  await editDocument(datasetFile(testInfo.project.name), 'physician-example-person', (doc) => {
    doc.name = marker
  })
  const response = await sendWebhook(request, {
    _id: 'physician-example-person',
    _type: 'physician',
    slug: 'example-person',
    oldSlug: 'example-person',
  })
  expect(response.status()).toBe(200)
  expect((await response.json()).regenerated).toEqual(expect.arrayContaining(pages))
  for (const url of pages) expect(await pageText(request, url), url).toContain(marker)
})

test("a published location's change shows on its page, the list, physicians' profiles and every footer", async ({
  request,
}, testInfo) => {
  const marker = `Moved ${testInfo.project.name.replace(/\W/g, '')} ${Date.now()}`
  // Its page and the list (the name), a physician who sees patients there (the name), and, as
  // the main location, the footer of any page (the street).
  const pages = [
    '/locations/alhambra-office',
    '/zh/locations',
    '/es/physicians/example-person',
    '/treatments/spine-injections',
    '/es',
  ]
  for (const url of pages) expect(await cachedPageText(request, url)).not.toContain(marker)
  await editDocument(datasetFile(testInfo.project.name), 'location-main', (doc) => {
    doc.name = `${marker} office`
    doc.address = {...(doc.address as object), street: `1 ${marker} Street`}
  })
  const response = await sendWebhook(request, {
    _id: 'location-main',
    _type: 'location',
    slug: 'alhambra-office',
    oldSlug: 'alhambra-office',
  })
  expect(response.status()).toBe(200)
  expect((await response.json()).regenerated).toEqual(expect.arrayContaining(pages))
  for (const url of pages) expect(await pageText(request, url), url).toContain(marker)
})

test("a published page's new address and title show on it and in every page's menu; the old address redirects", async ({
  request,
}, testInfo) => {
  const suffix = testInfo.project.name.replace(/\W/g, '-')
  const marker = `Pacientes nuevos ${suffix} ${Date.now()}`
  const slug = `primera-visita-${suffix}`
  // The Spanish menu links the page on every Spanish page (here the home and a treatment).
  const menuPages = ['/es', '/es/treatments/inyecciones-en-la-columna']
  for (const url of menuPages) {
    expect(await cachedPageText(request, url)).toContain('href="/es/pacientes-nuevos"')
  }
  await editDocument(datasetFile(testInfo.project.name), 'page-new-patients__es', (doc) => {
    doc.title = marker
    doc.slug = {_type: 'slug', current: slug}
    // What the Studio's publish action writes on a new address (sanity/actions.ts).
    doc.previousSlugs = ['pacientes-nuevos']
  })
  const response = await sendWebhook(request, {
    _id: 'page-new-patients__es',
    _type: 'page',
    slug,
    oldSlug: 'pacientes-nuevos',
    language: 'es',
  })
  expect(response.status(), await response.text()).toBe(200)
  const page = await request.get(`/es/${slug}`)
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain(marker)
  expect(await redirectOf(request, '/es/pacientes-nuevos?utm_source=flyer')).toEqual({
    status: 308,
    location: `/es/${slug}?utm_source=flyer`,
  })
  for (const url of menuPages) {
    const text = await pageText(request, url)
    expect(text, url).toContain(`href="/es/${slug}"`)
    expect(text, url).not.toContain('href="/es/pacientes-nuevos"')
  }
  // The English page's language links follow the translation to its new address.
  expect(await pageText(request, '/new-patients')).toContain(`href="/es/${slug}"`)
})

test('a menu changed in the settings shows on every page, in each language', async ({
  request,
}, testInfo) => {
  const label = `Sobre el equipo ${testInfo.project.name.replace(/\W/g, '')} ${Date.now()}`
  const pages = ['/es', '/es/physicians', '/es/locations', '/es/sobre-la-clinica']
  for (const url of pages) expect(await cachedPageText(request, url)).not.toContain(label)
  type Label = {language: string; value: string}
  await editDocument(datasetFile(testInfo.project.name), 'siteSettings', (doc) => {
    const about = (doc.headerMenu as Array<{_key: string; label: Label[]}>).find(
      (item) => item._key === 'about',
    )!
    about.label = about.label.map((text) =>
      text.language === 'es' ? {...text, value: label} : text,
    )
  })
  const response = await sendWebhook(request, {_id: 'siteSettings', _type: 'siteSettings'})
  expect(response.status()).toBe(200)
  for (const url of pages) expect(await pageText(request, url), url).toContain(label)
  // English keeps its own label.
  expect(await pageText(request, '/about')).not.toContain(label)
})
