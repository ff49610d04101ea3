import {readFile} from 'node:fs/promises'
import path from 'node:path'

import {expect, test} from '@playwright/test'

import {PAYLOAD} from '../support/hostile-dataset'

/*
 * A site built on hostile content (tests/support/hostile-dataset.ts): every page answers, no
 * injected script runs, no dangerous link survives, nothing scrolls sideways on a phone, and
 * invalid documents are skipped with a warning in the server log.
 */

const PAGES = [
  '/',
  '/treatments',
  '/affiliations',
  '/treatments/main',
  '/treatments/child',
  '/treatments/self-parent',
  '/treatments/cycle-a',
  '/treatments/cycle-b',
  '/treatments/broken-refs',
  '/treatments/duplicate',
  '/treatments/huge',
  `/search?q=${encodeURIComponent(PAYLOAD)}`,
  `/search?q=title`,
]

test('every page answers 200 and runs no injected script', async ({page}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({width: 390, height: 844})
  const violations: string[] = []
  const dialogs: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  for (const path of PAGES) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => (window as {__pwned?: number}).__pwned), path).toBeUndefined()
    // The payload is shown as text, never as markup: the only scripts that contain it are
    // Next.js's page data (a JSON string) and JSON-LD.
    const scripts = await page
      .locator('script:not([src])')
      .evaluateAll((elements) =>
        elements
          .filter((s) => s.textContent?.includes('__pwned'))
          .map((s) =>
            s.getAttribute('type') === 'application/ld+json'
              ? 'json-ld'
              : s.textContent!.slice(0, 22),
          ),
      )
    expect(
      scripts.filter((start) => start !== 'json-ld' && start !== 'self.__next_f.push([1,'),
      path,
    ).toEqual([])
    expect(await page.locator('[onerror], [onload], [onmouseover]').count(), path).toBe(0)
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    expect(
      hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
      path,
    ).toEqual([])
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0)
  }
  expect(dialogs).toEqual([])
  expect(violations).toEqual([])
})

test('JSON-LD with hostile text still parses and cannot end its script element', async ({page}) => {
  for (const path of ['/', '/treatments/main']) {
    await page.goto(path)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(blocks.length, path).toBeGreaterThan(0)
    for (const block of blocks) {
      expect(block).not.toContain('</script')
      expect(JSON.stringify(JSON.parse(block))).toContain('window.__pwned=1')
    }
  }
})

test('invalid documents are skipped with a warning, never shown half-broken', async ({
  page,
  request,
}) => {
  expect((await request.get('/treatments/no-title')).status()).toBe(404)
  await page.goto('/treatments')
  const links = await page
    .locator('main a[href^="/treatments/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  expect(links).not.toContain('/treatments/no-title')
  expect(links.some((href) => href?.includes('..'))).toBe(false)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).not.toContain('no-title')
  const log = await readFile(path.join(process.env.E2E_WORK_DIR!, 'build-hostile.log'), 'utf8')
  expect(log).toMatch(/Skipped treatment t-no-title \(.*\): it has no title/)
})
