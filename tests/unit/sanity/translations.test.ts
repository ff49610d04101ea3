/** @jest-environment node */
import {evaluate, parse} from 'groq-js'

import {applyPerspective} from '@/lib/content/dataset'
import {buildRedirectTable, type RedirectRows} from '@/lib/redirects'
import * as queries from '@/sanity/queries'
import type {
  FeaturedTreatmentsQueryResult,
  SourceIdsQueryResult,
  TreatmentAddressQueryResult,
  TreatmentAddressesQueryResult,
  TreatmentPageQueryResult,
  TreatmentsIndexQueryResult,
  TreatmentsShowingDocumentQueryResult,
} from '@/sanity/sanity.types'

import {translatedDocuments} from '@/tests/unit/support/translated-dataset'

/*
 * The queries over a small dataset with translations, evaluated by groq-js alone: GROQ as Sanity
 * evaluates it. (The local backend's planner must give the same: tests/unit/lib/content/query-plan.)
 */

const documents = applyPerspective(translatedDocuments(), 'published')
const groq = async <T>(query: string, params: Record<string, unknown> = {}) =>
  (await (await evaluate(parse(query, {params}), {dataset: documents, params})).get()) as T

const shownOf = (rows: Array<{shown: {title: string | null; language: string} | null}>) =>
  rows.map(({shown}) => [shown?.title, shown?.language])

describe('lists in a language (treatmentsIndexQuery, featuredTreatmentsQuery)', () => {
  it('shows a Spanish translation in Spanish, and the English text where Chinese is missing', async () => {
    const es = await groq<TreatmentsIndexQueryResult>(queries.treatmentsIndexQuery, {lang: 'es'})
    const [spine] = es.bodyAreas
    expect(spine?.shown).toEqual({
      title: 'Columna',
      description: 'Tratamientos de la columna.',
      language: 'es',
    })
    expect(shownOf(spine!.treatments)).toEqual([['Inyecciones en la columna', 'es']])
    expect(shownOf(spine!.treatments[0]!.children)).toEqual([
      ['Proloterapia neural', 'es'],
      ['Proliferation Injection', 'en'],
    ])

    const zh = await groq<TreatmentsIndexQueryResult>(queries.treatmentsIndexQuery, {
      lang: 'zh-Hans',
    })
    expect(zh.bodyAreas[0]?.shown).toMatchObject({title: 'Spine', language: 'en'})
    expect(shownOf(zh.bodyAreas[0]!.treatments)).toEqual([['脊柱注射', 'zh-Hans']])
    expect(shownOf(zh.bodyAreas[0]!.treatments[0]!.children)).toEqual([
      ['Neural Prolotherapy', 'en'],
      ['Proliferation Injection', 'en'],
    ])
  })

  it('lists sources only, in the source’s order and body area (a translation’s are ignored)', async () => {
    const es = await groq<TreatmentsIndexQueryResult>(queries.treatmentsIndexQuery, {lang: 'es'})
    const listed = [
      ...es.bodyAreas.flatMap((area) => area.treatments),
      ...es.otherTreatments,
    ].flatMap((treatment) => [treatment._id, ...treatment.children.map(({_id}) => _id)])
    // Every entry is an English source; the orphan translation is nowhere.
    expect(listed.sort()).toEqual([
      't-dup-1',
      't-dup-2',
      't-neural',
      't-parent',
      't-proliferation',
      't-prp',
    ])
    expect(es.bodyAreas).toHaveLength(1)
    // In English, English.
    const en = await groq<TreatmentsIndexQueryResult>(queries.treatmentsIndexQuery, {lang: 'en'})
    expect(shownOf(en.bodyAreas[0]!.treatments)).toEqual([['Spine Injections', 'en']])
  })

  it('features the same treatments in each language, each in its best language', async () => {
    const featured = await groq<FeaturedTreatmentsQueryResult>(queries.featuredTreatmentsQuery, {
      lang: 'es',
    })
    expect(shownOf(featured)).toEqual([
      ['Inyecciones en la columna', 'es'],
      ['PRP (plasma)', 'es'],
      // Two translations claiming one address are both listed (a content error the Studio
      // refuses); their address shows one page (see findTreatment).
      ['Duplicado uno', 'es'],
      ['Duplicado dos', 'es'],
    ])
    expect(featured.slice(2).map(({shown}) => shown?.slug)).toEqual(['duplicado', 'duplicado'])
  })
})

