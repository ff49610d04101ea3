import {expect, test} from '@playwright/test'

import {E2E_PUBLIC_PATHS as PUBLIC_PATHS} from '../../scripts/public-pages.mjs'

/* Titles, descriptions, canonical URLs, share tags, sitemap, robots.txt and section anchors. */

const SITE = 'http://localhost:3000' // NEXT_PUBLIC_SITE_URL's default: canonical URLs use it

// Next.js writes the home page's canonical URL without the trailing slash.
const canonical = (path: string) => (path === '/' ? SITE : new URL(path, SITE).toString())

test('every page has its own title, a description, a canonical URL and share tags', async ({
  page,
}) => {
  test.setTimeout(90_000)
  // Unique within a language (the home pages of all languages carry the clinic's name).
  const titles = new Set<string>()
  for (const path of PUBLIC_PATHS) {
    await page.goto(path)
    const title = `${await page.locator('html').getAttribute('lang')}: ${await page.title()}`
    expect(titles.has(title), `${path}: duplicate title ${title}`).toBe(false)
    titles.add(title)
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content')
    expect(await meta('meta[name="description"]'), path).toBeTruthy()
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical(path))
    expect(await meta('meta[property="og:url"]')).toBe(canonical(path))
    expect(await meta('meta[property="og:title"]')).toContain('Orthopedic Spine Clinic')
    expect(await meta('meta[property="og:site_name"]')).toBe('Orthopedic Spine Clinic')
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(await meta('meta[property="og:image"]'), path).toMatch(/\/opengraph-image/)
  }
})

/** Width and height from a PNG's header (the IHDR chunk). */
const pngSize = (bytes: Buffer) => ({width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)})

test('every page has a 1200×630 PNG share image; a treatment has its own', async ({
  page,
  request,
}) => {
  // About 40 pages; share images not prerendered (physicians, translations) render on first request.
  test.setTimeout(120_000)
  const images = new Map<string, string>()
  for (const path of PUBLIC_PATHS) {
    await page.goto(path)
    const url = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe(
      '1200',
    )
    const response = await request.get(new URL(url!).pathname + new URL(url!).search)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    const bytes = await response.body()
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
    expect(pngSize(bytes)).toEqual({width: 1200, height: 630})
    images.set(path, bytes.toString('base64'))
  }
  const treatmentImages = PUBLIC_PATHS.filter((p) => p.includes('/treatments/')).map((p) =>
    images.get(p),
  )
  expect(new Set(treatmentImages).size).toBe(treatmentImages.length)
  expect(treatmentImages).not.toContain(images.get('/'))
})

test('every JSON-LD block parses and has the expected types', async ({page}) => {
  test.setTimeout(90_000)
  const expected: Record<string, string[]> = {
    '/': ['MedicalClinic', 'WebSite'],
    '/treatments/spine-injections': ['MedicalWebPage', 'BreadcrumbList', 'FAQPage'],
    '/treatments/neural-prolotherapy': ['MedicalWebPage', 'BreadcrumbList', 'FAQPage'],
    '/physicians/example-person': ['IndividualPhysician'],
  }
  for (const path of PUBLIC_PATHS) {
    await page.goto(path)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>)
    for (const block of data) expect(block['@context']).toBe('https://schema.org')
    if (expected[path])
      expect(
        data.map((block) => block['@type']),
        path,
      ).toEqual(expected[path])
    if (path.startsWith('/treatments/')) {
      type Block = {about: {'@type': string}; url: string; itemListElement: Array<{item: string}>}
      const [webPage, breadcrumbs] = data as unknown as Block[]
      expect(webPage!.about['@type']).toBe('MedicalProcedure')
      expect(webPage!.url).toBe(canonical(path))
      expect(breadcrumbs!.itemListElement.at(-1)!.item).toBe(canonical(path))
    }
  }
  await page.goto('/')
  const [clinic] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text),
  )
  expect(clinic.memberOf.map((m: {'@type': string}) => m['@type'])).toEqual(
    expect.arrayContaining(['MedicalOrganization', 'Hospital']),
  )
})

test('the sitemap lists every public page, and each answers 200', async ({request}) => {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('xml')
  const xml = await response.text()
  expect(xml).toMatch(/^<\?xml /)
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
  expect(urls.map((url) => new URL(url).pathname).sort()).toEqual([...PUBLIC_PATHS].sort())
  for (const url of urls) {
    expect(url.startsWith(SITE)).toBe(true)
    expect((await request.get(new URL(url).pathname)).status(), url).toBe(200)
  }
  expect(xml).toContain('<lastmod>2026-11-25T12:00:00')
})

test('robots.txt keeps crawlers out of the Studio and the API and points at the sitemap', async ({
  request,
}) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toContain('Disallow: /studio')
  expect(text).toContain('Disallow: /api')
  expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`)
})

test('sections of a treatment page have stable anchors to link to', async ({page}) => {
  await page.goto('/treatments/spine-injections#how-it-works')
  for (const id of [
    'what-it-is',
    'how-it-works',
    'related-procedures',
    'conditions',
    'types',
    'faqs',
  ]) {
    await expect(page.locator(`#${id}`), id).toHaveCount(1)
  }
  await expect(page.locator('#how-it-works')).toBeInViewport()
})

test('pages have an icon and a web manifest', async ({page, request}) => {
  await page.goto('/treatments')
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href')
  expect(icon).toMatch(/^\/icon\.svg/)
  const iconResponse = await request.get(icon!)
  expect(iconResponse.status()).toBe(200)
  expect(iconResponse.headers()['content-type']).toContain('image/svg+xml')
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = await (await request.get(manifestHref!)).json()
  expect(manifest).toMatchObject({
    name: 'Orthopedic Spine Clinic',
    start_url: '/',
    theme_color: '#0b5563',
  })
})
