import {expect, test, type Page} from '@playwright/test'

import {E2E_ORIGINS, E2E_PROJECT_ID, E2E_STUDIO_TOKEN} from './support/ports'

/*
 * The editors' path in Chromium: the real Studio of the hosted build against the stand-in of
 * Sanity's API (tests/support/stand-in-studio.ts), following README "For clinic staff". A
 * screenshot of each step goes into the Playwright report.
 */

const uncaught: string[] = []

test.beforeEach(async ({page}) => {
  uncaught.length = 0
  page.on('pageerror', (error) => uncaught.push(error.message))
  // The token login (auth.loginMethod 'token' in the e2e build): the Studio reads it from here.
  await page.addInitScript(
    ([key, token]) =>
      localStorage.setItem(key!, JSON.stringify({token, time: new Date().toISOString()})),
    [`__studio_auth_token_${E2E_PROJECT_ID}`, E2E_STUDIO_TOKEN],
  )
})

test.afterEach(() => {
  expect(uncaught, 'uncaught errors in the browser').toEqual([])
})

const step = async (page: Page, name: string) =>
  test.info().attach(name, {body: await page.screenshot(), contentType: 'image/png'})

// The Studio builds its schema and structure in the browser first: tens of seconds on a loaded CI.
const STUDIO_READY = {timeout: 60_000}

const paneItems = (page: Page, pane: number) =>
  page.getByTestId('structure-tool-list-pane').nth(pane).locator('[data-testid^="pane-item-"]')

test('the desk as the staff guide describes it', async ({page}) => {
  await page.goto('/studio/structure')
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
  await page.goto('/studio/structure/affiliations')
  await expect(paneItems(page, 1)).toHaveText(['Professional societies', 'Hospitals'])
  await page.getByTestId('pane-item-Hospitals').click()
  await expect(page.getByTestId('document-list-pane').last()).toContainText(
    'Methodist Hospital of Southern California',
  )
  await step(page, 'affiliations by kind')
})

test('the stand-in answered what the desk asked for, and logged what it does not implement', async ({
  page,
  request,
}) => {
  await page.goto('/studio/structure/treatments;all-treatments')
  await expect(page.getByTestId('document-list-pane').last()).toContainText(
    'Neural Prolotherapy',
    STUDIO_READY,
  )
  const unknown = (await (
    await request.get(`${E2E_ORIGINS.standIn}/__stand-in/unknown`)
  ).json()) as string[]
  // The desk needs none of these; each is listed in README "The Studio against a stand-in".
  for (const path of unknown) {
    expect(path).toMatch(
      /\/(journey|help|ping|keyvalue|intake|descriptors|schedules|user-applications|datasets$|history)/,
    )
  }
})
