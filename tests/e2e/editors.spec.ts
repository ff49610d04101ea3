import {
  expect,
  test as base,
  type APIRequestContext,
  type Locator,
  type Page,
} from '@playwright/test'

import {E2E_ORIGINS, E2E_PROJECT_ID, E2E_STUDIO_TOKEN} from './support/ports'

/*
 * The editors' path in Chromium: the real Studio of the hosted build against the stand-in of
 * Sanity's API (tests/support/stand-in-studio.ts), following README "For clinic staff". A
 * screenshot of each step goes into the Playwright report.
 */

type Studio = {page: Page; uncaught: string[]}

// The fixtures' second argument is Playwright's `use`, named so that lint does not take it for React's.
const test = base.extend<{checks: void}, {studio: Studio}>({
  // One logged-in Studio for the whole file: it builds its schema and structure in the browser
  // once, and each test moves inside it (see `open`). A failed test gets a fresh worker, so a
  // fresh Studio.
  studio: [
    async ({browser}, provide, workerInfo) => {
      const context = await browser.newContext({
        baseURL: workerInfo.project.use.baseURL,
        ignoreHTTPSErrors: true,
      })
      // The token login (auth.loginMethod 'token' in the e2e build): the Studio reads it from here.
      await context.addInitScript(
        ([key, token]) => {
          // Not in a browser error page (the server not answering), where storage is denied.
          if (location.protocol !== 'http:') return
          localStorage.setItem(key!, JSON.stringify({token, time: new Date().toISOString()}))
        },
        [`__studio_auth_token_${E2E_PROJECT_ID}`, E2E_STUDIO_TOKEN],
      )
      const page = await context.newPage()
      const uncaught: string[] = []
      page.on('pageerror', (error) => uncaught.push(error.message))
      await provide({page, uncaught})
      await context.close()
    },
    {scope: 'worker'},
  ],
  // The site's pages that a test reads in its own page report their errors too.
  page: async ({page, studio}, provide) => {
    page.on('pageerror', (error) => studio.uncaught.push(`site: ${error.message}`))
    await provide(page)
  },
  checks: [
    async ({studio, request}, provide, testInfo) => {
      studio.uncaught.length = 0
      await provide()
      // Playwright's trace covers this page too; its last state is worth a look.
      if (testInfo.status !== testInfo.expectedStatus) {
        await step(studio.page, 'the Studio when the test failed')
      }
      expect(studio.uncaught, 'uncaught errors in the browser').toEqual([])
      // The stand-in answered what the Studio asked for; what it does not implement is in the
      // README's table (README "The Studio against a stand-in").
      const unknown = (await (
        await request.get(`${E2E_ORIGINS.standIn}/__stand-in/unknown`)
      ).json()) as string[]
      for (const path of unknown) {
        expect(path).toMatch(
          /\/(journey|help|ping|keyvalue|intake|descriptors|schedules|user-applications|datasets$)/,
        )
      }
    },
    {auto: true},
  ],
})

const step = async (page: Page, name: string) =>
  test.info().attach(name, {body: await page.screenshot(), contentType: 'image/png'})

// The Studio builds its schema and structure in the browser first: tens of seconds on a loaded CI.
const STUDIO_READY = {timeout: 60_000}

/**
 * Opens a Studio address. Once the Studio is loaded, it moves there the way its own links do
 * (history and a popstate event), without reloading and rebuilding the Studio.
 */
