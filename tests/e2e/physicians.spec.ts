import {expect, test, type Page} from '@playwright/test'

import {wcagViolations} from './support/axe'
import {RENDERING} from './support/rendering'

/*
 * Physician profiles (issue 15), on both backends, over the example dataset (the bundled content
 * plus clearly fictional physicians: scripts/example-dataset.mjs): the list and the profile in
 * every language, structured data, and the links between physicians, hospitals and treatments
 * in both directions.
 */

const PERSON = '/physicians/example-person'
const SAMPLE = '/physicians/sample-doctor'

const PHYSICIAN_PAGES = [
  {path: '/physicians', lang: 'en', heading: 'Our physicians'},
  {path: '/es/physicians', lang: 'es', heading: 'Nuestros médicos'},
  {path: '/zh/physicians', lang: 'zh-Hans', heading: '我们的医生'},
  {path: PERSON, lang: 'en', heading: 'Dr. Example Person, MD'},
  {path: `/es${PERSON}`, lang: 'es', heading: 'Dr. Example Person, MD'},
  {path: `/zh${SAMPLE}`, lang: 'zh-Hans', heading: 'Dr. Sample Doctor, DO'},
]

/** The page's JSON-LD nodes of one type, parsed. */
async function jsonLdOfType(page: Page, type: string): Promise<Array<Record<string, unknown>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .filter((node) => node['@type'] === type)
}

test('the physicians list and profiles answer in every language, with the right lang', async ({
  page,
}) => {
  for (const {path, lang, heading} of PHYSICIAN_PAGES) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    expect(await page.locator('html').getAttribute('lang'), path).toBe(lang)
    await expect(page.getByRole('heading', {level: 1}), path).toHaveText(heading)
  }
  // Header and footer link the section once there are physicians.
  await page.goto('/es')
  await expect(
    page.getByRole('navigation', {name: 'Principal'}).getByRole('link', {name: 'Médicos'}),
  ).toHaveAttribute('href', '/es/physicians')
  expect((await page.goto('/physicians/nobody'))?.status()).toBe(404)
  expect((await page.goto('/zh/physicians/nobody'))?.status()).toBe(404)
})

test("a profile: the physician's facts, training, hospitals and treatments, in the page's language", async ({
  page,
}) => {
  await page.goto(`/es${PERSON}`)
  await expect(
    page.getByText('Cirugía ortopédica de la columna · Cirugía ortopédica'),
  ).toBeVisible()
  await expect(page.getByText('Habla: inglés y español')).toBeVisible()
  await expect(page.getByText('Acepta pacientes nuevos')).toBeVisible()
  // Hospital names stay as the hospitals write them.
  const hospitals = page.getByRole('region', {name: 'Privilegios en hospitales'})
  await expect(hospitals.getByText('Methodist Hospital of Southern California')).toBeVisible()
  // The treatments they provide, by their Spanish pages.
  const treatments = page.getByRole('region', {name: 'Tratamientos que ofrece'})
  await expect(treatments.getByRole('link', {name: 'Inyecciones en la columna'})).toHaveAttribute(
    'href',
    '/es/treatments/inyecciones-en-la-columna',
  )

  await page.goto(`/zh${SAMPLE}`)
  await expect(page.getByText('会说：英语、普通话和粤语')).toBeVisible()
  await expect(page.getByText('目前不接收新病人')).toBeVisible()
})

test('structured data: an IndividualPhysician with specialty, hospitals, memberships, languages and NPI', async ({
  page,
}) => {
  await page.goto(PERSON)
  const [physician] = await jsonLdOfType(page, 'IndividualPhysician')
  expect(physician).toMatchObject({
    '@context': 'https://schema.org',
    name: 'Dr. Example Person, MD',
    url: 'http://localhost:3000/physicians/example-person',
    medicalSpecialty: ['Musculoskeletal'],
    knowsLanguage: ['en', 'es'],
    usNPI: '1234567893',
    hospitalAffiliation: expect.arrayContaining([
      expect.objectContaining({
        '@type': 'Hospital',
        name: 'Methodist Hospital of Southern California',
      }),
    ]),
    memberOf: expect.arrayContaining([
      expect.objectContaining({
        '@type': 'MedicalOrganization',
        name: 'North American Spine Society',
      }),
    ]),
  })
})

test('physicians, hospitals and treatments link to each other in both directions', async ({
  page,
}) => {
  // Treatment → its providers and its reviewer → the profile.
  await page.goto('/treatments/spine-injections')
  const providers = page.getByRole('region', {name: 'Physicians who provide this treatment'})
  await expect(providers.getByRole('link', {name: 'Dr. Example Person, MD'})).toHaveAttribute(
    'href',
    PERSON,
  )
  await expect(
    page.locator('.medical-review').getByRole('link', {name: 'Dr. Example Person, MD'}),
  ).toHaveAttribute('href', PERSON)
  // Profile → the treatment.
  await page.goto(PERSON)
  await page
    .getByRole('region', {name: 'Treatments they provide'})
    .getByRole('link', {name: 'Spine Injections'})
    .click()
  await expect(page).toHaveURL(/\/treatments\/spine-injections$/)
  // Hospital → the physicians with privileges there → the profile.
  await page.goto('/zh/affiliations')
  const hospitals = page.getByRole('region', {name: '医院'})
  // (Listed under each of the two hospitals where they have privileges.)
  await hospitals.getByRole('link', {name: 'Dr. Sample Doctor, DO'}).first().click()
  await expect(page).toHaveURL(new RegExp(`/zh${SAMPLE}$`))
  await expect(page.getByRole('region', {name: '医院执业权限'})).toContainText(
    'Garfield Medical Center',
  )
})

test('search finds physicians by name, specialty and spoken language', async ({page}) => {
  await page.goto('/search?q=sample')
  await expect(page.getByRole('heading', {name: /1 physician found/})).toBeVisible()
  await page.goto('/es/search?q=espanol')
  const found = page.getByRole('region', {name: /médico encontrado/})
  await expect(found.getByRole('link', {name: 'Dr. Example Person, MD'})).toBeVisible()
  await page.goto(`/zh/search?q=${encodeURIComponent('粤语')}`)
  await expect(page.getByRole('link', {name: 'Dr. Sample Doctor, DO'})).toBeVisible()
})

test('the sitemap lists every physician in every language', async ({request}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const path of ['/physicians', PERSON, `/es${PERSON}`, `/zh${SAMPLE}`]) {
    expect(sitemap).toContain(`<loc>http://localhost:3000${path}</loc>`)
  }
})

for (const width of [390, 1280]) {
  test(
    `axe finds no WCAG 2.2 AA violation on physician pages at ${width} px`,
    RENDERING,
    async ({page}) => {
      await page.setViewportSize({width, height: width < 600 ? 844 : 900})
      for (const path of ['/physicians', PERSON, `/zh${SAMPLE}`, '/affiliations']) {
        await page.goto(path)
        expect(await wcagViolations(page), `${path} at ${width}px`).toEqual([])
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0)
      }
    },
  )
}
