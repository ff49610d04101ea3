import path from 'node:path'

import {expect, test, type APIResponse, type Page, type Response} from '@playwright/test'

import {PUBLIC_PAGES} from '../../scripts/public-pages.mjs'
import {startTlsFront, type TlsFront} from '../../scripts/tls-front.mjs'
import {startVarnishFront, type VarnishFront} from '../../scripts/varnish-front.mjs'
import {describeScan, observatoryScan} from '../observatory/scan.mjs'
import {TRANSLATED} from '../support/hostile-dataset'

import {expectHarmless, HOSTILE_PATHS, hostileTranslatedPaths, watch} from './support/hostile'
import {hydrated} from './support/hydration'
import {E2E_PORTS} from './support/ports'

/*
 * The TLS front (nginx, deploy/nginx/clinic-tls.conf) with a nonce per response: in front of a
 * cache (Varnish) in front of the local e2e server, and directly in front of the hostile one.
 * Pages of every type load, hydrate and navigate with no CSP violation; every <script> of a
 * response carries that response's nonce, new for every response of a cached page; hostile
 * content runs nothing; Mozilla's HTTP Observatory grades it A+.
 */

const ROOT = path.join(__dirname, '..', '..')
const OBSERVATORY = path.join(ROOT, 'tests', 'observatory')
const LOCAL = `https://127.0.0.1:${E2E_PORTS.tlsLocal}`
const HOSTILE = `https://127.0.0.1:${E2E_PORTS.tlsHostile}`
const LOCAL_DIRECT = `http://127.0.0.1:${E2E_PORTS.local}`

let cache: VarnishFront | undefined
let localFront: TlsFront | undefined
let hostileFront: TlsFront | undefined

test.describe.configure({mode: 'serial'})
// The fronts' certificates come from a throw-away authority the browser does not know.
test.use({ignoreHTTPSErrors: true})

test.beforeAll(async () => {
  cache = await startVarnishFront({
    root: ROOT,
    port: E2E_PORTS.tlsLocalCache,
    instances: [{host: '127.0.0.1', port: E2E_PORTS.local}],
  })
  localFront = await startTlsFront({
    root: ROOT,
    port: E2E_PORTS.tlsLocal,
    upstream: `127.0.0.1:${E2E_PORTS.tlsLocalCache}`,
  })
  hostileFront = await startTlsFront({
    root: ROOT,
    port: E2E_PORTS.tlsHostile,
    upstream: `127.0.0.1:${E2E_PORTS.hostile}`,
  })
})

test.afterAll(async () => {
  await hostileFront?.stop()
  await localFront?.stop()
  await cache?.stop()
})

/** The nonce of a response's policy (128 bits in hex, nginx's $request_id). */
function nonceOf(response: Response | APIResponse) {
  const policy = response.headers()['content-security-policy'] ?? ''
  expect(policy, 'script-src without unsafe-inline').not.toMatch(/script-src[^;]*'unsafe-inline'/)
  const nonce = /script-src[^;]*'nonce-([0-9a-f]{32})'/.exec(policy)?.[1]
  expect(nonce, `a nonce in ${policy}`).toBeDefined()
  return nonce!
}

/**
 * Every `<script` start tag of an HTML text, and what it is: the framework's chunks, page data (the
 * RSC payload) and Turbopack's bootstrap, JSON-LD, or something else (listed in full, so a
 * failure shows it).
 */
