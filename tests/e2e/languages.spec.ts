import {expect, test, type Page} from '@playwright/test'

import {E2E_PUBLIC_PATHS, E2E_UNTRANSLATED} from '../../scripts/public-pages.mjs'

import {wcagViolations} from './support/axe'
import {RENDERING} from './support/rendering'

/*
 * Spanish and Chinese (issue 14), on both backends: every page type in every language, the
 * language switcher, hreflang alternates, the fallback for a missing translation (the e2e datasets
 * leave one out: scripts/public-pages.mjs E2E_UNTRANSLATED), search, accessibility and CJK text.
 */

const SITE = 'http://localhost:3000' // NEXT_PUBLIC_SITE_URL's default: alternates use it
const LANG_OF_PREFIX: Record<string, string> = {es: 'es', zh: 'zh-Hans'}
const languageOfPath = (path: string) => LANG_OF_PREFIX[path.split('/')[1] ?? ''] ?? 'en'

/** Every page type in each language, plus what only exists per request (search, 404). */
const EXTRA_PAGES = [
  {path: E2E_UNTRANSLATED.fallbackPath, status: 200},
  {path: '/es/search?q=columna', status: 200},
  {path: '/zh/search?q=%E8%84%8A%E6%9F%B1', status: 200},
  {path: '/es/no-such-page', status: 404},
  {path: '/zh/treatments/no-such-treatment', status: 404},
  {path: '/es/treatments/no-such-treatment', status: 404},
]

test('every page type answers in every language with the right lang', async ({page}) => {
  test.setTimeout(90_000)
  const pages = [...E2E_PUBLIC_PATHS.map((path) => ({path, status: 200})), ...EXTRA_PAGES]
  for (const {path, status} of pages) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(status)
    expect(await page.locator('html').getAttribute('lang'), path).toBe(languageOfPath(path))
    await expect(page.getByRole('heading', {level: 1}), path).toHaveCount(1)
  }
})

test('the 404 page speaks the language of its address; unknown prefixes get English', async ({
  page,
}) => {
  expect((await page.goto('/es/no-such-page'))?.status()).toBe(404)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('No encontramos esa página')
  expect((await page.goto('/zh/no-such-page'))?.status()).toBe(404)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('我们找不到这个页面')
  expect((await page.goto('/fr/treatments'))?.status()).toBe(404)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('We could not find that page')
  expect(await page.locator('html').getAttribute('lang')).toBe('en')
})

