import {expect, test} from '@playwright/test'

import {expectAccessibleAtBothWidths} from './support/axe'
import {RENDERING} from './support/rendering'

/*
 * Pages built by staff (issue 15 part 3), on both backends, over the example dataset's bundled
 * pages: "About the clinic" and "New patients" in English, Spanish and Chinese, and the header and
 * footer menus from the site settings that link them.
 */

const PAGES = [
  {path: '/about', lang: 'en', heading: 'About the clinic'},
  {path: '/es/sobre-la-clinica', lang: 'es', heading: 'Sobre la clínica'},
  {path: '/zh/guan-yu-zhen-suo', lang: 'zh-Hans', heading: '关于诊所'},
  {path: '/new-patients', lang: 'en', heading: 'New patients'},
  {path: '/es/pacientes-nuevos', lang: 'es', heading: 'Pacientes nuevos'},
  {path: '/zh/xin-huan-zhe', lang: 'zh-Hans', heading: '新患者须知'},
]

test('pages answer in every language with the right lang; unknown ones 404, moved ones 308', async ({
  page,
  request,
}) => {
  for (const {path, lang, heading} of PAGES) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    expect(await page.locator('html').getAttribute('lang'), path).toBe(lang)
    await expect(page.getByRole('heading', {level: 1}), path).toHaveText(heading)
  }
  // An English address under another language's prefix leads to that language's own address,
  // its query string kept (the proxy answers it, like every redirect).
  const moved = await request.get('/es/about?utm_source=flyer', {maxRedirects: 0})
  expect(moved.status()).toBe(308)
  expect(moved.headers()['location']).toBe('/es/sobre-la-clinica?utm_source=flyer')
  const followed = await request.get('/es/about')
  expect(followed.status()).toBe(200)
  expect(new URL(followed.url()).pathname).toBe('/es/sobre-la-clinica')
  for (const path of ['/nope', '/es/nope', '/zh/nope', '/about/more']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', {level: 1}), path).toBeVisible()
  }
  // The site's own addresses are still theirs.
  for (const path of ['/treatments', '/es/physicians', '/zh/locations', '/search']) {
    expect((await request.get(path)).status(), path).toBe(200)
  }
})

test("a page's blocks: call-out, text, questions and answers, call to action, treatments", async ({
  page,
}) => {
  await page.goto('/es/pacientes-nuevos')
  const main = page.getByRole('main')
  const important = main.getByRole('complementary', {name: 'Importante'})
  await expect(important).toContainText('Importante: Traiga una identificación con foto')
  await expect(
    main.getByRole('heading', {name: 'Preguntas antes de su primera visita', level: 2}),
  ).toBeVisible()
  await expect(main.getByText('¿Necesito una referencia (referral)?')).toBeVisible()
  const cta = main.getByRole('region', {name: 'Hable con nuestro equipo'})
  await expect(cta).toContainText('Llámenos para pedir su primera cita.')
  await expect(cta.getByRole('link', {name: /^Llame al/})).toHaveAttribute('href', /^tel:\+1/)

  // Structured data: the page, and its questions and answers.
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as {'@type': string; inLanguage?: string; mainEntity?: unknown[]},
  )
  expect(jsonLd.find((data) => data['@type'] === 'WebPage')).toMatchObject({
    name: 'Pacientes nuevos',
    inLanguage: 'es',
  })
  expect(jsonLd.find((data) => data['@type'] === 'FAQPage')?.mainEntity?.length).toBeGreaterThan(0)

  await page.goto('/about')
  const list = page.getByRole('region', {name: 'Our treatments'})
  await expect(list.getByRole('link', {name: 'Spine Injections'})).toHaveAttribute(
    'href',
    '/treatments/spine-injections',
  )
  await page.goto('/zh/guan-yu-zhen-suo')
  await expect(
    page.getByRole('main').getByRole('link', {name: '脊柱注射'}).first(),
  ).toHaveAttribute('href', /^\/zh\/treatments\//)
  await expect(page.getByRole('main').getByRole('complementary', {name: '温馨提示'})).toBeVisible()
})

test("the staff's menus lead to the pages, in the page's language", async ({page}) => {
  const menus = [
    {path: '/', main: 'Main', footer: 'Footer', label: 'New patients', href: '/new-patients'},
    {
      path: '/es/treatments',
      main: 'Principal',
      footer: 'Pie de página',
      label: 'Pacientes nuevos',
      href: '/es/pacientes-nuevos',
    },
    {path: '/zh', main: '主导航', footer: '页脚', label: '新患者须知', href: '/zh/xin-huan-zhe'},
  ]
  for (const {path, main, footer, label, href} of menus) {
    await page.goto(path)
    const header = page.getByRole('navigation', {name: main})
    await expect(header.getByRole('link', {name: label}), path).toHaveAttribute('href', href)
    await expect(
      page.getByRole('navigation', {name: footer}).getByRole('link', {name: label}),
      path,
    ).toHaveAttribute('href', href)
    // The site's sections stay in the menu, named in the page's language.
    await expect(header.getByRole('link').first(), path).toHaveAttribute(
      'href',
      path === '/' ? '/treatments' : `/${path.split('/')[1]}/treatments`,
    )
  }
  // A click follows the menu to the page.
  await page.goto('/es')
  await page
    .getByRole('navigation', {name: 'Principal'})
    .getByRole('link', {name: 'Sobre nosotros'})
    .click()
  await expect(page).toHaveURL(/\/es\/sobre-la-clinica$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Sobre la clínica')
})

test('search finds pages in the reader’s language; the sitemap lists them with alternates', async ({
  page,
  request,
}) => {
  await page.goto('/es/search?q=traer')
  const found = page.getByRole('region', {name: /página encontrada/})
  await expect(found.getByRole('link', {name: 'Pacientes nuevos'})).toHaveAttribute(
    'href',
    '/es/pacientes-nuevos',
  )
  await page.goto('/search?q=insurance')
  await expect(
    page.getByRole('region', {name: /page found/}).getByRole('link', {name: 'New patients'}),
  ).toHaveAttribute('href', '/new-patients')

  const sitemap = await (await request.get('/sitemap.xml')).text()
  const entry = sitemap
    .split('<url>')
    .find((block) => /<loc>[^<]*\/es\/sobre-la-clinica<\/loc>/.test(block))
  expect(entry, 'the Spanish page is in the sitemap').toBeDefined()
  expect(entry).toMatch(/hreflang="en" href="[^"]*\/about"/)
  expect(entry).toMatch(/hreflang="zh-Hans" href="[^"]*\/zh\/guan-yu-zhen-suo"/)
  expect(sitemap).not.toMatch(/<loc>[^<]*\/_unknown<\/loc>/)
})

test('a page has its share picture and is served from the cache on the next request', async ({
  page,
  request,
}) => {
  for (const path of ['/new-patients', '/zh/xin-huan-zhe']) {
    await page.goto(path)
    const image = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(image, path).toBeTruthy()
    const picture = await request.get(new URL(image!).pathname)
    expect(picture.status(), image!).toBe(200)
    expect(picture.headers()['content-type']).toBe('image/png')
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      /New patients|新患者须知/,
    )
    await request.get(path)
    expect((await request.get(path)).headers()['x-nextjs-cache'], path).toBe('HIT')
  }
})

test(
  'pages pass axe (WCAG 2.2 AA) and never scroll sideways, at phone and desktop widths',
  RENDERING,
  async ({page}) => {
    test.setTimeout(90_000)
    await expectAccessibleAtBothWidths(page, [
      '/new-patients',
      '/es/sobre-la-clinica',
      '/zh/xin-huan-zhe',
    ])
  },
)