describe('treatmentAddressQuery (what is at an address in a language)', () => {
  // `sourceOf`: the English document its translation metadata links (a source's is itself).
  const at = (slug: string, lang: string) =>
    groq<TreatmentAddressQueryResult>(queries.treatmentAddressQuery, {slug, lang})

  it('finds a translation by its own slug in its language, with its English source', async () => {
    expect(await at('proloterapia-neural', 'es')).toEqual([
      {
        _id: 't-neural__es',
        language: 'es',
        sourceOf: 't-neural',
        translationSlug: 'proloterapia-neural',
      },
    ])
    // Not in another language, nor in English.
    expect(await at('proloterapia-neural', 'zh-Hans')).toEqual([])
    expect(await at('proloterapia-neural', 'en')).toEqual([])
  })

  it('finds the English source at its slug in any language, with its translation’s slug', async () => {
    expect(await at('neural-prolotherapy', 'es')).toEqual([
      {
        _id: 't-neural',
        language: 'en',
        sourceOf: 't-neural',
        translationSlug: 'proloterapia-neural',
      },
    ])
    expect(await at('neural-prolotherapy', 'zh-Hans')).toEqual([
      {_id: 't-neural', language: 'en', sourceOf: 't-neural', translationSlug: null},
    ])
    // A source without a language field is English.
    expect(await at('proliferation-injection', 'es')).toEqual([
      expect.objectContaining({
        _id: 't-proliferation',
        language: 'en',
      }),
    ])
  })

  it('gives a translation whose source is gone no source', async () => {
    expect(await at('huerfano', 'es')).toEqual([
      expect.objectContaining({_id: 't-gone__es', language: 'es', sourceOf: null}),
    ])
  })

  it('finds both translations that claim one slug, newest first', async () => {
    expect((await at('duplicado', 'es')).map(({_id}) => _id)).toEqual([
      't-dup-2__es',
      't-dup-1__es',
    ])
  })
})

describe('treatmentPageQuery (a page in a language)', () => {
  it('shows the translation’s text around its source’s structure, every link in $lang', async () => {
    const page = await groq<TreatmentPageQueryResult>(queries.treatmentPageQuery, {
      sourceId: 't-neural',
      textId: 't-neural__es',
      lang: 'es',
    })
    expect(page).toMatchObject({
      _id: 't-neural',
      sourceSlug: 'neural-prolotherapy',
      text: {
        _id: 't-neural__es',
        title: 'Proloterapia neural',
        slug: 'proloterapia-neural',
        language: 'es',
        aliases: ['PTN'],
        // Its own review: none yet (the English one does not count).
        medicalReview: null,
      },
      bodyArea: {title: 'Columna', slug: 'columna'},
      parent: {
        _id: 't-parent',
        shown: {title: 'Inyecciones en la columna', slug: 'inyecciones-columna', language: 'es'},
      },
    })
    expect(page?.siblings).toEqual([
      {
        _id: 't-proliferation',
        shown: expect.objectContaining({
          title: 'Proliferation Injection',
          slug: 'proliferation-injection',
          language: 'en',
        }),
      },
    ])
    expect(page?.translations).toEqual([
      {language: 'en', slug: 'neural-prolotherapy'},
      {language: 'es', slug: 'proloterapia-neural'},
    ])
  })

  it('lists a parent’s children in $lang (Chinese: one translated parent, children in English)', async () => {
    const page = await groq<TreatmentPageQueryResult>(queries.treatmentPageQuery, {
      sourceId: 't-parent',
      textId: 't-parent__zh-Hans',
      lang: 'zh-Hans',
    })
    expect(page?.text).toMatchObject({title: '脊柱注射', language: 'zh-Hans', medicalReview: null})
    expect(page?.bodyArea).toEqual({title: 'Spine', slug: 'spine'})
    expect(shownOf(page!.children)).toEqual([
      ['Neural Prolotherapy', 'en'],
      ['Proliferation Injection', 'en'],
    ])
  })

  it('the English page keeps its English review and its reviewer', async () => {
    const page = await groq<TreatmentPageQueryResult>(queries.treatmentPageQuery, {
      sourceId: 't-parent',
      textId: 't-parent',
      lang: 'en',
    })
    expect(page?.text?.medicalReview).toEqual({
      lastReviewed: '2026-03-04',
      reviewedBy: {name: 'Dr. Pat Lee', credentials: 'MD', slug: 'pat-lee'},
    })
    expect(shownOf(page!.children)).toEqual([
      ['Neural Prolotherapy', 'en'],
      ['Proliferation Injection', 'en'],
    ])
  })
})

