import {readdir} from 'node:fs/promises'
import path from 'node:path'

import {expect, test} from '@playwright/test'

import {
  EXAMPLE_LOCATION_PATHS,
  EXAMPLE_PHYSICIAN_PATHS,
  PAGE_PER_TYPE_AND_LANGUAGE,
} from '../../scripts/public-pages.mjs'

/*
 * Issue 8: security headers on every kind of response, the image optimizer's limits, and URLs
 * made to confuse the router. Runs on both backends.
 */

const COMMON = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/)
      return [name!, sources]
    }),
  )

test('every kind of response carries the security headers; the site has its CSP', async ({
  request,
}) => {
  const responses = {
    page: await request.get('/treatments/spine-injections'),
    home: await request.get('/'),
    'not found': await request.get('/no-such-page'),
    'unknown treatment': await request.get('/treatments/no-such-treatment'),
    sitemap: await request.get('/sitemap.xml'),
    robots: await request.get('/robots.txt'),
    'share image': await request.get('/opengraph-image-does-not-exist'),
    redirect: await request.get('/spine-injections', {maxRedirects: 0}),
    'webhook (refused)': await request.post('/api/revalidate', {data: {}}),
    search: await request.get('/search?q=%3Cscript%3E'),
  }
  for (const [name, response] of Object.entries(responses)) {
    const headers = response.headers()
    expect(headers, name).toMatchObject(COMMON)
    const csp = directives(headers['content-security-policy'] ?? '')
    expect(csp['object-src'], name).toEqual(["'none'"])
    expect(csp['base-uri'], name).toEqual(["'self'"])
    expect(csp['form-action'], name).toEqual(["'self'"])
    expect(csp['frame-ancestors'], name).toEqual(["'self'"])
    expect(
      csp['img-src']?.every(
        (source) =>
          ["'self'", 'data:'].includes(source) ||
          source.startsWith('https://cdn.sanity.io/images/'),
      ),
      name,
    ).toBe(true)
    expect(csp['script-src'], name).not.toContain("'unsafe-eval'")
  }
  expect(responses.redirect.status()).toBe(308)
  expect(responses['not found'].status()).toBe(404)
})

test('the Studio has its own policy that lets it reach Sanity', async ({request}) => {
  const headers = (await request.get('/studio')).headers()
  expect(headers).toMatchObject(COMMON)
  const csp = directives(headers['content-security-policy'] ?? '')
  expect(csp['connect-src']).toContain('https://*.sanity.io')
  expect(csp['frame-ancestors']).toEqual(["'self'"])
  expect(csp['object-src']).toEqual(["'none'"])
})

test('pages run under the CSP without a single violation', async ({page}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  for (const path of [
    '/',
    '/treatments',
    '/treatments/proliferation-injection',
    '/search?q=back',
    '/affiliations',
  ]) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  // Client-side navigation still works (it loads the next page's data with fetch).
  await page.goto('/')
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Treatments'}).click()
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Treatments')
  expect(violations).toEqual([])
})

test('no page sends a request beyond the site and the project’s images, nor asks for health details', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000)
  // Booking goes to the clinic's phone or its scheduling site: no third-party script, pixel, font
  // or map is loaded, and the only form is the search box.
  const site = new URL(baseURL!).origin
  const elsewhere: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    const allowed =
      url.origin === site ||
      url.protocol === 'data:' ||
      (url.origin === 'https://cdn.sanity.io' && url.pathname.startsWith('/images/'))
    if (!allowed) elsewhere.push(`${page.url()} -> ${request.url()}`)
  })
  const paths = [
    ...Object.values(PAGE_PER_TYPE_AND_LANGUAGE),
    ...EXAMPLE_PHYSICIAN_PATHS.slice(0, 2),
    EXAMPLE_LOCATION_PATHS[0]!,
    '/search?q=injection',
  ]
  for (const path of paths) {
    expect((await page.goto(path))?.status(), path).toBe(200)
    await page.waitForLoadState('networkidle')
    const forms = await page.locator('form').evaluateAll((found) =>
      found.map((form) => ({
        action: new URL((form as HTMLFormElement).action).pathname,
        method: (form as HTMLFormElement).method,
        fields: [...(form as HTMLFormElement).elements]
          .map((field) => (field as HTMLInputElement).name)
          .filter(Boolean),
      })),
    )
    for (const form of forms) {
      expect(form, path).toEqual({
        action: expect.stringMatching(/\/search$/),
        method: 'get',
        fields: ['q'],
      })
    }
  }
  expect(elsewhere).toEqual([])
})