/** The page's hreflang alternates: language → path. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((nodes) =>
      nodes.map((node) => [node.getAttribute('hreflang'), node.getAttribute('href')]),
    )
  return Object.fromEntries(
    links.map(([language, href]) => [language, new URL(href!, 'http://x').pathname]),
  )
}

test('hreflang alternates are reciprocal and point only at real translations', async ({page}) => {
  test.setTimeout(90_000)
  for (const path of E2E_PUBLIC_PATHS.filter((p) => !p.endsWith('language-assistance'))) {
    await page.goto(path)
    const own = await alternates(page)
    if (path.includes('neural') || path.includes('proloterapia-neural')) {
      // Its Chinese translation is missing: no alternate points at the English fallback.
      expect(Object.keys(own).sort(), path).toEqual(['en', 'es', 'x-default'])
    } else {
      expect(Object.keys(own).sort(), path).toEqual(['en', 'es', 'x-default', 'zh-Hans'])
    }
    expect(own[languageOfPath(path)], `${path} lists itself`).toBe(new URL(path, SITE).pathname)
    expect(own['x-default']).toBe(own.en)
    for (const [language, target] of Object.entries(own)) {
      if (language === 'x-default') continue
      const response = await page.request.get(target)
      expect(response.status(), `${path} → ${target}`).toBe(200)
      const html = await response.text()
      expect(html, `${target} is no fallback`).not.toContain('name="robots" content="noindex')
      // Reciprocal: the alternate lists this page under this page's language.
      expect(html, `${target} links back to ${path}`).toContain(
        `hrefLang="${languageOfPath(path)}" href="${new URL(path, SITE).toString().replace(/\/$/, '')}`,
      )
    }
  }
})

test('the language switcher leads to the same page in each language, by keyboard too', async ({
  page,
}) => {
  await page.goto('/treatments/spine-injections')
  const switcher = page.getByRole('navigation', {name: 'This page in other languages'})
  await expect(switcher.getByRole('link')).toHaveText(['Español', '中文'])
  await expect(switcher.getByRole('link', {name: 'Español'})).toHaveAttribute('hreflang', 'es')
  await expect(switcher.getByRole('link', {name: 'Español'})).toHaveAttribute('lang', 'es')
  await switcher.getByRole('link', {name: 'Español'}).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/es\/treatments\/inyecciones-en-la-columna$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Inyecciones en la columna')
  await page
    .getByRole('navigation', {name: 'Esta página en otros idiomas'})
    .getByRole('link', {name: '中文'})
    .click()
  await expect(page).toHaveURL(/\/zh\/treatments\/ji-zhu-zhu-she$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('脊柱注射')
  await page
    .getByRole('navigation', {name: '本页的其他语言版本'})
    .getByRole('link', {name: 'English'})
    .click()
  await expect(page).toHaveURL(/\/treatments\/spine-injections$/)
  // A missing translation: the switcher offers the page in that language with the English text.
  await page.goto('/treatments/neural-prolotherapy')
  await page
    .getByRole('navigation', {name: 'This page in other languages'})
    .getByRole('link', {name: '中文'})
    .click()
  await expect(page).toHaveURL(new RegExp(`${E2E_UNTRANSLATED.fallbackPath}$`))
})

test('a missing translation shows the English text, marked, with a note in the language', async ({
  page,
}) => {
  const response = await page.goto(E2E_UNTRANSLATED.fallbackPath)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('note')).toHaveText('本页还没有中文翻译。下面是英文内容。')
  const heading = page.getByRole('heading', {level: 1})
  await expect(heading).toHaveText('Neural Prolotherapy')
  expect(await heading.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe('en')
  // The interface stays Chinese.
  await expect(page.getByRole('navigation', {name: '页面路径'})).toBeVisible()
  await expect(page.getByRole('heading', {name: '与我们的团队联系'})).toBeVisible()
  // Not offered to search engines as a translation.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0)
  // The Chinese index lists it in English, marked as English.
  await page.goto('/zh/treatments')
  const link = page.getByRole('link', {name: 'Neural Prolotherapy'})
  await expect(link).toHaveAttribute('lang', 'en')
  await expect(link).toHaveAttribute('href', E2E_UNTRANSLATED.fallbackPath)
  // The English address of a translated treatment under /es leads to its translation, with the
  // query string a flyer's link carries.
  await page.goto('/es/treatments/spine-injections?utm_source=flyer')
  await expect(page).toHaveURL(/\/es\/treatments\/inyecciones-en-la-columna\?utm_source=flyer$/)
})

test('a translation says it is not medically reviewed yet; the English page keeps its review', async ({
  page,
}) => {
  await page.goto('/es/treatments/inyecciones-en-la-columna')
  await expect(page.getByText('Un médico todavía no ha revisado esta traducción.')).toBeVisible()
  await page.goto('/zh/treatments/ji-zhu-zhu-she')
  await expect(page.getByText('这份翻译还没有经过医生审核。')).toBeVisible()
})

test('search finds treatments in Spanish without accents and in Chinese without spaces', async ({
  page,
}) => {
  await page.goto('/es/treatments')
  await page.getByRole('searchbox', {name: 'Buscar tratamientos'}).fill('inyeccion')
  await page.getByRole('button', {name: 'Buscar'}).click()
  await expect(page).toHaveURL(/\/es\/search\?q=inyeccion$/)
  const results = page.getByRole('region', {name: /encontrado/})
  await expect(results.getByRole('link', {name: 'Inyecciones en la columna'})).toBeVisible()
  await expect(results.getByRole('link', {name: 'Inyección de proliferación'})).toBeVisible()
  await page.goto('/es/search?q=escleroterapia')
  await expect(page.getByRole('link', {name: 'Inyección de proliferación'})).toBeVisible()
  await page.goto(`/zh/search?q=${encodeURIComponent('增生')}`)
  await expect(page.getByRole('main').getByRole('link', {name: '增生注射'})).toBeVisible()
})

test('structured data and share tags carry the language', async ({page}) => {
  await page.goto('/es/treatments/inyecciones-en-la-columna')
  const jsonLd = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? '{}')))
  const webPage = jsonLd.find((data) => data['@type'] === 'MedicalWebPage')
  expect(webPage.inLanguage).toBe('es')
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es_US')
  const alternateLocales = await page
    .locator('meta[property="og:locale:alternate"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('content')))
  expect(alternateLocales.sort()).toEqual(['en_US', 'zh_CN'])
  await page.goto('/zh')
  const home = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? '{}')))
  expect(home.find((data) => data['@type'] === 'WebSite')).toMatchObject({
    inLanguage: 'zh-Hans',
    url: `${SITE}/zh`,
  })
})

test('the sitemap lists every language with its alternates, not the fallback pages', async ({
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => new URL(loc!).pathname,
  )
  expect(locations).not.toContain(E2E_UNTRANSLATED.fallbackPath)
  expect(locations).toContain('/es/treatments/inyecciones-en-la-columna')
  expect(locations).toContain('/zh')
  expect(xml).toContain(
    `<xhtml:link rel="alternate" hreflang="zh-Hans" href="${SITE}/zh/treatments/ji-zhu-zhu-she"`,
  )
})

test('every page links to the language assistance notice, each line in its own language', async ({
  page,
}) => {
  await page.goto('/zh/treatments')
  await page.getByRole('contentinfo').getByRole('link', {name: '语言协助'}).click()
  await expect(page).toHaveURL(/\/zh\/language-assistance$/)
  const lines = page.locator('ul.taglines > li')
  expect(await lines.count()).toBeGreaterThanOrEqual(16)
  const languages = await lines.evaluateAll((items) =>
    items.map((item) => [item.getAttribute('lang'), item.getAttribute('dir')]),
  )
  expect(languages).toContainEqual(['ar', 'rtl'])
  expect(languages).toContainEqual(['fa', 'rtl'])
  expect(languages).toContainEqual(['vi', 'ltr'])
  await expect(lines.filter({hasText: 'Tiếng Việt'})).toContainText('(555) 010-0142')
  await expect(page.getByRole('heading', {name: '反歧视声明'})).toBeVisible()
})

/** One page of each type in Spanish and Chinese (English is covered by patients.spec.ts). */
const TRANSLATED_PAGE_TYPES = [
  '/es',
  '/es/treatments',
  '/es/treatments/inyecciones-en-la-columna',
  '/es/search?q=inyeccion',
  '/es/language-assistance',
  '/zh',
  '/zh/treatments/zeng-sheng-zhu-she',
  E2E_UNTRANSLATED.fallbackPath,
  '/zh/affiliations',
  '/zh/no-such-page',
]

