import {readFile} from 'node:fs/promises'

import {expect, test, type Page} from '@playwright/test'

import {zonedInstant} from '../../lib/shared/opening-hours'
import {MAIN_LOCATION_SLUG} from '../../scripts/public-pages.mjs'

import {expectAccessibleAtBothWidths} from './support/axe'
import {datasetFile} from './support/datasets'
import {clinicDateAhead, datasetHolidayDate, E2E_HOLIDAY} from './support/upcoming-holiday'
import {RENDERING} from './support/rendering'

/*
 * Locations (issue 15), on both backends, over the example dataset: the bundled main location
 * (its address and hours moved there from the settings) and a second office. The e2e datasets add
 * a closed day a few days ahead (support/upcoming-holiday.ts), so a holiday announced ahead of
 * time is tested against the servers' real clocks; "open now" is tested with the browser's clock
 * fixed at chosen moments, on pages the server rendered earlier.
 */

const MAIN = `/locations/${MAIN_LOCATION_SLUG}`
const SECOND = '/locations/pasadena-office'

const LOCATION_PAGES = [
  {path: '/locations', lang: 'en', heading: 'Our locations'},
  {path: '/es/locations', lang: 'es', heading: 'Nuestras ubicaciones'},
  {path: '/zh/locations', lang: 'zh-Hans', heading: '我们的诊所地点'},
  {path: MAIN, lang: 'en', heading: 'Alhambra office'},
  {path: `/es${SECOND}`, lang: 'es', heading: 'Pasadena office'},
  {path: `/zh${MAIN}`, lang: 'zh-Hans', heading: 'Alhambra office'},
]

// Intl writes narrow no-break spaces around "AM"/"PM" and in ranges: compare plain spaces.
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ').trim()

