import {expect, test, type Page} from '@playwright/test'

import {RENDERING} from './support/rendering'

/*
 * Runs against both backends (projects "local" and "hosted"): every page shows the bundled
 * dataset's content, navigation works, unknown URLs answer the site's 404.
 */

async function expectNoConsoleErrors(page: Page, visit: () => Promise<unknown>) {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await visit()
  expect(errors).toEqual([])
}

test('home introduces the clinic, its treatments, affiliations and phone', async ({page}) => {
  await expectNoConsoleErrors(page, () => page.goto('/'))
  await expect(page).toHaveTitle('Orthopedic Spine Clinic')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Orthopedic Spine Clinic')
  const main = page.getByRole('main')
  await expect(main.getByRole('link', {name: 'Spine Injections', exact: true})).toBeVisible()
  await expect(main.getByRole('link', {name: 'Neural Prolotherapy'})).toBeVisible()
  await expect(main.getByRole('link', {name: 'Call (555) 010-0142'})).toHaveAttribute(
    'href',
    'tel:+15550100142',
  )
  await expect(
    main.getByRole('region', {name: 'Professional societies'}).getByRole('listitem'),
  ).toHaveCount(7)
  await expect(main.getByRole('region', {name: 'Hospitals'}).getByRole('listitem')).toHaveCount(4)
  await expect(page.getByRole('contentinfo')).toContainText('123 Example Avenue, Suite 100')
})

test('/treatments groups treatments by body area, children under their parent', async ({page}) => {
  await page.goto('/treatments')
  await expect(page).toHaveTitle('Treatments | Orthopedic Spine Clinic')
  const spine = page.getByRole('region', {name: 'Spine', exact: true})
  await expect(spine.getByRole('link', {name: 'Spine Injections', exact: true})).toBeVisible()
  const children = spine.getByRole('list', {name: 'Types of Spine Injections'})
  await expect(children.getByRole('link')).toHaveText([
    'Proliferation Injection',
    'Neural Prolotherapy',
  ])
  await expect(children).toContainText('Also called Sclerotherapy')
  await expect(spine).toContainText('blocks the pain signals')
})

test('a parent treatment shows its body, children, FAQs, call to action and disclaimer', async ({
  page,
}) => {
  const response = await page.goto('/treatments/spine-injections')
  expect(response?.status()).toBe(200)
  await expect(page).toHaveTitle('Spine Injections | Orthopedic Spine Clinic')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Spine Injections')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', {level: 2, name: 'What it is'})).toBeVisible()
  await expect(main).toContainText('local anaesthetic')
  await expect(main).toContainText('spinal cord stimulation')
  const types = main.getByRole('region', {name: 'Types of Spine Injections'})
  await expect(types.getByRole('link')).toHaveText([
    'Proliferation Injection',
    'Neural Prolotherapy',
  ])
  const faq = main.getByText('Is a spine injection a kind of surgery?')
  await faq.click()
  await expect(
    main.getByText('It is a treatment without surgery. The medicine is given'),
  ).toBeVisible()
  await expect(main.getByRole('link', {name: 'Call (555) 010-0142'})).toBeVisible()
  await expect(main.getByRole('complementary', {name: 'Medical disclaimer'})).toContainText(
    'call 911',
  )
})

test('a child treatment shows its other names and links back to its parent', async ({page}) => {
  await page.goto('/treatments/proliferation-injection')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Proliferation Injection')
  const main = page.getByRole('main')
  await expect(main.getByText('Also called: Sclerotherapy')).toBeVisible()
  await expect(main).toContainText('dextrose')
  await expect(main).toContainText('fibroblasts')
  const breadcrumb = page.getByRole('navigation', {name: 'Breadcrumb'})
  await expect(breadcrumb.getByRole('listitem')).toHaveText([
    'Treatments',
    'Spine Injections',
    'Proliferation Injection',
  ])
  const related = main.getByRole('region', {name: 'Related treatments'})
  await expect(related.getByRole('heading', {level: 3})).toHaveText([
    'Spine Injections',
    'Neural Prolotherapy',
  ])
  await expect(related.getByRole('link', {name: 'Spine Injections'}).first()).toHaveAttribute(
    'href',
    '/treatments/spine-injections',
  )

  await page.goto('/treatments/neural-prolotherapy')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Neural Prolotherapy')
  await expect(page.getByRole('main')).toContainText('Growth factors')
  await expect(page.getByRole('main')).toContainText('inflammation')
})