describe('addresses for the sitemap and the webhook', () => {
  it('treatmentAddressesQuery: every source with its translations’ slugs', async () => {
    const rows = await groq<TreatmentAddressesQueryResult>(queries.treatmentAddressesQuery)
    const neural = rows.find(({slug}) => slug === 'neural-prolotherapy')
    expect(neural?.translations).toEqual([
      expect.objectContaining({language: 'en', slug: 'neural-prolotherapy'}),
      expect.objectContaining({
        language: 'es',
        slug: 'proloterapia-neural',
        title: 'Proloterapia neural',
      }),
    ])
    expect(rows.map(({slug}) => slug)).not.toContain('huerfano')
  })

  it('sourceIdsQuery: a translation’s English source', async () => {
    await expect(
      groq<SourceIdsQueryResult>(queries.sourceIdsQuery, {ids: ['t-neural__es']}),
    ).resolves.toEqual(['t-neural'])
    await expect(
      groq<SourceIdsQueryResult>(queries.sourceIdsQuery, {
        ids: ['area-spine__es', 't-parent__zh-Hans'],
      }),
    ).resolves.toEqual(expect.arrayContaining(['area-spine', 't-parent']))
  })

  it('treatmentsShowingDocumentQuery: the pages showing a source, with every translation’s slug', async () => {
    const rows = await groq<TreatmentsShowingDocumentQueryResult>(
      queries.treatmentsShowingDocumentQuery,
      {ids: ['t-neural__es', 't-neural']},
    )
    expect(rows.map(({slug}) => slug).sort()).toEqual([
      'neural-prolotherapy', // itself
      'proliferation-injection', // its sibling
      'spine-injections', // its parent
    ])
    expect(rows.find(({slug}) => slug === 'spine-injections')?.translations).toEqual([
      {language: 'en', slug: 'spine-injections'},
      {language: 'es', slug: 'inyecciones-columna'},
      {language: 'zh-Hans', slug: 'jizhu-zhushe'},
    ])
  })
})

describe('redirects per language (redirectsQuery → buildRedirectTable)', () => {
  it('a Spanish translation’s earlier slugs redirect under /es/treatments/', async () => {
    const rows = await groq<RedirectRows>(queries.redirectsQuery)
    const {table, liveTreatmentPaths} = buildRedirectTable(rows)
    expect(table.get('/es/treatments/proloterapia-vieja')).toEqual({
      to: '/es/treatments/proloterapia-neural',
      permanent: true,
    })
    expect(table.has('/treatments/proloterapia-vieja')).toBe(false)
    // Every language's page of every source is live: translations, and the English fallbacks.
    for (const path of [
      '/treatments/neural-prolotherapy',
      '/es/treatments/proloterapia-neural',
      '/zh/treatments/neural-prolotherapy', // the English text (no Chinese translation)
      '/zh/treatments/jizhu-zhushe',
      '/es/treatments/prp',
    ]) {
      expect(liveTreatmentPaths).toContain(path)
    }
    expect(liveTreatmentPaths).not.toContain('/zh/treatments/proloterapia-neural')
    expect(liveTreatmentPaths).not.toContain('/treatments/proloterapia-neural')
  })

  it('moves an English address under a prefix to its translation’s, where the slugs differ', async () => {
    const rows = await groq<RedirectRows>(queries.redirectsQuery)
    const {table, liveTreatmentPaths, livePagePaths} = buildRedirectTable(rows)
    const moves = Object.fromEntries(
      [...table]
        .filter(([from]) => /^\/(?:es|zh)\//.test(from) && !from.includes('proloterapia-vieja'))
        .map(([from, {to}]) => [from, to]),
    )
    expect(moves).toEqual({
      '/es/treatments/spine-injections': '/es/treatments/inyecciones-columna',
      '/zh/treatments/spine-injections': '/zh/treatments/jizhu-zhushe',
      '/es/treatments/neural-prolotherapy': '/es/treatments/proloterapia-neural',
      // Two translations claim one slug: both sources lead there, as their pages did.
      '/es/treatments/dup-one': '/es/treatments/duplicado',
      '/es/treatments/dup-two': '/es/treatments/duplicado',
      '/es/new-patients': '/es/nuevos-pacientes',
    })
    // Not moved: the same slug in both languages (PRP), and no translation there.
    expect(liveTreatmentPaths).toContain('/es/treatments/prp')
    expect(liveTreatmentPaths).not.toContain('/es/treatments/neural-prolotherapy')
    expect(livePagePaths).toContain('/zh/new-patients')
    expect(livePagePaths).not.toContain('/es/new-patients')
  })
})
