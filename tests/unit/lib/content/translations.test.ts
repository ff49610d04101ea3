/** @jest-environment node */

import {
  findTreatment,
  getAllTreatmentPathsFresh,
  getFeaturedTreatments,
  getTreatment,
  getTreatmentPathsShowing,
  getTreatmentSlugs,
  getTreatmentsIndex,
  PRERENDERED_PER_LANGUAGE,
  treatmentAddresses,
} from '@/lib/content'
import {pagesShowing} from '@/lib/publishing/pages'
import type {LanguageId} from '@/lib/shared/languages'

import {withEnv} from '@/tests/support/content'
import {syntheticDatasetFile} from '@/tests/unit/support/synthetic-dataset'
import {translatedDatasetFile} from '@/tests/unit/support/translated-dataset'

/* The content module over a dataset with translations (local backend, uncached). */
jest.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))

const dataset = translatedDatasetFile()
const local = <T>(body: () => Promise<T>) =>
  withEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: dataset}, body)

beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined))
afterAll(() => jest.mocked(console.warn).mockRestore())

describe('lists in a language', () => {
  it('the Spanish index shows the Spanish titles (language "es"); the Chinese one English where missing', async () => {
    const es = await local(() => getTreatmentsIndex('es'))
    expect(es.bodyAreas[0]).toMatchObject({_id: 'area-spine', title: 'Columna', language: 'es'})
    const [parent] = es.bodyAreas[0]!.treatments
    expect(parent).toMatchObject({
      _id: 't-parent',
      title: 'Inyecciones en la columna',
      slug: 'inyecciones-columna',
      language: 'es',
    })
    expect(parent!.children?.map(({title, language}) => [title, language])).toEqual([
      ['Proloterapia neural', 'es'],
      ['Proliferation Injection', 'en'],
    ])

    const zh = await local(() => getTreatmentsIndex('zh-Hans'))
    expect(zh.bodyAreas[0]).toMatchObject({title: 'Spine', language: 'en'})
    const neural = zh.bodyAreas[0]!.treatments[0]!.children?.[0]
    expect(neural).toMatchObject({
      _id: 't-neural',
      title: 'Neural Prolotherapy',
      slug: 'neural-prolotherapy',
      language: 'en',
    })
  })

  it('the home page’s treatments are in the language too', async () => {
    const featured = await local(() => getFeaturedTreatments('zh-Hans'))
    expect(featured[0]).toMatchObject({
      title: '脊柱注射',
      slug: 'jizhu-zhushe',
      language: 'zh-Hans',
    })
  })
})

describe('findTreatment (what is at an address in a language)', () => {
  const find = (slug: string, language: 'en' | 'es' | 'zh-Hans') =>
    local(() => findTreatment(slug, language))

  it('a translation’s slug in its language is its page', async () => {
    await expect(find('proloterapia-neural', 'es')).resolves.toEqual({
      kind: 'page',
      textId: 't-neural__es',
      sourceId: 't-neural',
      fallback: false,
    })
  })

  it('the English slug under /es, when a translation exists, has moved to it', async () => {
    await expect(find('neural-prolotherapy', 'es')).resolves.toEqual({
      kind: 'moved',
      slug: 'proloterapia-neural',
    })
    await expect(find('spine-injections', 'zh-Hans')).resolves.toEqual({
      kind: 'moved',
      slug: 'jizhu-zhushe',
    })
  })

  it('the English slug in a language without a translation is the English text (fallback)', async () => {
    await expect(find('neural-prolotherapy', 'zh-Hans')).resolves.toEqual({
      kind: 'page',
      textId: 't-neural',
      sourceId: 't-neural',
      fallback: true,
    })
    await expect(find('proliferation-injection', 'es')).resolves.toMatchObject({
      kind: 'page',
      fallback: true,
    })
    // And in English, the English page.
    await expect(find('neural-prolotherapy', 'en')).resolves.toEqual({
      kind: 'page',
      textId: 't-neural',
      sourceId: 't-neural',
      fallback: false,
    })
  })

  it('a translation’s slug is nothing in other languages', async () => {
    await expect(find('proloterapia-neural', 'en')).resolves.toBeNull()
    await expect(find('proloterapia-neural', 'zh-Hans')).resolves.toBeNull()
  })

  it('a translation whose English source is gone is not shown', async () => {
    await expect(find('huerfano', 'es')).resolves.toBeNull()
    await expect(local(() => getTreatment('huerfano', 'es'))).resolves.toBeNull()
  })

  it('two translations claiming one slug are one page, without an error', async () => {
    const found = await find('duplicado', 'es')
    expect(found).toMatchObject({kind: 'page', fallback: false})
    expect(['t-dup-1__es', 't-dup-2__es']).toContain((found as {textId: string}).textId)
    const page = await local(() => getTreatment('duplicado', 'es'))
    expect(page).toMatchObject({kind: 'page', language: 'es', slug: 'duplicado'})
  })

  it('a slug shared by two languages is each language’s own page', async () => {
    await expect(find('prp', 'es')).resolves.toMatchObject({textId: 't-prp__es', fallback: false})
    await expect(find('prp', 'en')).resolves.toMatchObject({textId: 't-prp', fallback: false})
    await expect(find('prp', 'zh-Hans')).resolves.toMatchObject({textId: 't-prp', fallback: true})
  })
})

