import {expect, type Page} from '@playwright/test'

import {
  BIDI,
  BIDI_SLUG,
  HOSTILE_PAGES,
  LOCATION_PAGES,
  PAYLOAD,
  TRANSLATED,
  TRANSLATION_PAGES,
} from '../../support/hostile-dataset'

import {hydrated} from './hydration'

/*
 * The hostile site's pages (tests/support/hostile-dataset.ts) and how a test checks that one is
 * harmless: for hostile.spec.ts, and through the TLS front (tls-front.spec.ts).
 */

const PAGES = [
  '/',
  '/treatments',
  '/affiliations',
  '/physicians',
  '/physicians/hostile-physician',
  '/zh/physicians/hostile-physician',
  '/locations',
  `/locations/${LOCATION_PAGES.hostile}`,
  `/locations/${LOCATION_PAGES.brokenHours}`,
  `/locations/${LOCATION_PAGES.duplicate}`,
  '/language-assistance',
  '/treatments/main',
  '/treatments/child',
  '/treatments/self-parent',
  '/treatments/cycle-a',
  '/treatments/cycle-b',
  '/treatments/broken-refs',
  '/treatments/duplicate',
  '/treatments/huge',
  // Pages built by staff: payloads in every block, one address claimed twice.
  `/${HOSTILE_PAGES.hostile}`,
  `/${HOSTILE_PAGES.duplicate}`,
  `/search?q=${encodeURIComponent(PAYLOAD)}`,
  `/search?q=title`,
]

/** Every English page of the hostile site, address → expected status. */
export const HOSTILE_PATHS: Array<[string, number]> = [
  ...PAGES.map((path): [string, number] => [path, 200]),
  // A location without a name has no page, nor has a page without a title.
  [`/locations/${LOCATION_PAGES.nameless}`, 404],
  [`/${HOSTILE_PAGES.untitled}`, 404],
]

/**
 * The English hostile treatments that have no usable translation: their fallback pages (200).
 * `child` has only garbage metadata (its Spanish entry points at a body area): it still has an
 * English page under every prefix.
 */
const UNTRANSLATED = ['child', 'self-parent', 'cycle-a', 'cycle-b', 'broken-refs']

/** Every page type of a translated language, address → expected status. */
export function hostileTranslatedPaths({
  language,
  prefix,
}: {
  language: (typeof TRANSLATED)[number]['language']
  prefix: string
}): Array<[string, number]> {
  const slugs = TRANSLATION_PAGES[language]
  return [
    [prefix, 200],
    [`${prefix}/treatments`, 200],
    [`${prefix}/affiliations`, 200],
    [`${prefix}/language-assistance`, 200],
    // Hostile locations: payloads, malformed hours, one slug claimed twice, no name (404).
    [`${prefix}/locations`, 200],
    [`${prefix}/locations/${LOCATION_PAGES.hostile}`, 200],
    [`${prefix}/locations/${LOCATION_PAGES.brokenHours}`, 200],
    [`${prefix}/locations/${LOCATION_PAGES.duplicate}`, 200],
    [`${prefix}/locations/${LOCATION_PAGES.nameless}`, 404],
    // The hostile translations at their own addresses; those without an English source are 404.
    [`${prefix}/treatments/${slugs.main}`, 200],
    [`${prefix}/treatments/${slugs.huge}`, 200],
    [`${prefix}/treatments/${slugs.duplicate}`, 200],
    [`${prefix}/treatments/${slugs.orphan}`, 404],
    [`${prefix}/treatments/${slugs.lonely}`, 404],
    // Fields of the wrong type: missing, never a crash.
    [`${prefix}/treatments/${slugs.wrongTypes}`, 200],
    [`${prefix}/search?q=${encodeURIComponent(slugs.wrongTypes)}`, 200],
    // English addresses under the prefix: a fallback page, or (followed) the translation's address.
    ...UNTRANSLATED.map((slug): [string, number] => [`${prefix}/treatments/${slug}`, 200]),
    [`${prefix}/treatments/main`, 200],
    [`${prefix}/treatments/huge`, 200],
    [`${prefix}/treatments/duplicate`, 200],
    // The hostile page: its Spanish translation, or the English text under the prefix.
    [`${prefix}/${language === 'es' ? HOSTILE_PAGES.translated : HOSTILE_PAGES.hostile}`, 200],
    // Search with hostile queries.
    [`${prefix}/search?q=${encodeURIComponent(PAYLOAD)}`, 200],
    [`${prefix}/search?q=${encodeURIComponent(`${BIDI}${PAYLOAD}增生inyección`)}`, 200],
    [`${prefix}/search?q=${encodeURIComponent(slugs.main)}`, 200],
    // 404s, also at an address made of bidi and zero-width characters.
    [`${prefix}/no-such-page`, 404],
    [`${prefix}/treatments/no-such-treatment`, 404],
    [`${prefix}/locations/no-such-location`, 404],
    [`${prefix}/treatments/${encodeURIComponent(BIDI)}`, 404],
    [`${prefix}/treatments/${encodeURIComponent(BIDI_SLUG)}`, 404],
  ]
}

/** Listens for dialogs and Content-Security-Policy violations for the whole test. */
export function watch(page: Page) {
  const violations: string[] = []
  const dialogs: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  return {violations, dialogs}
}

/**
 * Opens a page at 390 px and checks that it answers `status`, runs no injected script, keeps the
 * payload out of markup and links, and does not scroll sideways. Soft assertions: one run lists
 * every page that fails, not only the first. Returns the page's response.
 */
export async function expectHarmless(page: Page, path: string, status = 200) {
  const response = await page.goto(path)
  expect.soft(response?.status(), path).toBe(status)
  // Loaded (handlers of injected elements have fired) and hydrated (React has rendered it
  // again). Not 'networkidle': the router's prefetches of linked pages sometimes stayed pending
  // for 25–30 s in a long run, and what they fetch is not run until a navigation.
  await hydrated(page)
  expect
    .soft(await page.evaluate(() => (window as {__pwned?: number}).__pwned), path)
    .toBeUndefined()
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
  expect
    .soft(
      scripts.filter((start) => start !== 'json-ld' && start !== 'self.__next_f.push([1,'),
      path,
    )
    .toEqual([])
  expect.soft(await page.locator('[onerror], [onload], [onmouseover]').count(), path).toBe(0)
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  expect
    .soft(
      hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
      path,
    )
    .toEqual([])
  // No attribute takes a hostile value: `lang` is a language tag, `dir` a direction.
  const langs = await page
    .locator('[lang]')
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('lang')!))
  expect
    .soft(
      langs.filter((lang) => !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)),
      path,
    )
    .toEqual([])
  const dirs = await page
    .locator('[dir]')
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('dir')!))
  expect
    .soft(
      dirs.filter((dir) => !['ltr', 'rtl', 'auto'].includes(dir)),
      path,
    )
    .toEqual([])
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect.soft(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0)
  return response
}
