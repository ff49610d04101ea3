import {expect, test} from '@playwright/test'

import {PUBLIC_PAGES} from './pages'

/* Titles, descriptions, canonical URLs, share tags, sitemap, robots.txt and section anchors. */

const SITE = 'http://localhost:3000' // NEXT_PUBLIC_SITE_URL's default: canonical URLs use it

// Next.js writes the home page's canonical URL without the trailing slash.
const canonical = (path: string) => (path === '/' ? SITE : new URL(path, SITE).toString())

test('every page has its own title, a description, a canonical URL and share tags', async ({
  page,
}) => {
  const titles = new Set<string>()
  for (const path of PUBLIC_PAGES) {
    await page.goto(path)
    const title = await page.title()
    expect(titles.has(title), `${path}: duplicate title ${title}`).toBe(false)
    titles.add(title)
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content')
    expect(await meta('meta[name="description"]'), path).toBeTruthy()
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical(path))
    expect(await meta('meta[property="og:url"]')).toBe(canonical(path))
    expect(await meta('meta[property="og:title"]')).toContain('Orthopedic Spine Clinic')
    expect(await meta('meta[property="og:site_name"]')).toBe('Orthopedic Spine Clinic')
    expect(await meta('meta[name="twitter:card"]')).toBe('summary')
  }
})

test('the sitemap lists every public page, and each answers 200', async ({request}) => {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('xml')
  const xml = await response.text()
  expect(xml).toMatch(/^<\?xml /)
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
  expect(urls.map((url) => new URL(url).pathname).sort()).toEqual([...PUBLIC_PAGES].sort())
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