for (const width of [390, 1280]) {
  test(
    `axe finds no WCAG 2.2 AA violation on Spanish and Chinese pages at ${width} px`,
    RENDERING,
    async ({page}, testInfo) => {
      test.setTimeout(120_000)
      await page.setViewportSize({width, height: width < 600 ? 844 : 900})
      for (const path of TRANSLATED_PAGE_TYPES) {
        await page.goto(path)
        expect(await wcagViolations(page), `${path} at ${width}px`).toEqual([])
        // Nothing scrolls sideways on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0)
        if (path.startsWith('/zh')) {
          await testInfo.attach(`${path} ${width}px`, {
            body: await page.screenshot({fullPage: true}),
            contentType: 'image/png',
          })
        }
      }
    },
  )
}

test('Chinese text renders as characters, not as empty boxes', RENDERING, async ({page}) => {
  await page.goto('/zh/treatments/ji-zhu-zhu-she')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('脊柱注射')
  // The heading's own font draws 脊柱 differently from two characters no font has (which every
  // browser draws as the same "missing glyph" box): with no CJK font installed they would match.
  const differs = await page.evaluate(() => {
    const heading = document.querySelector('h1')!
    const font = getComputedStyle(heading).font
    const draw = (text: string) => {
      const canvas = document.createElement('canvas')
      canvas.width = 200
      canvas.height = 80
      const context = canvas.getContext('2d')!
      context.font = font
      context.fillText(text, 10, 60)
      return Array.from(context.getImageData(0, 0, 200, 80).data)
    }
    const characters = draw('脊柱')
    const tofu = draw('\u{10FFFD}\u{10FFFD}')
    const other = draw('注射')
    const same = (a: number[], b: number[]) => a.every((value, index) => value === b[index])
    return {
      notTofu: !same(characters, tofu),
      distinct: !same(characters, other),
      inked: characters.some((value) => value !== 0),
    }
  })
  expect(differs).toEqual({notTofu: true, distinct: true, inked: true})
  await test.info().attach('zh treatment page', {
    body: await page.screenshot({fullPage: false}),
    contentType: 'image/png',
  })
})
