import {expect, test, type Page} from '@playwright/test'

import {E2E_PUBLIC_PATHS as PUBLIC_PATHS, E2E_UNTRANSLATED} from '../../scripts/public-pages.mjs'

import {hydrated} from './support/hydration'
import {E2E_ORIGINS} from './support/ports'

/*
 * The hosted backend (real @sanity/client over HTTP) and the bundled dataset render the same pages:
 * the same text and the same markup (elements, attributes, classes, after hydration), apart from
 * what differs by build (scripts, hashed asset names) and the images' project. So the tests of
 * what a browser does with that markup (axe, keyboard, zoom, print, screenshots: tagged
 * @rendering) run once, on the local build (playwright.config.ts).
 */

/** The body's markup after hydration, without what differs between two builds of one site. */
const markup = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement
    for (const script of body.querySelectorAll('script')) script.remove()
    // React's text separators (<!-- -->) are not rendered; the two servers' HTML differs in one.
    const comments = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT)
    const found: ChildNode[] = []
    while (comments.nextNode()) found.push(comments.currentNode as ChildNode)
    for (const comment of found) comment.remove()
    return body.outerHTML
  })

const buildNeutral = (html: string) =>
  html
    // Hashed file names of the build's own assets.
    .replace(/\/_next\/static\/[^"'\s),]+/g, '/_next/static/…')
    // Images come from each backend's project (the local backend has none of its own).
    .replace(/cdn\.sanity\.io\/(images|files)\/[a-z0-9-]+\/[a-z0-9_-]+\//g, 'cdn.sanity.io/$1/…/')

/** Pages beside the public ones that the @rendering tests open: search, fallback, 404. */
const OTHER_PAGES: Array<[string, number]> = [
  ['/search?q=injection', 200],
  ['/search?q=zzzzqx', 200],
  ['/es/search?q=inyeccion', 200],
  [E2E_UNTRANSLATED.fallbackPath, 200],
  ['/treatments/no-such-treatment', 404],
  ['/zh/no-such-page', 404],
]

for (const [path, status] of [
  ...PUBLIC_PATHS.map((path): [string, number] => [path, 200]),
  ...OTHER_PAGES,
]) {
  test(`${path} is the same on both backends`, async ({browser}) => {
    const texts: string[] = []
    const markups: string[] = []
    for (const origin of [E2E_ORIGINS.local, E2E_ORIGINS.hosted]) {
      const page = await browser.newPage()
      const response = await page.goto(origin + path)
      expect(response?.status()).toBe(status)
      await hydrated(page)
      texts.push(await page.locator('body').innerText())
      markups.push(buildNeutral(await markup(page)))
      await page.close()
    }
    expect(texts[1]).toBe(texts[0])
    expect(texts[0]).toContain('Orthopedic Spine Clinic')
    expect(markups[1]).toBe(markups[0])
  })
}

test('the hosted server serves cached pages without querying Sanity again', async ({request}) => {
  await request.get(`${E2E_ORIGINS.hosted}/treatments/neural-prolotherapy`)
  const before = await (await request.get(`${E2E_ORIGINS.standIn}/__stand-in/requests`)).json()
  for (const path of PUBLIC_PATHS) {
    expect((await request.get(E2E_ORIGINS.hosted + path)).status()).toBe(200)
  }
  const after = await (await request.get(`${E2E_ORIGINS.standIn}/__stand-in/requests`)).json()
  expect(after.count).toBe(before.count)
})
