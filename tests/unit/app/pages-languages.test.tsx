import {render, screen, within} from '@testing-library/react'

import TreatmentPage, {generateMetadata} from '@/app/[lang]/treatments/[slug]/page'
import LanguageAssistancePage from '@/app/[lang]/language-assistance/page'
import TreatmentsPage from '@/app/[lang]/treatments/page'
import {SiteFooter} from '@/components/SiteFooter'
import {toClinic} from '@/lib/content/clinic'
import {getTranslator} from '@/lib/i18n'
import {LANGUAGES} from '@/lib/shared/languages'

import {fixture} from '@/tests/support/content'
import {resolveServer} from '@/tests/unit/support/server-components'
import {translatedDatasetFile} from '@/tests/unit/support/translated-dataset'

// Server components are rendered by awaiting them, over a dataset with translations (local
// backend, uncached).
jest.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))

const TRANSLATED = translatedDatasetFile()

beforeAll(() => {
  delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
  process.env.CONTENT_DATASET_FILE = TRANSLATED
})
afterAll(() => {
  delete process.env.CONTENT_DATASET_FILE
})

const params = (lang: string, slug: string) => ({params: Promise.resolve({lang, slug})})
const treatmentPage = async (lang: string, slug: string) =>
  render(await resolveServer(TreatmentPage(params(lang, slug))))

describe('a treatment page in Spanish and Chinese', () => {
  it('a Spanish translation: Spanish text and interface, its own (missing) review, English parts marked', async () => {
    const {container} = await treatmentPage('es', 'proloterapia-neural')
    expect(screen.getByRole('heading', {level: 1, name: 'Proloterapia neural'})).toBeInTheDocument()
    expect(container.querySelector('.fallback-note')).toBeNull()
    expect(container.querySelector('.treatment__text')).not.toHaveAttribute('lang')
    // The English page was reviewed; this translation was not, and the page says so.
    expect(
      screen.getByText(/^Un médico todavía no ha revisado esta traducción/),
    ).toBeInTheDocument()
    const breadcrumb = screen.getByRole('navigation', {name: 'Ruta de navegación'})
    expect(
      within(breadcrumb)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Tratamientos', '/es/treatments'],
      ['Inyecciones en la columna', '/es/treatments/inyecciones-columna'],
    ])
    // Related: the sibling has no Spanish text: listed in English, marked so.
    const related = screen.getByRole('region', {name: 'Tratamientos relacionados'})
    const sibling = within(related).getByRole('link', {name: 'Proliferation Injection'})
    expect(sibling).toHaveAttribute('lang', 'en')
    expect(sibling).toHaveAttribute('href', '/es/treatments/proliferation-injection')
    // The disclaimer has no Spanish translation yet.
    expect(screen.getByText('Not medical advice. In an emergency, call 911.')).toHaveAttribute(
      'lang',
      'en',
    )
    expect(screen.getByText('Llámenos.')).not.toHaveAttribute('lang')
  })

  it('links to the same page in the other languages, named in their own', async () => {
    await treatmentPage('es', 'proloterapia-neural')
    const links = within(
      screen.getByRole('navigation', {name: 'Esta página en otros idiomas'}),
    ).getAllByRole('link')
    expect(
      links.map((a) => [
        a.textContent,
        a.getAttribute('href'),
        a.getAttribute('hreflang'),
        a.getAttribute('lang'),
      ]),
    ).toEqual([
      ['English', '/treatments/neural-prolotherapy', 'en', 'en'],
      // No Chinese translation: the Chinese page with the English text.
      ['中文', '/zh/treatments/neural-prolotherapy', 'zh-Hans', 'zh-Hans'],
    ])
  })

  it('a missing Chinese translation: the English text marked lang="en", a note and interface in Chinese', async () => {
    const {container} = await treatmentPage('zh', 'neural-prolotherapy')
    expect(screen.getByRole('note')).toHaveTextContent(/\p{Script=Han}/u)
    const text = container.querySelector('.treatment__text')
    expect(text).toHaveAttribute('lang', 'en')
    expect(within(text as HTMLElement).getByRole('heading', {level: 1})).toHaveTextContent(
      'Neural Prolotherapy',
    )
    // The parent is translated into Chinese: its link is Chinese, not marked.
    const parent = screen.getAllByRole('link', {name: '脊柱注射'})[0]
    expect(parent).toHaveAttribute('href', '/zh/treatments/jizhu-zhushe')
    expect(parent).not.toHaveAttribute('lang')
    // The English text has no review: nothing is claimed (and no "translation" message).
    expect(container.querySelector('.medical-review')).toBeNull()
  })

  it('is kept from search engines when it shows the English text; a translation is not', async () => {
    const fallback = await generateMetadata(params('zh', 'neural-prolotherapy'))
    expect(fallback.robots).toEqual({index: false, follow: true})
    expect(fallback.alternates).not.toHaveProperty('languages')
    const translated = await generateMetadata(params('es', 'proloterapia-neural'))
    expect(translated.robots).toBeUndefined()
    expect(Object.keys(translated.alternates?.languages ?? {}).sort()).toEqual([
      'en',
      'es',
      'x-default',
    ])
  })

  it('moves the English slug under /es to the Spanish address (308)', async () => {
    await expect(
      resolveServer(TreatmentPage(params('es', 'neural-prolotherapy'))),
    ).rejects.toMatchObject({
      digest: expect.stringMatching(
        /^NEXT_REDIRECT;replace;\/es\/treatments\/proloterapia-neural;308;/,
      ),
    })
  })

  it.each([
    ['fr', 'neural-prolotherapy'],
    ['es', 'huerfano'],
    ['en', 'neural-prolotherapy'],
    ['zh', 'proloterapia-neural'],
  ])('answers not found for /%s/treatments/%s', async (lang, slug) => {
    await expect(resolveServer(TreatmentPage(params(lang, slug)))).rejects.toMatchObject({
      digest: expect.stringContaining('404'),
    })
  })
})