test('/affiliations lists seven societies and four hospitals, linking out safely', async ({
  page,
}) => {
  await page.goto('/affiliations')
  await expect(page).toHaveTitle('Affiliations | Orthopedic Spine Clinic')
  const societies = page.getByRole('region', {name: 'Professional societies'})
  await expect(societies.getByRole('listitem')).toHaveCount(7)
  await expect(societies).toContainText('American Academy of Orthopaedic Surgeons (AAOS)')
  await expect(societies).toContainText('American Orthopaedic Society for Sports Medicine (AOSSM)')
  const hospitals = page.getByRole('region', {name: 'Hospitals'})
  await expect(hospitals.getByRole('listitem')).toHaveText([
    /Methodist Hospital of Southern California/,
    /San Gabriel Valley Medical Center/,
    /Garfield Medical Center/,
    /Alhambra Hospital Medical Center/,
  ])
  // Every organisation link (a hospital also links the clinic's physicians with privileges there).
  for (const link of [
    ...(await societies.locator('a:has(.affiliation__name)').all()),
    ...(await hospitals.locator('a:has(.affiliation__name)').all()),
  ]) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(link).toHaveAttribute('href', /^https:\/\//)
  }
  expect(await societies.locator('a:has(.affiliation__name)').count()).toBeGreaterThan(0)
  await expect(
    hospitals.getByRole('link', {name: 'Dr. Example Person, MD'}).first(),
  ).toHaveAttribute('href', '/physicians/example-person')
})

test('navigation: home → treatments → parent → child → affiliations', async ({page}) => {
  await page.goto('/')
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Treatments'}).click()
  await expect(page).toHaveURL(/\/treatments$/)
  await page.getByRole('main').getByRole('link', {name: 'Spine Injections', exact: true}).click()
  await expect(page).toHaveURL(/\/treatments\/spine-injections$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Spine Injections')
  await page
    .getByRole('region', {name: 'Types of Spine Injections'})
    .getByRole('link', {name: 'Neural Prolotherapy'})
    .click()
  await expect(page).toHaveURL(/\/treatments\/neural-prolotherapy$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Neural Prolotherapy')
  await page
    .getByRole('navigation', {name: 'Main'})
    .getByRole('link', {name: 'Affiliations'})
    .click()
  await expect(page).toHaveURL(/\/affiliations$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Affiliations')
})

test('the skip link moves keyboard users to the main content', RENDERING, async ({page}) => {
  await page.goto('/treatments')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', {name: 'Skip to main content'})
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

for (const path of ['/treatments/no-such-thing', '/nope', '/treatments/a/b']) {
  test(`${path} answers the site's 404 page`, async ({page}) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('We could not find that page')
    await expect(page.getByRole('link', {name: 'See all treatments'})).toBeVisible()
    // The site's header and footer frame the 404 too.
    await expect(page.getByRole('navigation', {name: 'Main'})).toBeVisible()
  })
}

test('pages are served from the cache: no content query per request', async ({
  page,
  request,
}, testInfo) => {
  // Warm, then request again: a prerendered page answers from Next's cache.
  await page.goto('/treatments/spine-injections')
  const response = await request.get('/treatments/spine-injections')
  expect(response.headers()['x-nextjs-cache']).toBe('HIT')
  expect(testInfo.project.name).toMatch(/local|hosted/)
})

for (const width of [390, 1280]) {
  test(`screenshots at ${width} px`, RENDERING, async ({page}, testInfo) => {
    await page.setViewportSize({width, height: 900})
    for (const [name, path] of [
      ['home', '/'],
      ['treatments', '/treatments'],
      ['parent', '/treatments/spine-injections'],
      ['child', '/treatments/neural-prolotherapy'],
      ['affiliations', '/affiliations'],
      ['not-found', '/nope'],
    ] as const) {
      await page.goto(path)
      // Readable at this width: nothing wider than the viewport.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow, `${path} scrolls horizontally at ${width} px`).toBeLessThanOrEqual(0)
      await page.screenshot({path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true})
    }
  })
}
