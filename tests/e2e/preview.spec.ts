import {appendFile, readdir, readFile} from 'node:fs/promises'
import path from 'node:path'

import {expect, test} from '@playwright/test'
import {stegaClean} from '@sanity/client/stega'

import {datasetFile, isHostedProject} from './support/datasets'
import {E2E_PREVIEW_SECRET, E2E_READ_TOKEN, E2E_WEBHOOK_SECRET} from './support/ports'

/*
 * Staff previews (draft mode) on both backends. Runs with the publishing tests, after the
 * read-only ones, because it adds draft documents to the servers' datasets.
 */

test('preview shows a draft with a banner, and exit returns to the published page', async ({
  page,
}, testInfo) => {
  const file = datasetFile(testInfo.project.name)
  const draftTitle = `Spine Injections (draft ${testInfo.project.name})`
  const published = (await readFile(file, 'utf8'))
    .split('\n')
    .find((line) => line.includes('"_id":"treatment-spine-injections"'))!
  const draft = {
    ...JSON.parse(published),
    _id: 'drafts.treatment-spine-injections',
    title: draftTitle,
  }
  await appendFile(file, `${JSON.stringify(draft)}\n`)

  await page.goto('/treatments/spine-injections')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Spine Injections')

  let enableUrl: string
  if (isHostedProject(testInfo.project.name)) {
    // What Sanity's Presentation tool does: store a short-lived secret, open the enable URL with it.
    const secret = {
      _id: 'sanity-preview-url-secret.e2e',
      _type: 'sanity.previewUrlSecret',
      _updatedAt: new Date().toISOString(),
      secret: 'e2e-presentation-secret',
      source: 'e2e',
      studioUrl: '/studio',
    }
    await appendFile(file, `${JSON.stringify(secret)}\n`)
    enableUrl = `/api/draft-mode/enable?sanity-preview-secret=${secret.secret}&sanity-preview-pathname=/treatments/spine-injections`
  } else {
    enableUrl = `/api/draft-mode/enable?secret=${E2E_PREVIEW_SECRET}&redirect=/treatments/spine-injections`
  }
  await page.goto(enableUrl)
  await expect(page).toHaveURL(/\/treatments\/spine-injections$/)
  const heading = page.getByRole('heading', {level: 1})
  await expect.poll(async () => stegaClean(await heading.textContent())).toBe(draftTitle)
  // Hosted previews hide Visual Editing's edit links in page text, never in metadata.
  const invisible = /[\u200b-\u200d\u2060-\u2064\ufeff]/
  if (isHostedProject(testInfo.project.name)) expect(await heading.textContent()).toMatch(invisible)
  expect(await page.title()).toBe(`${draftTitle} | Orthopedic Spine Clinic`)
  await expect(page.getByRole('status')).toContainText('Preview of unpublished changes')

  await page.getByRole('link', {name: 'Exit preview'}).click()
  await page.goto('/treatments/spine-injections')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Spine Injections')
  await expect(page.getByText('Preview of unpublished changes')).toHaveCount(0)
})

test('enabling a preview refuses wrong secrets and redirects off the site', async ({
  request,
}, testInfo) => {
  const hosted = isHostedProject(testInfo.project.name)
  const enable = (query: string) =>
    request.get(`/api/draft-mode/enable?${query}`, {maxRedirects: 0})
  const wrong = hosted ? 'sanity-preview-secret=wrong' : 'secret=wrong'
  expect((await enable(wrong)).status()).toBe(401)
  const target = hosted ? 'sanity-preview-pathname' : 'redirect'
  const secret = hosted
    ? 'sanity-preview-secret=e2e-presentation-secret'
    : `secret=${E2E_PREVIEW_SECRET}`
  for (const unsafe of [
    '//evil.example/',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
  ]) {
    const response = await enable(`${secret}&${target}=${encodeURIComponent(unsafe)}`)
    expect(response.status(), unsafe).toBe(400)
    expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')
  }
})

test('no secret or token reaches the browser', async ({request}, testInfo) => {
  const secrets = [E2E_PREVIEW_SECRET, E2E_READ_TOKEN, E2E_WEBHOOK_SECRET]
  for (const url of [
    '/',
    '/treatments',
    '/treatments/spine-injections',
    '/affiliations',
    '/nope',
  ]) {
    const html = await (await request.get(url)).text()
    for (const secret of secrets) expect(html).not.toContain(secret)
  }
  const distDir = isHostedProject(testInfo.project.name) ? '.next-e2e-hosted' : '.next-e2e-local'
  const staticDir = path.join(__dirname, '..', '..', distDir, 'static')
  const files = (await readdir(staticDir, {recursive: true})).filter((name) =>
    /\.(js|css|json)$/.test(name),
  )
  expect(files.length).toBeGreaterThan(0)
  for (const name of files) {
    const text = await readFile(path.join(staticDir, name), 'utf8')
    for (const secret of secrets) expect(text, name).not.toContain(secret)
  }
})