describe('the treatments index in Spanish', () => {
  it('lists by body area in Spanish, the untranslated treatment in English, marked', async () => {
    render(await resolveServer(TreatmentsPage({params: Promise.resolve({lang: 'es'})})))
    expect(screen.getByRole('heading', {level: 1, name: 'Tratamientos'})).toBeInTheDocument()
    const area = screen.getByRole('region', {name: 'Columna'})
    expect(within(area).getByRole('link', {name: 'Proloterapia neural'})).not.toHaveAttribute(
      'lang',
    )
    expect(within(area).getByRole('link', {name: 'Proliferation Injection'})).toHaveAttribute(
      'lang',
      'en',
    )
  })

  it('over content without any translation, shows every English text marked lang="en"', async () => {
    process.env.CONTENT_DATASET_FILE = fixture('content.ndjson')
    try {
      render(await resolveServer(TreatmentsPage({params: Promise.resolve({lang: 'zh'})})))
      expect(screen.getByRole('heading', {level: 2, name: 'Back'})).toHaveAttribute('lang', 'en')
      expect(screen.getByRole('link', {name: 'Parent Treatment'})).toHaveAttribute(
        'href',
        '/zh/treatments/parent',
      )
      expect(screen.getByRole('link', {name: 'Parent Treatment'})).toHaveAttribute('lang', 'en')
    } finally {
      process.env.CONTENT_DATASET_FILE = TRANSLATED
    }
  })
})

describe('the language-assistance notice (Section 1557)', () => {
  it('marks each line with its lang and dir, puts the phone where {phone} is, says it is unverified', async () => {
    const {container} = render(
      await resolveServer(LanguageAssistancePage({params: Promise.resolve({lang: 'es'})})),
    )
    expect(screen.getByRole('heading', {level: 1, name: 'Ayuda con idiomas'})).not.toHaveAttribute(
      'lang',
    )
    expect(screen.getByRole('note')).toHaveTextContent(
      'La clínica todavía está revisando estas traducciones.',
    )
    const lines = [...container.querySelectorAll('.taglines li')]
    expect(lines.map((li) => [li.getAttribute('lang'), li.getAttribute('dir')])).toEqual([
      ['vi', 'ltr'],
      ['ar', 'rtl'],
    ])
    const phone = within(lines[1] as HTMLElement).getByRole('link', {name: '(555) 010-0177'})
    expect(phone).toHaveAttribute('href', 'tel:+15550100177')
    expect(phone).toHaveAttribute('dir', 'ltr')
    expect(lines[0]).not.toHaveTextContent('{phone}')
    // No Spanish nondiscrimination notice yet: the English one, marked English.
    expect(screen.getByText('We do not discriminate.')).toHaveAttribute('lang', 'en')
  })

  it.each(LANGUAGES.map(({id}) => id))('is linked from the footer of every %s page', (language) => {
    const t = getTranslator(language)
    render(<SiteFooter clinic={toClinic(null, language)} links={[]} t={t} language={language} />)
    const href = language === 'en' ? '' : `/${language === 'es' ? 'es' : 'zh'}`
    expect(screen.getByRole('link', {name: t('layout.languageAssistance')})).toHaveAttribute(
      'href',
      `${href}/language-assistance`,
    )
  })
})