async function open(page: Page, path: string) {
  if (!page.url().includes('/studio')) return void (await page.goto(path))
  await page.evaluate((target) => {
    history.pushState(null, '', target)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
}

const paneItems = (page: Page, pane: number) =>
  page.getByTestId('structure-tool-list-pane').nth(pane).locator('[data-testid^="pane-item-"]')

test('the desk as the staff guide describes it', async ({studio: {page}}) => {
  await open(page, '/studio/structure')
  await expect(paneItems(page, 0).first()).toHaveText('Site settings', STUDIO_READY)
  await expect(paneItems(page, 0)).toHaveText([
    'Site settings',
    'Language assistance',
    'Treatments',
    'Body areas',
    'Pages',
    'Translations',
    'Affiliations',
    'Physicians',
    'Locations',
    'Redirects',
  ])
  await step(page, 'desk')
  await page.getByTestId('pane-item-Treatments').click()
  await expect(paneItems(page, 1)).toHaveText([
    'Main treatments and their kinds',
    'All treatments',
    'Due for medical review',
  ])
  await page.getByTestId('pane-item-Due for medical review').click()
  await expect(page.getByTestId('document-list-pane').last()).toContainText('Spine Injections')
  await step(page, 'treatments, due for medical review')
  await open(page, '/studio/structure/affiliations')
  await expect(paneItems(page, 1)).toHaveText(['Professional societies', 'Hospitals'])
  await page.getByTestId('pane-item-Hospitals').click()
  await expect(page.getByTestId('document-list-pane').last()).toContainText(
    'Methodist Hospital of Southern California',
  )
  await step(page, 'affiliations by kind')
})

/** Opens a desk list and starts a new document with the list's create button (a template). */
async function createIn(page: Page, list: string, template: string) {
  await open(page, list)
  await page.getByRole('link', {name: template, exact: true}).click(STUDIO_READY)
}

const webhooks = async (request: APIRequestContext) =>
  (await request.get(`${E2E_ORIGINS.standIn}/__stand-in/webhooks`)).json() as Promise<
    Array<{status: number; body: Record<string, unknown>}>
  >

/**
 * Clicks Publish once the form shows no error, until `published` passes. On a loaded machine the
 * Studio sometimes drops a click that follows an edit closely (the button greys and comes back,
 * nothing is sent; seen while its validation of the last edit was not done): staff click again,
 * and so does the test, only while the button is enabled (a published document has nothing left
 * to publish). A publish that never reaches the site still fails the test.
 */
async function clickPublish(pane: Page | Locator, published: () => Promise<void>) {
  const button = pane.getByTestId('action-publish')
  await expect(pane.getByTestId('input-validation-icon-error')).toHaveCount(0)
  await expect(async () => {
    if (await button.isEnabled()) await button.click()
    await published()
  }).toPass({intervals: [1_000], timeout: 75_000})
}

/**
 * Publishes the document of `pane` (the last open document by default) and waits until the site
 * answered the stand-in's webhook for it with 200: the README's webhook, whose `body` is the
 * projection of the published document.
 */
async function publish(
  page: Page,
  request: APIRequestContext,
  body: Record<string, unknown>,
  pane: Page | Locator = page,
) {
  // The site answers the webhook once it has regenerated the pages that show the document.
  await clickPublish(pane, async () => {
    await expect
      .poll(async () => await webhooks(request), {timeout: 20_000})
      .toContainEqual(expect.objectContaining({status: 200, body: expect.objectContaining(body)}))
  })
  await expect(pane.getByTestId('action-publish')).toBeDisabled()
  await step(page, 'published')
}

test('a new treatment under Spine Injections: validation, badges, publish, on the site', async ({
  studio: {page},
  page: site,
  request,
}) => {
  await open(
    page,
    '/studio/structure/treatments;treatment-tree;treatment-spine-injections;children',
  )
  await expect(page.getByTestId('document-list-pane').last()).toContainText(
    'Neural Prolotherapy',
    STUDIO_READY,
  )
  await page.getByRole('link', {name: 'Treatment under a main treatment'}).click()
  const title = page.getByTestId('field-title').locator('input')
  await expect(title).toBeEditable(STUDIO_READY)
  await title.fill('Facet Joint Injection')
  // An address another treatment uses, and a summary over 300 characters.
  await page.getByTestId('field-slug').locator('input').fill('neural-prolotherapy')
  await page.getByTestId('field-summary').locator('textarea').fill('Too long. '.repeat(31))
  await page.getByTestId('field-title').locator('input').click()
  await expect(page.getByTestId('action-publish')).toBeDisabled()
  await step(page, 'a summary too long and an address in use')
  // The document's validation list (the warning sign at the top of the form) says how to fix them.
  await page.getByRole('button', {name: /validation/i}).click()
  await expect(page.getByText('Shorten the summary to 300 characters or fewer.')).toBeVisible()
  await expect(page.getByText(/Another treatment already uses this web address/)).toBeVisible()
  await step(page, 'validation messages')

  await page.getByTestId('field-slug').locator('input').fill('facet-joint-injection')
  await page
    .getByTestId('field-summary')
    .locator('textarea')
    .fill('A shot of medicine into a small joint of the spine. It can ease neck and back pain.')
  await expect(page.getByText('Shorten the summary to 300 characters or fewer.')).toHaveCount(0)
  await expect(page.getByText(/Another treatment already uses this web address/)).toHaveCount(0)
  await expect(page.getByText('Not medically reviewed')).toBeVisible()
  await expect(page.getByText(/Reading grade \d/)).toBeVisible()
  await step(page, 'fixed, with the medical-review and reading-grade badges')

  await publish(page, request, {_type: 'treatment', slug: 'facet-joint-injection'})
  await site.goto('/treatments/facet-joint-injection')
  await expect(site.getByRole('heading', {level: 1})).toHaveText('Facet Joint Injection')
  await step(site, 'the new page on the site')
})

test('renaming a treatment’s address: published, the old address redirects with its query string', async ({
  studio: {page},
  page: site,
  request,
}) => {
  await open(page, '/studio/structure/treatments;all-treatments;treatment-proliferation-injection')
  const slug = page.getByTestId('field-slug').locator('input')
  await expect(slug).toBeEditable(STUDIO_READY)
  const old = await slug.inputValue()
  const renamed = `${old}-renamed`
  await slug.fill(renamed)
  await expect(page.getByTestId('action-publish')).toBeEnabled()
  await step(page, 'a new web address')
  // The publish action kept the old address (previousSlugs); the webhook refreshed the site.
  await clickPublish(page, async () => {
    await expect
      .poll(
        async () => {
          const response = await request.get(`/treatments/${old}?from=print`, {maxRedirects: 0})
          return [response.status(), response.headers().location]
        },
        {timeout: 20_000},
      )
      .toEqual([308, `/treatments/${renamed}?from=print`])
  })
  await expect(page.getByTestId('action-publish')).toBeDisabled()
  await step(page, 'published')
  await site.goto(`/treatments/${old}?from=print`)
  await expect(site).toHaveURL(new RegExp(`/treatments/${renamed}\\?from=print$`))
  await step(site, 'the old address moved to the new one')
})

test('a redirect that would chain is refused', async ({studio: {page}}) => {
  await createIn(page, '/studio/structure/redirect', 'Redirect')
  const from = page.getByTestId('field-from').locator('input')
  await expect(from).toBeEditable(STUDIO_READY)
  await from.fill('/old-spine-page')
  // The bundled redirect from /spine-injections already sends visitors on.
  await page.getByTestId('field-to').locator('input').fill('/spine-injections')
  await page.getByTestId('field-from').locator('input').click()
  await expect(page.getByTestId('action-publish')).toBeDisabled()
  await page.getByRole('button', {name: /validation/i}).click()
  await expect(
    page.getByText(/This address itself redirects to \/treatments\/spine-injections/),
  ).toBeVisible()
  await step(page, 'a chained redirect refused')
})

test('Presentation: a draft’s change shows in the preview, not on the public page', async ({
  studio: {page},
  page: site,
}) => {
  await open(
    page,
    '/studio/presentation/treatment/treatment-spine-injections?preview=%2Ftreatments%2Fspine-injections',
  )
  // The site in draft mode beside the form (the Presentation tool enabled it with its secret).
  const preview = page.frameLocator('iframe')
  await expect(preview.getByRole('heading', {level: 1})).toContainText(
    'Spine Injections',
    STUDIO_READY,
  )
  await expect(preview.getByText('Preview of unpublished changes.')).toBeVisible()
  const summary = page.getByTestId('field-summary').locator('textarea')
  await expect(summary).toBeEditable(STUDIO_READY)
  const published = await summary.inputValue()
  await step(page, 'the page beside the form')

  const draft = 'A draft summary that staff check in the preview before they publish it.'
  await summary.fill(draft)
  await expect(preview.locator('.lead')).toContainText(draft)
  await step(page, 'the draft in the preview')
  // Patients, without the draft-mode cookie, still read the published summary.
  await site.goto('/treatments/spine-injections')
  await expect(site.locator('.lead')).toHaveText(published)
  await expect(site.getByText('Preview of unpublished changes.')).toHaveCount(0)
  await step(site, 'the public page unchanged')
})

test('a Chinese translation from the Translations menu, published, on the site', async ({
  studio: {page},
  page: site,
  request,
}) => {
  await open(page, '/studio/structure/treatments;all-treatments;treatment-neural-prolotherapy')
  const english = page.getByTestId('document-pane').last()
  await expect(english.getByTestId('field-title').locator('input')).toHaveValue(
    'Neural Prolotherapy',
    STUDIO_READY,
  )
  await english.getByRole('button', {name: 'Translations'}).click()
  const chineseOption = page.getByRole('button', {name: /Chinese \(Simplified\)/})
  await chineseOption.click()
  await expect(page.getByText('Created "Chinese (Simplified)" translation')).toBeVisible()
  // Once the link is stored, the option's + turns into the sign that opens it beside the English
  // one (clicked before, it would make a second translation).
  await expect(chineseOption.locator('[data-sanity-icon="split-vertical"]')).toBeVisible()
  await step(page, 'the translation created')
  await chineseOption.click()
  await expect(page.getByTestId('document-pane')).toHaveCount(2)
  const chinese = page.getByTestId('document-pane').last()
  // The translation's language, beside Publish.
  await expect(chinese.getByText('zh-Hans', {exact: true})).toBeVisible()
  const title = chinese.getByTestId('field-title').locator('input')
  await expect(title).toHaveValue('Neural Prolotherapy')
  await expect(title).toBeEditable()
  await title.fill('神经增生疗法')
  await chinese.getByTestId('field-slug').locator('input').fill('shen-jing-zeng-sheng-liao-fa')
  await chinese
    .getByTestId('field-summary')
    .locator('textarea')
    .fill('在神经附近注射葡萄糖溶液，帮助缓解慢性疼痛。')
  await expect(chinese.getByTestId('action-publish')).toBeEnabled()
  await step(page, 'the translation written')
  await publish(
    page,
    request,
    {_type: 'treatment', language: 'zh-Hans', slug: 'shen-jing-zeng-sheng-liao-fa'},
    chinese,
  )
  await site.goto('/zh/treatments/shen-jing-zeng-sheng-liao-fa')
  await expect(site.getByRole('heading', {level: 1})).toHaveText('神经增生疗法')
  await expect(site.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  await step(site, 'the translation on the site')
})

test('a new physician from the desk, published, on the site', async ({
  studio: {page},
  page: site,
  request,
}) => {
  await createIn(page, '/studio/structure/physician', 'Physician')
  const name = page.getByTestId('field-name').locator('input')
  await expect(name).toBeEditable(STUDIO_READY)
  await name.fill('Dr. Avery Example')
  await page.getByTestId('field-credentials').locator('input').fill('MD')
  // The web address from the name, with the field's Generate button.
  await page.getByTestId('field-slug').getByRole('button', {name: 'Generate'}).click()
  await expect(page.getByTestId('field-slug').locator('input')).toHaveValue('dr-avery-example')
  // Without a specialty, the document's validation list warns; a warning leaves Publish enabled.
  await page.getByRole('button', {name: /validation/i}).click()
  const noSpecialty = page.getByText(
    'Tick at least one specialty, so patients know what the physician treats.',
  )
  await expect(noSpecialty).toBeVisible()
  await expect(page.getByTestId('action-publish')).toBeEnabled()
  await step(page, 'a new physician, no specialty yet')
  await page.getByRole('checkbox', {name: 'Regenerative medicine'}).check()
  await expect(noSpecialty).toHaveCount(0)
  await expect(page.getByTestId('action-publish')).toBeEnabled()
  await step(page, 'a new physician')
  await publish(page, request, {_type: 'physician', slug: 'dr-avery-example'})
  await site.goto('/physicians/dr-avery-example')
  await expect(site.getByRole('heading', {level: 1})).toHaveText('Dr. Avery Example, MD')
  await step(site, 'the new physician on the site')
})
