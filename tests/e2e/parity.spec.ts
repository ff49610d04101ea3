import {expect, test} from '@playwright/test'

import {E2E_PUBLIC_PATHS as PUBLIC_PATHS} from '../../scripts/public-pages.mjs'

import {E2E_ORIGINS} from './support/ports'

/* The hosted backend (real @sanity/client over HTTP) and the bundled dataset render the same pages. */

for (const path of PUBLIC_PATHS) {
  test(`${path} is the same on both backends`, async ({browser}) => {
    const texts: string[] = []
    for (const origin of [E2E_ORIGINS.local, E2E_ORIGINS.hosted]) {
      const page = await browser.newPage()
      const response = await page.goto(origin + path)
      expect(response?.status()).toBe(200)
      texts.push(await page.locator('body').innerText())
      await page.close()
    }
    expect(texts[1]).toBe(texts[0])
    expect(texts[0]).toContain('Orthopedic Spine Clinic')
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
