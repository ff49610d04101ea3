import {expect, test, type Page} from '@playwright/test'

import {wcagViolations} from './support/axe'
import {RENDERING} from './support/rendering'

/*
 * Issue 6, for patients: search, reading, reaching the clinic, printing, and accessibility
 * (WCAG 2.2 AA with axe-core, keyboard, zoom, motion, heading outline). Runs on both backends.
 */

const PAGE_TYPES = {
  home: '/',
  treatments: '/treatments',
  'search with results': '/search?q=injection',
  'search without results': '/search?q=zzzzqx',
  'parent treatment': '/treatments/spine-injections',
  'child treatment': '/treatments/neural-prolotherapy',
  affiliations: '/affiliations',
  'not found': '/treatments/no-such-treatment',
}
const WIDTHS = [390, 1280]

const resultTitles = (page: Page) =>
  page
    .getByRole('region', {name: /treatments? found for/})
    .getByRole('heading', {level: 3})
    .allTextContents()

test.describe('finding a treatment', () => {
  test('the search box on /treatments finds treatments by name, other name, condition and summary', async ({
    page,
  }) => {
    await page.goto('/treatments')
    await page.getByRole('searchbox', {name: 'Search treatments'}).fill('sclerotherapy')
    await page.getByRole('button', {name: 'Search'}).click()
    await expect(page).toHaveURL(/\/search\?q=sclerotherapy$/)
    expect(await resultTitles(page)).toEqual(['Proliferation Injection'])
    await expect(page.getByRole('searchbox')).toHaveValue('sclerotherapy')

    for (const [query, expected] of [
      ['Neural', ['Neural Prolotherapy']],
      ['tendons', ['Neural Prolotherapy', 'Proliferation Injection']], // a condition
      ['ligaments injured', ['Neural Prolotherapy', 'Proliferation Injection']],
      ['SUGAR', ['Proliferation Injection']], // a summary word, any case
      ['back pain', ['Spine Injections']],
    ] as const) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`)
      expect(await resultTitles(page), query).toEqual(expected)
    }
  })

  test('no results: a helpful message with the clinic phone number', async ({page}) => {
    await page.goto('/search?q=zzzzqx')
    const results = page.getByRole('region', {name: 'No treatments found for “zzzzqx”'})
    await expect(results.getByRole('link', {name: '(555) 010-0142'})).toHaveAttribute(
      'href',
      'tel:+15550100142',
    )
    await expect(results.getByRole('link', {name: 'See all treatments'})).toBeVisible()
  })

  test('hostile or odd queries get a normal page, never an error or a script', async ({page}) => {
    let dialogs = 0
    page.on('dialog', async (dialog) => {
      dialogs += 1
      await dialog.dismiss()
    })
    for (const query of [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      'x'.repeat(5000),
      '*',
      '(.*)+$',
      '") || true || ("',
      '\u202e\u200bspine',
      '../../etc/passwd',
    ]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}`)
      expect(response?.status(), query.slice(0, 40)).toBe(200)
      await expect(page.getByRole('heading', {level: 1})).toHaveText('Find a treatment')
    }
    for (const raw of ['q=%00', 'q=%E0%A4%A', 'q=a&q=b', 'q[]=x', '']) {
      expect((await page.goto(`/search?${raw}`))?.status(), raw).toBe(200)
    }
    expect(dialogs).toBe(0)
    await page.goto(`/search?q=${encodeURIComponent('<b>bold</b>')}`)
    await expect(page.locator('#results-heading')).toContainText('“<b>bold</b>”')
  })

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false})

    test('the search form is answered by the server', async ({page}) => {
      await page.goto('/treatments')
      await page.getByRole('searchbox', {name: 'Search treatments'}).fill('sclerotherapy')
      await page.getByRole('searchbox', {name: 'Search treatments'}).press('Enter')
      await expect(page).toHaveURL(/\/search\?q=sclerotherapy$/)
      expect(await resultTitles(page)).toEqual(['Proliferation Injection'])
    })
  })
})

test('a treatment page: contents, related treatments, FAQs, review, disclaimer, call to action', async ({
  page,
}) => {
  await page.goto('/treatments/proliferation-injection')
  const contents = page.getByRole('navigation', {name: 'On this page'})
  const links = contents.getByRole('link')
  expect(await links.count()).toBeGreaterThanOrEqual(4)
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href!), href!).toHaveCount(1)
  }
  await expect(page.getByText('Also called: Sclerotherapy')).toBeVisible()
  const faq = page.locator('details').first()
  await expect(faq.locator('summary')).toBeVisible()
  await expect(page.getByText(/not medical advice/)).toBeVisible()
  await expect(page.getByText(/call 911/i)).toBeVisible()
  const cta = page.getByRole('region', {name: 'Talk with our team'})
  await expect(cta.getByRole('link', {name: /Call/})).toHaveAttribute('href', /^tel:/)
})