function scriptsOf(html: string) {
  return [...html.matchAll(/<script\b([^>]*)>([^<]{0,24})/gi)].map(([, attributes, start]) => {
    const kind = / src="\/_next\/static\//.test(attributes!)
      ? 'chunk'
      : / type="application\/ld\+json"/.test(attributes!)
        ? 'json-ld'
        : /^\(?self\.__next_f[.=]/.test(start!)
          ? 'page data'
          : /^\(globalThis\["TURBOPACK"\]/.test(start!)
            ? 'bootstrap'
            : `other: <script${attributes}>${start}`
    return {attributes: attributes!, kind}
  })
}

/** Every script of the response carries its nonce, first, and is the framework's or JSON-LD. */
function expectStamped(html: string, nonce: string, where: string) {
  const scripts = scriptsOf(html)
  expect.soft(scripts.length, where).toBeGreaterThan(0)
  expect
    .soft(
      scripts.filter(({attributes}) => !attributes.startsWith(` nonce="${nonce}"`)),
      `${where}: scripts without this response's nonce`,
    )
    .toEqual([])
  expect
    .soft(
      scripts.map(({kind}) => kind).filter((kind) => kind.startsWith('other')),
      `${where}: scripts that are neither the framework's nor JSON-LD`,
    )
    .toEqual([])
}

/**
 * Collects Content-Security-Policy violations as the page reports them (the event, which the
 * console message may not name) and console errors, for the whole test.
 */
async function watchPolicy(page: Page) {
  const violations: string[] = []
  await page.exposeBinding('__reportViolation', (_source, text: string) => violations.push(text))
  // Playwright's init scripts are not subject to the page's policy.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as {__reportViolation: (text: string) => void})
        .__reportViolation
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return {violations, errors}
}

test.describe('in front of the cache and the local server', () => {
  test.use({baseURL: LOCAL})

  test("Mozilla's HTTP Observatory grades the front A+", async ({}, testInfo) => {
    test.setTimeout(120_000)
    // The same front keeping the site's own policy ('unsafe-inline'), for comparison.
    const plain = await startTlsFront({
      root: ROOT,
      port: E2E_PORTS.tlsPlain,
      upstream: `127.0.0.1:${E2E_PORTS.tlsLocalCache}`,
      nonce: false,
    })
    let before
    try {
      before = observatoryScan({
        dir: OBSERVATORY,
        host: `localhost:${E2E_PORTS.tlsPlain}`,
        caFile: plain.caFile,
      })
    } finally {
      await plain.stop()
    }
    const after = observatoryScan({
      dir: OBSERVATORY,
      host: `localhost:${E2E_PORTS.tlsLocal}`,
      caFile: localFront!.caFile,
    })
    const report =
      `The site's own policy behind TLS: ${describeScan(before)}\n` +
      `With a nonce per response: ${describeScan(after)}`
    console.log(report)
    testInfo.annotations.push({type: 'observatory', description: report})
    expect(after.scan.grade, describeScan(after)).toBe('A+')
  })

  test('pages of every type load and hydrate, with every script stamped and no violation', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const {violations, errors} = await watchPolicy(page)
    // The first page of each type, physicians, search and translations (and a 404 below).
    const firstOfType = new Map<string, string>()
    for (const {type, path} of PUBLIC_PAGES) if (!firstOfType.has(type)) firstOfType.set(type, path)
    const pages = [
      ...firstOfType.values(),
      '/physicians',
      '/physicians/example-person',
      '/search?q=injection',
      '/es/treatments',
      '/zh/locations',
    ]
    for (const path of pages) {
      const response = await page.goto(path)
      expect.soft(response?.status(), path).toBe(200)
      await hydrated(page)
      expectStamped(await response!.text(), nonceOf(response!), path)
    }
    const missing = await page.goto('/no-such-page')
    expect(missing?.status()).toBe(404)
    expectStamped(await missing!.text(), nonceOf(missing!), '/no-such-page')
    await hydrated(page)
    // Chromium reports a document that answers 404 as a console error: only that one.
    expect(violations).toEqual([])
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([])
  })

  test('a client-side navigation works under the nonce policy', async ({page}) => {
    const {violations, errors} = await watchPolicy(page)
    // The navigation's RSC payload, or the prefetch it uses, through the front.
    const payloads: number[] = []
    page.on('response', (response) => {
      if (response.request().headers().rsc === '1') payloads.push(response.status())
    })
    await page.goto('/')
    await hydrated(page)
    await page.evaluate(() => ((window as {sameDocument?: boolean}).sameDocument = true))
    await page
      .getByRole('navigation', {name: 'Main', exact: true})
      .locator('a[href="/treatments"]')
      .click()
    await page.waitForURL('**/treatments')
    await expect(page.getByRole('heading', {level: 1})).toBeVisible()
    // The page changed without a new document: the marker set on the old one is still there.
    expect(await page.evaluate(() => (window as {sameDocument?: boolean}).sameDocument)).toBe(true)
    expect(payloads.length).toBeGreaterThan(0)
    expect(payloads.filter((status) => status !== 200)).toEqual([])
    expect(violations).toEqual([])
    expect(errors).toEqual([])
  })

  test('a handler or an inline script inserted at run time is refused', async ({page}) => {
    const {violations} = await watchPolicy(page)
    await page.goto('/')
    await hydrated(page)
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__pwned=1">')
      const script = document.createElement('script')
      script.textContent = 'window.__pwned=2'
      document.body.append(script)
    })
    await expect.poll(() => violations.length).toBe(2)
    expect(violations.map((violation) => violation.split(' ')[0]).sort()).toEqual([
      'script-src-attr',
      'script-src-elem',
    ])
    expect(await page.evaluate(() => (window as {__pwned?: number}).__pwned)).toBeUndefined()
  })

  test('every response of a cached page has a nonce of its own; the rest passes unchanged', async ({
    request,
  }) => {
    const url = '/treatments'
    await expect
      .poll(async () => (await request.get(url)).headers()['x-front-cache'], {timeout: 30_000})
      .toBe('HIT')
    const [first, second] = [await request.get(url), await request.get(url)]
    const nonces = [nonceOf(first), nonceOf(second)]
    expect(nonces[0]).not.toBe(nonces[1])
    const [one, two] = [await first.text(), await second.text()]
    for (const [index, response] of [first, second].entries()) {
      // Served by the cache, compressed here, with no validator (never a 304 of another nonce).
      expect(response.headers()['x-front-cache']).toBe('HIT')
      expect(response.headers()['content-encoding']).toBe('gzip')
      expect(response.headers().etag).toBeUndefined()
      expectStamped(index ? two : one, nonces[index]!, url)
    }
    // The same page otherwise, and as many scripts as the server wrote.
    expect(one.replaceAll(nonces[0]!, 'N')).toBe(two.replaceAll(nonces[1]!, 'N'))
    const direct = await request.get(`${LOCAL_DIRECT}${url}`)
    const served = (await direct.text()).match(/<script/gi)?.length
    expect(one.match(/<script/gi)?.length).toBe(served)
    // A page is never answered 304, even for the server's own validator.
    const etag = direct.headers().etag
    if (etag)
      expect((await request.get(url, {headers: {'if-none-match': etag}})).status()).toBe(200)

    // HSTS from the front; the site's other headers kept.
    const headers = first.headers()
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toContain('camera=()')
    // The rest of the policy is the site's.
    const policy = headers['content-security-policy']!.replace(
      `'nonce-${nonces[0]}'`,
      "'unsafe-inline'",
    )
    expect(policy).toBe(direct.headers()['content-security-policy'])

    // Build assets: no policy, compressed as the cache stored them.
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(one)![1]!
    const asset = await request.get(chunk)
    expect(asset.status()).toBe(200)
    expect(asset.headers()['content-security-policy']).toBeUndefined()
    expect(asset.headers()['content-encoding']).toBe('gzip')
    // The Studio keeps its own policy.
    const studio = (await request.get('/studio')).headers()['content-security-policy']
    expect(studio).toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(studio).not.toContain("'nonce-")
    // Plain HTTP to the front's port is sent to HTTPS.
    const plain = await request.get(`http://127.0.0.1:${E2E_PORTS.tlsLocal}${url}?a=1`, {
      maxRedirects: 0,
    })
    expect(plain.status()).toBe(308)
    expect(plain.headers().location).toBe(`https://127.0.0.1:${E2E_PORTS.tlsLocal}${url}?a=1`)
  })
})

test.describe('in front of the hostile server', () => {
  test.use({baseURL: HOSTILE})

  const languages = [
    {name: 'en', pages: HOSTILE_PATHS},
    ...TRANSLATED.map(({language, prefix}) => ({
      name: language,
      pages: hostileTranslatedPaths({language, prefix}),
    })),
  ]
  for (const {name, pages} of languages) {
    test(`${name}: no injected script runs, every script is the framework's, no violation`, async ({
      page,
    }) => {
      test.setTimeout(300_000)
      await page.setViewportSize({width: 390, height: 844})
      const {violations: reported} = await watchPolicy(page)
      const {violations, dialogs} = watch(page)
      for (const [path, status] of pages) {
        const response = await expectHarmless(page, path, status)
        if (response) expectStamped(await response.text(), nonceOf(response), path)
      }
      expect(dialogs).toEqual([])
      expect(violations).toEqual([])
      expect(reported).toEqual([])
    })
  }
})