describe('getTreatment in a language', () => {
  it('a Spanish page: its text, its links in Spanish (English where missing), its addresses', async () => {
    const page = await local(() => getTreatment('proloterapia-neural', 'es'))
    expect(page).toMatchObject({
      kind: 'page',
      fallback: false,
      title: 'Proloterapia neural',
      language: 'es',
      medicalReview: null,
      bodyArea: {title: 'Columna', slug: 'columna'},
      parent: {title: 'Inyecciones en la columna', slug: 'inyecciones-columna', language: 'es'},
    })
    if (page?.kind !== 'page') throw new Error('no page')
    expect(page.siblings.map(({title, slug, language}) => [title, slug, language])).toEqual([
      ['Proliferation Injection', 'proliferation-injection', 'en'],
    ])
    expect(page.addresses).toEqual([
      {language: 'en', slug: 'neural-prolotherapy', translated: true},
      {language: 'es', slug: 'proloterapia-neural', translated: true},
      {language: 'zh-Hans', slug: 'neural-prolotherapy', translated: false},
    ])
  })

  it('a fallback page: the English text and its English review, marked as a fallback', async () => {
    const page = await local(() => getTreatment('spine-injections', 'es'))
    expect(page).toEqual({kind: 'moved', slug: 'inyecciones-columna'})
    const fallback = await local(() => getTreatment('neural-prolotherapy', 'zh-Hans'))
    expect(fallback).toMatchObject({
      kind: 'page',
      fallback: true,
      title: 'Neural Prolotherapy',
      language: 'en',
      parent: {title: '脊柱注射', slug: 'jizhu-zhushe', language: 'zh-Hans'},
    })
  })
})

describe('addresses in every language', () => {
  it('treatmentAddresses: a translation’s address, or the English slug under the prefix', () => {
    expect(
      treatmentAddresses('neural-prolotherapy', [
        {language: 'en', slug: 'neural-prolotherapy'},
        {language: 'es', slug: 'proloterapia-neural'},
        {language: 'zh-Hans', slug: '../bad'},
      ]),
    ).toEqual([
      {language: 'en', slug: 'neural-prolotherapy', translated: true},
      {language: 'es', slug: 'proloterapia-neural', translated: true},
      {language: 'zh-Hans', slug: 'neural-prolotherapy', translated: false},
    ])
    expect(treatmentAddresses('x', null).map(({translated}) => translated)).toEqual([
      true,
      false,
      false,
    ])
  })

  it('getTreatmentSlugs: at most PRERENDERED_PER_LANGUAGE of each language, each once', async () => {
    const large = syntheticDatasetFile(PRERENDERED_PER_LANGUAGE + 40)
    const slugs = (language: LanguageId) =>
      withEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: large}, () =>
        getTreatmentSlugs(language),
      )
    const english = await slugs('en')
    expect(english).toHaveLength(PRERENDERED_PER_LANGUAGE)
    expect(new Set(english).size).toBe(PRERENDERED_PER_LANGUAGE)
    const spanish = await slugs('es')
    expect(spanish).toHaveLength(PRERENDERED_PER_LANGUAGE)
    expect(new Set(spanish).size).toBe(PRERENDERED_PER_LANGUAGE)
  })

  it('getTreatmentSlugs: each language’s addresses (translations and fallbacks), no orphans', async () => {
    const es = await local(() => getTreatmentSlugs('es'))
    expect(es.sort()).toEqual([
      'duplicado',
      'inyecciones-columna',
      'proliferation-injection',
      'proloterapia-neural',
      'prp',
    ])
    const zh = await local(() => getTreatmentSlugs('zh-Hans'))
    expect(zh.sort()).toEqual([
      'dup-one',
      'dup-two',
      'jizhu-zhushe',
      'neural-prolotherapy',
      'proliferation-injection',
      'prp',
    ])
  })

  it('getTreatmentPathsShowing: a translation’s change reaches its source’s pages in every language', async () => {
    const paths = await local(() => getTreatmentPathsShowing('t-neural__es'))
    expect(paths.sort()).toEqual(
      [
        '/treatments/neural-prolotherapy',
        '/es/treatments/proloterapia-neural',
        '/zh/treatments/neural-prolotherapy',
        // its parent
        '/treatments/spine-injections',
        '/es/treatments/inyecciones-columna',
        '/zh/treatments/jizhu-zhushe',
        // its sibling
        '/treatments/proliferation-injection',
        '/es/treatments/proliferation-injection',
        '/zh/treatments/proliferation-injection',
        // the English addresses under a prefix that now lead to a translation (cached redirects)
        '/es/treatments/neural-prolotherapy',
        '/es/treatments/spine-injections',
        '/zh/treatments/spine-injections',
      ].sort(),
    )
  })

  it('getAllTreatmentPathsFresh: every treatment page of every language', async () => {
    const paths = await local(() => getAllTreatmentPathsFresh())
    expect(paths).toEqual(
      expect.arrayContaining([
        '/treatments/prp',
        '/es/treatments/prp',
        '/zh/treatments/prp',
        '/es/treatments/proloterapia-neural',
        '/zh/treatments/neural-prolotherapy',
        '/zh/treatments/jizhu-zhushe',
      ]),
    )
    expect(paths).not.toContain('/es/treatments/huerfano')
    expect(paths).toHaveLength(new Set(paths).size + 1) // "duplicado" is claimed twice
  })
})

