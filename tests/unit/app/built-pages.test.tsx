import {cleanup, render, screen, within} from '@testing-library/react'
import type {ReactNode} from 'react'

import LanguagePage, {generateMetadata as languagePageMetadata} from '@/app/[lang]/[slug]/page'
import HomeOrPage, {generateMetadata as rootMetadata} from '@/app/[lang]/page'
import SearchPage from '@/app/[lang]/search/page'
import sitemap from '@/app/sitemap'
import {SiteChrome} from '@/app/_views/SiteDocument'

import type {SanityDocument} from '@/lib/content/types'

import {BUNDLED_DATASET, fixture, withEnv} from '@/tests/support/content'
import {HOSTILE_PAGES, hostileDocuments, PAYLOAD} from '@/tests/support/hostile-dataset'
import {resolveServer} from '@/tests/unit/support/server-components'
import {
  i18n,
  translatedDatasetFile,
  translatedDocuments,
} from '@/tests/unit/support/translated-dataset'

/*
 * Pages built by staff and the staff's menus, rendered as server components over the fixture
 * dataset (its page "About Us" at /about-us uses every block; its settings have both menus) and
 * over a dataset with translations (its page "New patients", translated into Spanish only).
 */

// Next's data cache exists only inside a Next.js server: here queries run uncached.
jest.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))

const renderPage = async (page: ReactNode | Promise<ReactNode>) => render(await resolveServer(page))
const root = (lang: string) => ({params: Promise.resolve({lang})})
const inLanguage = (lang: string, slug: string) => ({params: Promise.resolve({lang, slug})})
const notFound = expect.objectContaining({digest: expect.stringContaining('404')})

const TRANSLATED = translatedDatasetFile()
const translated = <T,>(body: () => Promise<T>) => withEnv({CONTENT_DATASET_FILE: TRANSLATED}, body)