test('the image optimizer serves only the site’s own files and the project’s Sanity images', async ({
  request,
}) => {
  for (const url of [
    'https://evil.example/x.png',
    'https://cdn.sanity.io/images/otherproject/production/a-1x1.png',
    '//evil.example/x.png',
    'http://127.0.0.1:1/x.png',
  ]) {
    const response = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`)
    expect(response.status(), url).toBe(400)
  }
  // Sizes outside the configured list are refused, so nobody can make it render huge images.
  const huge = await request.get(
    `/_next/image?url=${encodeURIComponent('/icon.svg')}&w=100000&q=75`,
  )
  expect(huge.status()).toBe(400)
})

test('routing fuzz: odd and hostile URLs answer 4xx, never 500 and never another page', async ({
  request,
}) => {
  const normal404 = await (await request.get('/treatments/no-such-treatment')).text()
  const cases = [
    '/treatments/..%2F..%2Fetc%2Fpasswd',
    '/treatments/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/treatments/a%00b',
    '/treatments/%00',
    '/treatments/*[_type == "siteSettings"]',
    `/treatments/${encodeURIComponent('"] | *[_type=="x"')}`,
    `/treatments/${'a'.repeat(5000)}`,
    `/treatments/${encodeURIComponent('spine-injections\u0301')}`,
    `/treatments/${encodeURIComponent('spіne-injections')}`, // Cyrillic і
    '/treatments/%E0%A4%A',
    '/treatments/spine-injections/extra',
    '/treatments/no-such.rsc',
    '/no-such-page?_rsc=1',
    '/%5C%5Cevil.example',
  ]
  for (const path of cases) {
    const response = await request.get(path, {maxRedirects: 0})
    const status = response.status()
    expect([400, 404, 414], `${path.slice(0, 60)}: ${status}`).toContain(status)
  }
  // The middleware-bypass header of CVE-2025-29927 changes nothing.
  const bypass = await request.get('/spine-injections', {
    maxRedirects: 0,
    headers: {'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy'},
  })
  expect(bypass.status()).toBe(308)
  // An RSC request for a real page gets that page's data, not another page.
  const rsc = await request.get('/treatments/spine-injections', {headers: {rsc: '1'}})
  expect(rsc.status()).toBe(200)
  expect(await rsc.text()).toContain('Spine Injections')
  expect(normal404).toContain('We could not find that page')
})

test('random unknown treatment addresses answer one cached 404 page and leave nothing in the page cache', async ({
  request,
}, testInfo) => {
  const cached = path.join(process.cwd(), `.next-e2e-${testInfo.project.name}`, 'server', 'app')
  const slugs = Array.from({length: 30}, (_, index) => `random-${Date.now()}-${index}`)
  for (const [index, slug] of slugs.entries()) {
    const response = await request.get(`/treatments/${slug}`)
    expect(response.status()).toBe(404)
    expect(await response.text()).toContain('We could not find that page')
    const headers = response.headers()
    // Answered inside the server: a rewrite to an absolute URL would be fetched over HTTP again
    // (Next.js does that when started with `-H 127.0.0.1`, vercel/next.js#94745).
    expect(headers['x-middleware-rewrite'] ?? '').not.toMatch(/^[a-z]+:/i)
    // Rendered once, then served from the page cache; never kept by shared caches (the address
    // may become a treatment).
    if (index > 0) expect(headers['x-nextjs-cache']).toBe('HIT')
    expect(headers['cache-control']).toContain('no-store')
  }
  const files = await readdir(cached, {recursive: true})
  expect(files.filter((file) => slugs.some((slug) => file.includes(slug)))).toEqual([])
})