type Dated = {date?: string}
/** The main location's holiday dates in the dataset this project's server reads. */
async function holidayDates(projectName: string): Promise<Set<string>> {
  const docs = (await readFile(datasetFile(projectName), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map(
      (line) =>
        JSON.parse(line) as {_type: string; slug?: {current?: string}; hoursExceptions?: Dated[]},
    )
  const main = docs.find(
    (doc) => doc._type === 'location' && doc.slug?.current === MAIN_LOCATION_SLUG,
  )
  return new Set((main?.hoursExceptions ?? []).flatMap(({date}) => (date ? [date] : [])))
}

/** The weekday of a yyyy-mm-dd date (0 Sunday … 6 Saturday). */
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay()

/**
 * The first date from tomorrow on when the main location keeps its regular hours (Monday to
 * Friday, 08:00–17:00) on that day and the next: no holiday on either.
 */
function regularDay(holidays: Set<string>): string {
  for (let days = 1; days < 14; days += 1) {
    const date = clinicDateAhead(days)
    const next = clinicDateAhead(days + 1)
    const working = (day: string) => weekday(day) >= 1 && weekday(day) <= 5 && !holidays.has(day)
    if (working(date) && working(next)) return date
  }
  throw new Error('No two regular working days in a row within two weeks')
}

/**
 * The status line of a location page with the browser's clock at a moment in Los Angeles, once
 * the browser has corrected it: the server's HTML says the state at the server's own time, and
 * hydration may come after the first read on a loaded machine.
 */
async function statusAt(page: Page, path: string, date: string, time: string, expected: RegExp) {
  await page.clock.setFixedTime(zonedInstant(date, time))
  await page.goto(path)
  const status = page.locator('.opening-status')
  await expect(status).toHaveCount(1)
  await expect
    .poll(async () => plain(await status.textContent()), {message: `${date} ${time}`})
    .toMatch(expected)
  return status
}

test('the locations list and pages answer in every language, with the right lang', async ({
  page,
}) => {
  for (const {path, lang, heading} of LOCATION_PAGES) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    expect(await page.locator('html').getAttribute('lang'), path).toBe(lang)
    await expect(page.getByRole('heading', {level: 1}), path).toHaveText(heading)
  }
  await page.goto('/es')
  await expect(
    page.getByRole('navigation', {name: 'Principal'}).getByRole('link', {name: 'Ubicaciones'}),
  ).toHaveAttribute('href', '/es/locations')
  expect((await page.goto('/locations/nowhere'))?.status()).toBe(404)
  expect((await page.goto('/zh/locations/nowhere'))?.status()).toBe(404)
})

test('a location page: address with directions, phone, the week, getting here, its physicians', async ({
  page,
}) => {
  await page.goto(`/es${MAIN}`)
  const address = page.locator('main address')
  await expect(address).toContainText('Alhambra, CA 91801')
  // Directions open the patient's own map app; nothing from a map provider is embedded.
  const directions = address.getByRole('link', {name: /Cómo llegar en su aplicación de mapas/})
  await expect(directions).toHaveAttribute('href', /^https:\/\/www\.google\.com\/maps\/search\//)
  await expect(directions).toHaveAttribute('target', '_blank')
  await expect(page.locator('main iframe')).toHaveCount(0)
  await expect(
    page
      .locator('main')
      .getByRole('link', {name: /\(555\) 010-/})
      .first(),
  ).toHaveAttribute('href', /^tel:\+1555010/)
  const week = page.locator('main').getByRole('definition').first()
  expect(plain(await page.locator('main dl[aria-label="Horario"] dt').first().textContent())).toBe(
    'lunes a viernes',
  )
  expect(plain(await week.textContent())).toBe('8:00–17:00')
  await expect(page.getByRole('heading', {name: 'Cómo llegar', level: 2})).toBeVisible()
  await expect(page.getByRole('heading', {name: 'Estacionamiento'})).toBeVisible()
  await expect(
    page.getByText('Acceso sin escalones desde la calle hasta la clínica.'),
  ).toBeVisible()
  await expect(
    page.getByText('Las horas son del horario del Pacífico (Los Ángeles).'),
  ).toBeVisible()
  const physicians = page.getByRole('region', {name: 'Médicos que atienden aquí'})
  await expect(physicians.getByRole('link', {name: 'Dr. Example Person, MD'})).toHaveAttribute(
    'href',
    '/es/physicians/example-person',
  )
  // Its call to action calls this location and offers its own appointment page.
  await page.goto(SECOND)
  const cta = page.getByRole('region', {name: 'Talk with our team'})
  await expect(cta.getByRole('link', {name: 'Call (555) 010-0188'})).toHaveAttribute(
    'href',
    'tel:+15550100188',
  )
  await expect(cta.getByRole('link', {name: 'Request an appointment'})).toHaveAttribute(
    'href',
    'https://example.com/appointments/pasadena',
  )
  // And the other way: a profile names where the physician sees patients.
  await page.goto('/physicians/placeholder-name')
  await expect(page.getByRole('main').getByRole('link', {name: 'Pasadena office'})).toHaveAttribute(
    'href',
    SECOND,
  )
})

test('a holiday is announced ahead of time, in the page language', async ({page}) => {
  const date = datasetHolidayDate()
  const day = (language: string) =>
    new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`))
  await page.goto(MAIN)
  const upcoming = page.getByRole('region', {name: 'Holidays and special hours'})
  await expect(upcoming.locator(`time[datetime="${date}"]`)).toHaveText(`${day('en')}: Closed`)
  await expect(upcoming).toContainText(`(${E2E_HOLIDAY.labels.en})`)
  await page.goto(`/zh${MAIN}`)
  const zh = page.getByRole('region', {name: '节假日和特别开放时间'})
  await expect(zh.locator(`time[datetime="${date}"]`)).toHaveText(`${day('zh-Hans')}：休息`)
  await expect(zh).toContainText(E2E_HOLIDAY.labels['zh-Hans'])
})

test("open now follows the reader's clock on a page rendered earlier, holidays included", async ({
  page,
}, testInfo) => {
  const holidays = await holidayDates(testInfo.project.name)
  const day = regularDay(holidays)
  await statusAt(page, MAIN, day, '10:00', /^Open now · closes at 5:00 PM$/)
  await statusAt(page, MAIN, day, '07:30', /^Closed now · opens today at 8:00 AM$/)
  await statusAt(page, MAIN, day, '20:00', /^Closed · opens tomorrow at 8:00 AM$/)
  // The added holiday is a closed day: at 10:00 that day the clinic is not open.
  const holiday = datasetHolidayDate()
  const status = await statusAt(page, `/es${MAIN}`, holiday, '10:00', /^Cerrado · abre /)
  await expect(status).toHaveClass(/opening-status--closed/)
})

test(
  'location pages pass axe (WCAG 2.2 AA) at phone and desktop widths',
  RENDERING,
  async ({page}) => {
    test.setTimeout(90_000)
    await expectAccessibleAtBothWidths(page, [MAIN, `/zh${SECOND}`, '/es/locations'])
  },
)

test('structured data: each location is a MedicalClinic with its hours and holidays', async ({
  page,
}) => {
  await page.goto(MAIN)
  const nodes = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as Record<string, unknown>,
  )
  const location = nodes.find((node) => String(node['@id']).endsWith('#location'))
  expect(location).toMatchObject({
    '@type': 'MedicalClinic',
    address: {'@type': 'PostalAddress', addressLocality: 'Alhambra'},
    parentOrganization: {'@id': expect.stringMatching(/\/#clinic$/)},
  })
  const hours = location!.openingHoursSpecification as Array<Record<string, unknown>>
  expect(hours).toContainEqual(
    expect.objectContaining({
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      opens: '08:00',
      closes: '17:00',
    }),
  )
  const holiday = datasetHolidayDate()
  expect(hours).toContainEqual(
    expect.objectContaining({validFrom: holiday, validThrough: holiday, opens: '00:00'}),
  )
})