beforeAll(() => {
  delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
  process.env.CONTENT_DATASET_FILE = fixture('content.ndjson')
  jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterAll(() => {
  delete process.env.CONTENT_DATASET_FILE
  jest.mocked(console.warn).mockRestore()
})

describe('a page built by staff, in English (/<slug>)', () => {
  it('shows its title, summary and every block with the site’s own components', async () => {
    const {container} = await renderPage(HomeOrPage(root('about-us')))
    expect(screen.getByRole('heading', {level: 1, name: 'About Us'})).toBeVisible()
    expect(screen.getByText('Who we are and how we care for your spine.')).toHaveClass('lead')
    // Text: its heading has an anchor; the javascript: link keeps its text, not the link.
    expect(screen.getByRole('heading', {level: 2, name: 'Our story'})).toHaveAttribute(
      'id',
      'our-story',
    )
    expect(screen.getByText('We started small.')).toBeVisible()
    expect(screen.queryByRole('link', {name: 'We started small.'})).toBeNull()
    // Call-outs say what they are in words, not only in colour.
    expect(screen.getByRole('complementary', {name: 'Important'})).toHaveTextContent(
      'Important: Bring your insurance card.',
    )
    expect(screen.getByRole('complementary', {name: 'Good to know'})).toHaveTextContent(
      'Good to know: Parking is free.',
    )
    // Questions and answers as native disclosures, under the staff's heading.
    const faqs = screen.getByRole('region', {name: 'Your first visit'})
    expect(within(faqs).getByText('How long is a visit?').tagName).toBe('SUMMARY')
    expect(within(faqs).queryByText('Unanswered?')).toBeNull()
    // The call to action: the staff's sentence, the clinic's phone and appointment link.
    const cta = screen.getByRole('region', {name: 'Talk with our team'})
    expect(within(cta).getByText('Call us to book your first visit.')).toBeVisible()
    expect(within(cta).getByRole('link', {name: 'Call (555) 010-0199'})).toHaveAttribute(
      'href',
      'tel:+15550100199',
    )
    expect(within(cta).getByRole('link', {name: 'Request an appointment'})).toHaveAttribute(
      'href',
      'https://example.com/book',
    )
    // Treatments in the staff's order (a missing one left out), under the list's heading.
    const treatments = screen.getByRole('region', {name: 'What we treat'})
    expect(
      within(treatments)
        .getAllByRole('heading', {level: 3})
        .map((heading) => [
          heading.textContent,
          within(heading).getByRole('link').getAttribute('href'),
        ]),
    ).toEqual([
      ['Child A', '/treatments/child-a'],
      ['Parent Treatment', '/treatments/parent'],
    ])
    // Physicians without a heading: their names are the section's headings (h2).
    expect(screen.getByRole('heading', {level: 2, name: 'Dr. Pat Lee, MD'})).toBeVisible()
    expect(screen.getByRole('link', {name: 'Dr. Pat Lee, MD'})).toHaveAttribute(
      'href',
      '/physicians/pat-lee',
    )
    expect(screen.queryByText('Unknown block')).toBeNull()
    expect(screen.queryByRole('heading', {name: 'Nothing listed'})).toBeNull()
    // Every id on the page is unique (several blocks may have headings of the same kind).
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    // Links to the page in the other languages: the English text there, not translated yet.
    expect(
      within(screen.getByRole('navigation', {name: 'This page in other languages'}))
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/es/about-us', '/zh/about-us'])
  })

  it('has its own title, description and canonical address', async () => {
    const metadata = await rootMetadata(root('about-us'))
    expect(metadata.title).toBe('About Us')
    expect(metadata.description).toBe('The fixture clinic in a few words.')
    expect(metadata.alternates?.canonical).toBe('http://localhost:3000/about-us')
    expect(metadata.robots).toBeUndefined()
    // The language prefixes stay home pages.
    expect((await rootMetadata(root('es'))).alternates?.canonical).toBe('http://localhost:3000/es')
  })

  it('answers 404 for an unknown, unpublished, untitled or implausible page', async () => {
    for (const slug of ['nope', 'draft-page', 'untitled', '_unknown', 'treatments']) {
      await expect(resolveServer(HomeOrPage(root(slug)))).rejects.toEqual(notFound)
    }
    // Nothing lives below a page, and an English page's address has no language prefix.
    await expect(resolveServer(LanguagePage(inLanguage('about-us', 'x')))).rejects.toEqual(notFound)
  })
})

describe('a page built by staff in other languages (/es/<slug>)', () => {
  it('its translation, in Spanish around it, with its list in Spanish where translated', async () => {
    await translated(() => renderPage(LanguagePage(inLanguage('es', 'nuevos-pacientes'))))
    expect(screen.getByRole('heading', {level: 1, name: 'Pacientes nuevos'})).toBeVisible()
    expect(document.querySelector('.fallback-note')).toBeNull()
    expect(screen.getByRole('complementary', {name: 'Para tener en cuenta'})).toHaveTextContent(
      'Traiga una identificación con foto.',
    )
    const spanish = screen.getByRole('link', {name: 'Inyecciones en la columna'})
    expect(spanish).toHaveAttribute('href', '/es/treatments/inyecciones-columna')
    expect(spanish).not.toHaveAttribute('lang')
    const english = screen.getByRole('link', {name: 'Proliferation Injection'})
    expect(english).toHaveAttribute('lang', 'en')
    expect(english).toHaveAttribute('href', '/es/treatments/proliferation-injection')
    expect(
      within(screen.getByRole('navigation', {name: 'Esta página en otros idiomas'}))
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/new-patients', '/zh/new-patients'])
  })

  it('the English text marked as English, with a note, where the translation is missing', async () => {
    // Not offered to search engines (noindex, no alternates); the translation is.
    const metadata = await translated(() => languagePageMetadata(inLanguage('zh', 'new-patients')))
    expect(metadata.robots).toEqual({index: false, follow: true})
    const spanish = await translated(() =>
      languagePageMetadata(inLanguage('es', 'nuevos-pacientes')),
    )
    expect(Object.keys(spanish.alternates?.languages ?? {}).sort()).toEqual([
      'en',
      'es',
      'x-default',
    ])
    const {container} = await translated(() =>
      renderPage(LanguagePage(inLanguage('zh', 'new-patients'))),
    )
    expect(container.querySelector('.fallback-note')).toHaveTextContent(/./)
    expect(
      screen.getByRole('heading', {level: 1, name: 'New patients'}).parentElement,
    ).toHaveAttribute('lang', 'en')
    // The interface is Chinese: the call-out's kind, the language links.
    expect(screen.getByRole('complementary', {name: '温馨提示'})).toBeVisible()
  })

  it('moves the English address under /es to the translation’s (308), and 404s unknown ones', async () => {
    await expect(
      translated(() => resolveServer(LanguagePage(inLanguage('es', 'new-patients')))),
    ).rejects.toMatchObject({digest: expect.stringContaining('/es/nuevos-pacientes;308')})
    await expect(
      translated(() => resolveServer(LanguagePage(inLanguage('es', 'nadie')))),
    ).rejects.toEqual(notFound)
  })
})

describe('the staff’s menus in the header and footer', () => {
  const links = (name: string) =>
    within(screen.getByRole('navigation', {name}))
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')])

  it('show the items that lead somewhere, in the staff’s order', async () => {
    await renderPage(SiteChrome({language: 'en', children: null}))
    expect(links('Main')).toEqual([
      ['Treatments', '/treatments'],
      ['Physicians', '/physicians'],
      ['Locations', '/locations'],
      ['About us', '/about-us'],
      ['Patient portal', 'https://portal.example.com/'],
    ])
    expect(screen.getByRole('link', {name: 'Patient portal'})).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    )
    expect(links('Footer')).toEqual([
      ['All treatments', '/treatments'],
      ['Physicians', '/physicians'],
      ['Locations', '/locations'],
      ['Affiliations', '/affiliations'],
      ['Orphan', '/treatments/orphan'],
    ])
    // The notice of language assistance is linked from every footer, whatever the menu.
    expect(screen.getByRole('link', {name: 'Language assistance'})).toHaveAttribute(
      'href',
      '/language-assistance',
    )
  })

  it('fall back to the site’s sections while a menu is empty', async () => {
    await translated(() => renderPage(SiteChrome({language: 'es', children: null})))
    expect(links('Principal').map(([, href]) => href)).toEqual([
      '/es/treatments',
      '/es/physicians',
      '/es/locations',
      '/es/affiliations',
    ])
  })

  it('in each language: the translation’s address, the staff’s text or the site’s name for a section', async () => {
    const documents = translatedDocuments().map((document) =>
      document._id === 'siteSettings'
        ? {
            ...document,
            headerMenu: [
              {
                _type: 'menuItem',
                _key: 'visit',
                label: i18n({en: 'New patients', es: 'Pacientes nuevos'}),
                target: {_type: 'reference', _ref: 'p-visit'},
              },
              {
                _type: 'menuItem',
                _key: 'where',
                label: i18n({en: 'Where we are'}),
                section: 'locations',
              },
              {
                _type: 'menuItem',
                _key: 'shots',
                label: i18n({en: 'Injections'}),
                target: {_type: 'reference', _ref: 't-parent'},
              },
            ],
          }
        : document,
    )
    const file = translatedDatasetFile(documents)
    await withEnv({CONTENT_DATASET_FILE: file}, () =>
      renderPage(SiteChrome({language: 'es', children: null})),
    )
    expect(links('Principal')).toEqual([
      ['Pacientes nuevos', '/es/nuevos-pacientes'],
      ['Ubicaciones', '/es/locations'],
      ['Injections', '/es/treatments/inyecciones-columna'],
    ])
    expect(screen.getByRole('link', {name: 'Injections'})).toHaveAttribute('lang', 'en')
    // The footer menu is empty: the site's sections.
    expect(links('Pie de página')).toHaveLength(4)
    cleanup()
  })
})

describe('pages built by staff in search and the sitemap', () => {
  it('search finds a page by its title or summary, in the page’s language', async () => {
    await translated(() =>
      renderPage(
        SearchPage({
          params: Promise.resolve({lang: 'es'}),
          searchParams: Promise.resolve({q: 'traer'}),
        }),
      ),
    )
    const results = screen.getByRole('region', {name: '1 página encontrada para “traer”'})
    expect(within(results).getByRole('link', {name: 'Pacientes nuevos'})).toHaveAttribute(
      'href',
      '/es/nuevos-pacientes',
    )
    expect(within(results).getByText('Qué traer a su primera visita.')).toBeVisible()
  })

  it('search lists an untranslated page in English, marked as English', async () => {
    await translated(() =>
      renderPage(
        SearchPage({
          params: Promise.resolve({lang: 'zh'}),
          searchParams: Promise.resolve({q: 'first visit'}),
        }),
      ),
    )
    const link = screen.getByRole('link', {name: 'New patients'})
    expect(link).toHaveAttribute('href', '/zh/new-patients')
    expect(link).toHaveAttribute('lang', 'en')
  })

  it('the sitemap lists each page’s translations, each with the others as alternates', async () => {
    const entries = await translated(() => sitemap())
    const page = entries.filter(({url}) => /patients|pacientes/.test(url))
    expect(page.map(({url}) => url)).toEqual([
      'http://localhost:3000/new-patients',
      'http://localhost:3000/es/nuevos-pacientes',
    ])
    expect(page[1]?.alternates?.languages).toEqual({
      en: 'http://localhost:3000/new-patients',
      es: 'http://localhost:3000/es/nuevos-pacientes',
    })
    expect(page[1]?.lastModified).toBe('2026-03-01T00:00:00Z')
    // The page at an address the site uses is never listed.
    const fixtureEntries = await sitemap()
    expect(fixtureEntries.map(({url}) => url)).toContain('http://localhost:3000/about-us')
    expect(
      fixtureEntries.filter(({url}) => url === 'http://localhost:3000/treatments'),
    ).toHaveLength(1)
  })
})

describe('the bundled pages and menus', () => {
  const bundled = <T,>(body: () => Promise<T>) =>
    withEnv({CONTENT_DATASET_FILE: BUNDLED_DATASET}, body)

  it('"New patients" says what to bring, in English, Spanish and Chinese', async () => {
    await bundled(() => renderPage(HomeOrPage(root('new-patients'))))
    const bring = screen.getByRole('heading', {level: 2, name: 'What to bring'})
    const items = [...bring.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent)
    expect(items.join(' ')).toMatch(/photo ID.*insurance card.*medicines.*X-rays, MRI or CT/)
    expect(screen.getByRole('heading', {level: 2, name: 'What to expect'})).toBeVisible()
    cleanup()
    await bundled(() => renderPage(LanguagePage(inLanguage('es', 'pacientes-nuevos'))))
    expect(screen.getByRole('heading', {level: 1, name: 'Pacientes nuevos'})).toBeVisible()
    cleanup()
    await bundled(() => renderPage(LanguagePage(inLanguage('zh', 'xin-huan-zhe'))))
    expect(screen.getByRole('heading', {level: 1, name: '新患者须知'})).toBeVisible()
    expect(document.querySelector('.fallback-note')).toBeNull()
  })

  it('"About the clinic" lists the three treatments and links the affiliations, in each language', async () => {
    await bundled(() => renderPage(LanguagePage(inLanguage('es', 'sobre-la-clinica'))))
    expect(
      within(screen.getByRole('region', {name: 'Nuestros tratamientos'}))
        .getAllByRole('heading', {level: 3})
        .map((heading) => heading.textContent),
    ).toEqual(['Inyecciones en la columna', 'Inyección de proliferación', 'Proloterapia neural'])
    expect(screen.getByRole('link', {name: 'Vea todas nuestras afiliaciones'})).toHaveAttribute(
      'href',
      '/es/affiliations',
    )
  })

  it('the menus link them in the page’s language; sections without pages are left out', async () => {
    await bundled(() => renderPage(SiteChrome({language: 'zh-Hans', children: null})))
    const header = within(screen.getByRole('navigation', {name: '主导航'}))
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'))
    // No physician in the bundled content: no physicians link.
    expect(header).toEqual([
      '/zh/treatments',
      '/zh/locations',
      '/zh/affiliations',
      '/zh/xin-huan-zhe',
      '/zh/guan-yu-zhen-suo',
    ])
  })
})

describe('hostile pages and menus (tests/support/hostile-dataset.ts)', () => {
  const HOSTILE = translatedDatasetFile(hostileDocuments() as SanityDocument[])
  const hostile = <T,>(body: () => Promise<T>) => withEnv({CONTENT_DATASET_FILE: HOSTILE}, body)

  /** Nothing in the rendered page could run: no script element, handler or script address. */
  const expectHarmless = (container: HTMLElement) => {
    expect(
      container.querySelector(
        'script:not([type="application/ld+json"]), iframe, object, embed, svg, img[onerror]',
      ),
    ).toBeNull()
    // Structured data carries the text escaped: it parses, and cannot end its element.
    for (const script of container.querySelectorAll('script')) {
      expect(script.innerHTML).not.toMatch(/<\//)
      expect(() => JSON.parse(script.textContent ?? '') as unknown).not.toThrow()
    }
    for (const element of container.querySelectorAll('*')) {
      for (const {name} of element.attributes) expect(name).not.toMatch(/^on/i)
    }
    for (const link of container.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^(\/|https:|tel:|mailto:|#)/)
    }
  }

  it('render every block as text, in English and Spanish', async () => {
    for (const page of [
      HomeOrPage(root(HOSTILE_PAGES.hostile)),
      LanguagePage(inLanguage('es', HOSTILE_PAGES.translated)),
      HomeOrPage(root(HOSTILE_PAGES.duplicate)),
    ]) {
      const {container} = await hostile(() => renderPage(page))
      expect(container.textContent).toContain(PAYLOAD)
      expectHarmless(container)
      cleanup()
    }
  })

  it('never take an address of the site, and answer 404 without a title or a usable slug', async () => {
    for (const slug of [HOSTILE_PAGES.untitled, 'treatments', 'studio', 'wrong-types-page']) {
      await expect(hostile(() => resolveServer(HomeOrPage(root(slug))))).rejects.toEqual(
        expect.objectContaining({digest: expect.stringMatching(/404|NEXT_REDIRECT/)}),
      )
    }
  })

  it('menus keep only the items that lead somewhere safe', async () => {
    const {container} = await hostile(() =>
      renderPage(SiteChrome({language: 'en', children: null})),
    )
    expectHarmless(container)
    expect(
      within(screen.getByRole('navigation', {name: 'Main'}))
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/hostile-page',
      'https://example.com/%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
      '/physicians',
      // (Not the page claiming /treatments.)
      '/treatments/main',
    ])
    // The footer menu is not a list: the site's sections.
    expect(
      within(screen.getByRole('navigation', {name: 'Footer'})).getAllByRole('link').length,
    ).toBeGreaterThan(0)
  })
})