describe('publishing a translation (pagesShowing)', () => {
  it('a Spanish translation’s change regenerates its page in every language and every listing', async () => {
    const pages = await local(() =>
      pagesShowing({
        id: 't-neural__es',
        type: 'treatment',
        slugs: ['proloterapia-neural', 'proloterapia-vieja'],
        language: 'es',
      }),
    )
    expect(pages.listings.sort()).toEqual(
      ['/', '/es', '/zh', '/treatments', '/es/treatments', '/zh/treatments', '/sitemap.xml'].sort(),
    )
    expect(pages.pages).toEqual(
      expect.arrayContaining([
        '/treatments/neural-prolotherapy',
        '/es/treatments/proloterapia-neural',
        '/zh/treatments/neural-prolotherapy',
        // Its earlier address (now a redirect) in its language only.
        '/es/treatments/proloterapia-vieja',
        '/es/treatments/inyecciones-columna',
      ]),
    )
    expect(pages.pages).not.toContain('/treatments/proloterapia-vieja')
    expect(pages.pages).not.toContain('/treatments/proloterapia-neural')
  })

  const metadataChange = () =>
    local(() =>
      pagesShowing({
        id: 'translation.metadata.t-neural',
        type: 'translation.metadata',
        slugs: [],
        language: 'en',
      }),
    )

  it('a translation linked or unlinked (translation.metadata) regenerates the listings and the sitemap', async () => {
    const pages = await metadataChange()
    expect(pages.listings.sort()).toEqual(
      ['/', '/es', '/zh', '/treatments', '/es/treatments', '/zh/treatments', '/sitemap.xml'].sort(),
    )
  })

  // Linking or unlinking a translation changes the language links of the linked pages.
  it('… and the pages of the treatments it links, in every language', async () => {
    const pages = await metadataChange()
    expect(pages.pages).toEqual(
      expect.arrayContaining([
        '/treatments/neural-prolotherapy',
        '/es/treatments/proloterapia-neural',
        '/es/treatments/neural-prolotherapy',
        '/zh/treatments/neural-prolotherapy',
      ]),
    )
  })
})

describe('publishing a page built by staff (pagesShowing)', () => {
  const change = (id: string, slugs: string[], language: 'en' | 'es' = 'en', type = 'page') =>
    local(() => pagesShowing({id, type: type as never, slugs, language}))
  const EVERY_ADDRESS = [
    '/new-patients',
    '/es/new-patients',
    '/es/nuevos-pacientes',
    '/zh/new-patients',
  ]

  it('an English page: its addresses in every language, old and new, its translation’s, the sitemap', async () => {
    const pages = await change('p-visit', ['new-patients', 'first-visit'])
    expect(pages.listings).toEqual(['/sitemap.xml'])
    expect(pages.pages.sort()).toEqual(
      [...EVERY_ADDRESS, '/first-visit', '/es/first-visit', '/zh/first-visit'].sort(),
    )
    expect(pages.tags).toEqual([])
  })

  it('its Spanish translation: its old and new address in Spanish, and its source’s pages', async () => {
    const pages = await change('p-visit__es', ['nuevos-pacientes', 'pacientes-nuevos'], 'es')
    expect(pages.pages.sort()).toEqual([...EVERY_ADDRESS, '/es/pacientes-nuevos'].sort())
  })

  it('a treatment it lists (or a translation of one) reaches the page in every language', async () => {
    for (const id of ['t-proliferation', 't-parent__es']) {
      expect((await change(id, [], 'en', 'treatment')).pages).toEqual(
        expect.arrayContaining(EVERY_ADDRESS),
      )
    }
    expect((await change('t-neural', [], 'en', 'treatment')).pages).not.toContain('/new-patients')
  })

  it('its translation linked or unlinked reaches the page in every language', async () => {
    const pages = await change('translation.metadata.p-visit', [], 'en', 'translation.metadata')
    expect(pages.pages).toEqual(expect.arrayContaining(EVERY_ADDRESS))
  })
})