test('the header carries the phone number on a small screen', RENDERING, async ({page}) => {
  await page.setViewportSize({width: 390, height: 844})
  await page.goto('/treatments/neural-prolotherapy')
  const phone = page.getByRole('banner').getByRole('link', {name: /010-0142/})
  await expect(phone).toBeVisible()
  await expect(phone).toHaveAttribute('href', 'tel:+15550100142')
})

test('printing a treatment gives a clean handout', RENDERING, async ({page}) => {
  await page.goto('/treatments/spine-injections')
  await page.emulateMedia({media: 'print'})
  await expect(page.getByRole('navigation', {name: 'Main'})).toBeHidden()
  await expect(page.getByRole('navigation', {name: 'Breadcrumb'})).toBeHidden()
  const handout = page.locator('.print-only')
  await expect(handout).toBeVisible()
  await expect(handout).toContainText('(555) 010-0142')
  await expect(handout).toContainText('/treatments/spine-injections')
  // Closed questions still print their answers.
  const answer = page.locator('details').first().locator('p')
  await expect(answer).toBeVisible()
  await page.emulateMedia({media: 'screen'})
  await expect(handout).toBeHidden()
})

for (const width of WIDTHS) {
  test(
    `axe finds no WCAG 2.2 AA violation on any page type at ${width} px`,
    RENDERING,
    async ({page}, testInfo) => {
      test.setTimeout(90_000)
      await page.setViewportSize({width, height: width < 600 ? 844 : 900})
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        await page.goto(path)
        expect(await wcagViolations(page), `${name} at ${width}px`).toEqual([])
        // Screenshots for a designer's eye: test artifacts, not committed.
        await testInfo.attach(`${name} ${width}px`, {
          body: await page.screenshot({fullPage: true}),
          contentType: 'image/png',
        })
      }
    },
  )
}

test(
  'headings form an outline without skipped levels on every page type',
  RENDERING,
  async ({page}) => {
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      await page.goto(path)
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))))
      expect(levels[0], name).toBe(1)
      expect(
        levels.filter((level) => level === 1),
        name,
      ).toHaveLength(1)
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level - levels[index - 1]!, `${name}: ${levels}`).toBeLessThanOrEqual(1)
      })
    }
  },
)

test(
  'keyboard only: every link and control is reached in order, with a visible focus',
  RENDERING,
  async ({page}) => {
    for (const path of ['/', '/treatments', '/treatments/proliferation-injection']) {
      await page.goto(path)
      const focusable = await page
        .locator('a[href], button, input, summary')
        .evaluateAll(
          (elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null).length,
        )
      const reached: string[] = []
      for (let step = 0; step < focusable + 5; step += 1) {
        await page.keyboard.press('Tab')
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null
          if (!element || element === document.body) return null
          const style = getComputedStyle(element)
          const rect = element.getBoundingClientRect()
          return {
            key: `${element.tagName} ${element.textContent?.trim().slice(0, 40)} ${rect.top + scrollY}`,
            top: rect.top + scrollY,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          }
        })
        if (!focused || reached.includes(focused.key)) break
        expect(focused.outline, `${path}: ${focused.key}`).toBe(true)
        reached.push(focused.key)
      }
      expect(reached.length, path).toBe(focusable)
      // The first stop is the skip link.
      expect(reached[0], path).toMatch(/^A Skip to/)
    }
  },
)

test('text zoomed to 200% does not scroll sideways at 1280 px', RENDERING, async ({page}) => {
  await page.setViewportSize({width: 1280, height: 900})
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    await page.goto(path)
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%'
    })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, name).toBeLessThanOrEqual(0)
  }
})

test('prefers-reduced-motion turns smooth scrolling off', RENDERING, async ({page}) => {
  const scrollBehavior = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
  await page.emulateMedia({reducedMotion: 'no-preference'})
  await page.goto('/treatments/spine-injections')
  expect(await scrollBehavior()).toBe('smooth')
  await page.emulateMedia({reducedMotion: 'reduce'})
  expect(await scrollBehavior()).toBe('auto')
})
