import {expect, test, type Page} from '@playwright/test'

/*
 * The embedded Studio at /studio: its own root layout, no indexing, and the two bundles apart. It
 * cannot log in here (hosted Sanity is unreachable), so it is tested for what runs offline.
 */

// Text that exists only in the Studio's bundle (a field description from the schema) and only
// in the site's stylesheet (a class of the treatment cards).
const STUDIO_MARKER = 'Other names patients may search for'
const SITE_CSS_MARKER = '.treatment-card'

async function loadedAssets(page: Page, path: string) {
  const assets: Array<{url: string; type: string; body: string}> = []
  page.on('response', async (response) => {
    const type = response.request().resourceType()
    if (type === 'script' || type === 'stylesheet') {
      assets.push({url: response.url(), type, body: await response.text().catch(() => '')})
    }
  })
  const response = await page.goto(path)
  await page.waitForLoadState('networkidle')
  return {response, assets}
}

test('/studio answers 200, is not indexed, and loads none of the site', async ({page}) => {
  const {response, assets} = await loadedAssets(page, '/studio')
  expect(response?.status()).toBe(200)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  expect(assets.some(({type, body}) => type === 'script' && body.includes(STUDIO_MARKER))).toBe(
    true,
  )
  for (const {url, body} of assets) expect(body, url).not.toContain(SITE_CSS_MARKER)
  // No site header or footer around it.
  await expect(page.getByRole('navigation', {name: 'Main'})).toHaveCount(0)
})

for (const path of ['/', '/treatments/spine-injections', '/affiliations']) {
  test(`${path} ships none of the Studio`, async ({page}) => {
    const {assets} = await loadedAssets(page, path)
    expect(assets.some(({type}) => type === 'stylesheet')).toBe(true)
    for (const {url, body} of assets) expect(body, url).not.toContain(STUDIO_MARKER)
    const scriptBytes = assets
      .filter(({type}) => type === 'script')
      .reduce((total, {body}) => total + body.length, 0)
    // The framework's floor is about 140 KB of JavaScript; the Studio alone is megabytes.
    expect(scriptBytes).toBeLessThan(600_000)
  })
}
