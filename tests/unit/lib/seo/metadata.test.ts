/** @jest-environment node */
import {everyLanguage, pageMetadata, type PageAlternate} from '@/lib/seo'
import {LANGUAGES, type LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

import {withEnv} from '@/tests/support/content'
import {translatedDatasetFile} from '@/tests/unit/support/translated-dataset'

jest.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))

const ORIGIN = 'https://clinic.example'
const dataset = translatedDatasetFile()

const metadata = (args: Parameters<typeof pageMetadata>[0]) =>
  withEnv(
    {
      NEXT_PUBLIC_SANITY_PROJECT_ID: undefined,
      CONTENT_DATASET_FILE: dataset,
      NEXT_PUBLIC_SITE_URL: ORIGIN,
    },
    () => pageMetadata(args),
  )

const treatmentsIn = (language: LanguageId) => resolveHref({type: 'treatments'}, language)

describe('pageMetadata in every language', () => {
  it('lists every language’s URL and x-default (English), reciprocally', async () => {
    const all = await Promise.all(
      LANGUAGES.map(({id}) =>
        metadata({
          title: 'T',
          path: treatmentsIn(id),
          language: id,
          alternates: everyLanguage(treatmentsIn),
        }),
      ),
    )
    const expected = {
      en: `${ORIGIN}/treatments`,
      es: `${ORIGIN}/es/treatments`,
      'zh-Hans': `${ORIGIN}/zh/treatments`,
      'x-default': `${ORIGIN}/treatments`,
    }
    all.forEach((page, index) => {
      const language = LANGUAGES[index]!.id
      // Each page lists itself and every other: each alternate links back to it.
      expect(page.alternates?.languages).toEqual(expected)
      expect(page.alternates?.canonical).toBe(expected[language])
      expect(page.robots).toBeUndefined()
    })
  })

  it('gives Open Graph the page’s locale and the others as alternates', async () => {
    const page = await metadata({
      path: treatmentsIn('es'),
      language: 'es',
      alternates: everyLanguage(treatmentsIn),
    })
    expect(page.openGraph).toMatchObject({
      locale: 'es_US',
      alternateLocale: ['en_US', 'zh_CN'],
      url: `${ORIGIN}/es/treatments`,
      siteName: 'Translated Clinic',
    })
    const chinese = await metadata({
      path: treatmentsIn('zh-Hans'),
      language: 'zh-Hans',
      alternates: everyLanguage(treatmentsIn),
    })
    expect(chinese.openGraph).toMatchObject({locale: 'zh_CN', alternateLocale: ['en_US', 'es_US']})
  })

  it('describes a page without a description by the tagline in its language (or English)', async () => {
    const spanish = await metadata({
      path: '/es',
      language: 'es',
      alternates: everyLanguage((id) => resolveHref({type: 'home'}, id)),
    })
    expect(spanish.description).toBe('Cuidado de la columna, en palabras sencillas.')
    const chinese = await metadata({path: '/zh', language: 'zh-Hans'})
    expect(chinese.description).toBe('Spine care in plain words.')
  })

  // A treatment translated into Spanish but not Chinese.
  const translated: PageAlternate[] = [
    {language: 'en', path: '/treatments/neural-prolotherapy'},
    {language: 'es', path: '/es/treatments/proloterapia-neural'},
  ]

  it('offers only real translations: the partly translated page lists English and Spanish', async () => {
    for (const [language, path] of [
      ['en', '/treatments/neural-prolotherapy'],
      ['es', '/es/treatments/proloterapia-neural'],
    ] as const) {
      const page = await metadata({title: 'T', path, language, alternates: translated})
      expect(page.alternates?.languages).toEqual({
        en: `${ORIGIN}/treatments/neural-prolotherapy`,
        es: `${ORIGIN}/es/treatments/proloterapia-neural`,
        'x-default': `${ORIGIN}/treatments/neural-prolotherapy`,
      })
      expect(page.robots).toBeUndefined()
    }
  })

  it('keeps a fallback page (English text under /zh) from search engines: noindex, no alternates', async () => {
    const page = await metadata({
      title: 'Neural Prolotherapy',
      path: '/zh/treatments/neural-prolotherapy',
      language: 'zh-Hans',
      alternates: translated,
      fallback: true,
    })
    expect(page.robots).toEqual({index: false, follow: true})
    expect(page.alternates).toEqual({canonical: `${ORIGIN}/zh/treatments/neural-prolotherapy`})
    expect(page.alternates).not.toHaveProperty('languages')
    expect(page.openGraph).toMatchObject({locale: 'zh_CN', alternateLocale: []})
  })

  it('gives a page that exists in one language no alternates at all', async () => {
    const page = await metadata({
      path: '/treatments/proliferation-injection',
      alternates: [{language: 'en', path: '/treatments/proliferation-injection'}],
    })
    expect(page.alternates).toEqual({canonical: `${ORIGIN}/treatments/proliferation-injection`})
    expect(page.openGraph).toMatchObject({locale: 'en_US', alternateLocale: []})
  })
})
