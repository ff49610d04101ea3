/** @jest-environment node */
import {readFileSync} from 'node:fs'

import {evaluate, parse} from 'groq-js'

import {applyPerspective, parseNdjson, runQuery} from '@/lib/content/dataset'
import * as siteQueries from '@/sanity/queries'

import {BUNDLED_DATASET, fixture} from '@/tests/support/content'
import {syntheticDatasetFile} from '@/tests/unit/support/synthetic-dataset'
import {translatedDocuments} from '@/tests/unit/support/translated-dataset'

/*
 * The local backend's planner (lib/content/query-plan.ts) must never change a result: every query
 * of the site, and queries written to trip its scoping rules, give exactly what groq-js alone gives.
 */

const plain = async (documents: object[], query: string, params: Record<string, unknown>) =>
  (await evaluate(parse(query, {params}), {dataset: documents, params})).get()

const DATASETS = {
  bundled: BUNDLED_DATASET,
  'content fixture': fixture('content.ndjson'),
  'invalid fixture': fixture('invalid.ndjson'),
  // Large enough for every shape the generator writes (parents, children, translations); groq-js
  // alone is quadratic on some queries, so a larger one only slows the suite.
  synthetic: syntheticDatasetFile(20),
}

const QUERIES: Array<[string, string]> = Object.entries(
  siteQueries as Record<string, unknown>,
).flatMap(([name, query]) => (typeof query === 'string' ? [[name, query] as [string, string]] : []))

// Queries that the site does not send, each aimed at one of the planner's rules.
const TRICKY = {
  'a filter over the current document’s own array (must not be computed once)':
    '*[_type == "treatment"]{_id, "headings": body[style == "h2"]._key}',
  'a correlated subquery under a dereference (its base reads the document)':
    '*[_type == "treatment"]{_id, "parent": parent->{_id, "kinds": *[parent._ref == ^._id]._id}}',
  'a correlated count inside a filter':
    '*[_type == "treatment" && count(*[parent._ref == ^._id]) > 0]._id',
  'a grandparent reference (^.^)':
    '*[_type == "bodyArea"]{_id, "t": *[bodyArea._ref == ^._id]{_id, "kids": *[parent._ref == ^._id]{_id, "area": ^.^._id}}}',
  'a parameter that is not a string': '*[_type == "treatment" && order == $order]._id',
  'an equality against a missing attribute': '*[_type == "treatment" && nothing == "x"]._id',
  'or conditions (no index)': '*[slug.current == $slug || _type == "bodyArea"]._id',
}

describe.each(Object.entries(DATASETS))('the planner over the %s dataset', (_, file) => {
  const documents = applyPerspective(parseNdjson(readFileSync(file, 'utf8')), 'published')
  const treatment = documents.find((doc) => doc._type === 'treatment') as
    {_id: string; slug?: {current?: string}} | undefined
  const child = documents.find((doc) => doc._type === 'treatment' && doc.parent) as
    {_id: string; slug?: {current?: string}} | undefined
  const paramSets = [
    {slug: treatment?.slug?.current ?? 'x', id: treatment?._id ?? 'x', order: 1},
    {slug: child?.slug?.current ?? 'y', id: child?._id ?? 'y', order: 10},
    {slug: 'no-such-slug', id: 'siteSettings', order: null},
  ]

  it.each([...QUERIES, ...Object.entries(TRICKY)])(
    '%s gives what groq-js alone gives',
    async (_, query) => {
      for (const params of paramSets) {
        expect(await runQuery(documents, query, params)).toEqual(
          await plain(documents, query, params),
        )
      }
    },
  )
})

/*
 * Over a dataset with translations, with the parameters the site sends. The translations are
 * found through `references(^._id)`; the planner must not change those results either.
 *
 * `references(…)` reads the document being filtered without naming it; the planner must know
 * (it once took such a condition for a closed one and matched nothing), and it answers it from
 * an index of references.
 */
describe('the planner over a dataset with translations', () => {
  const documents = applyPerspective(translatedDocuments(), 'published')
  const PARAMS: Record<string, Array<Record<string, unknown>>> = {
    treatmentsIndexQuery: [{lang: 'en'}, {lang: 'es'}, {lang: 'zh-Hans'}],
    featuredTreatmentsQuery: [{lang: 'es'}, {lang: 'zh-Hans'}],
    treatmentAddressQuery: [
      {slug: 'proloterapia-neural', lang: 'es'},
      {slug: 'neural-prolotherapy', lang: 'es'},
      {slug: 'huerfano', lang: 'es'},
      {slug: 'duplicado', lang: 'es'},
    ],
    treatmentPageQuery: [
      {sourceId: 't-neural', textId: 't-neural__es', lang: 'es'},
      {sourceId: 't-parent', textId: 't-parent__zh-Hans', lang: 'zh-Hans'},
      {sourceId: 't-parent', textId: 't-parent', lang: 'en'},
    ],
    treatmentAddressesQuery: [{}],
    sourceIdsQuery: [{ids: ['t-neural__es']}, {ids: ['area-spine__es', 't-parent']}],
    treatmentsShowingDocumentQuery: [{ids: ['t-neural__es', 't-neural']}, {ids: ['doc-lee']}],
    redirectsQuery: [{}],
    settingsQuery: [{}],
    languageAssistanceQuery: [{}],
    affiliationsQuery: [{}],
    physiciansQuery: [{}],
    physicianPageQuery: [
      {slug: 'pat-lee', lang: 'es'},
      {slug: 'pat-lee', lang: 'zh-Hans'},
    ],
    locationsQuery: [{}],
    locationPageQuery: [{slug: 'main-office'}, {slug: 'nowhere'}],
    pageAddressQuery: [
      {slug: 'nuevos-pacientes', lang: 'es'},
      {slug: 'new-patients', lang: 'es'},
      {slug: 'new-patients', lang: 'zh-Hans'},
    ],
    pageQuery: [
      {sourceId: 'p-visit', textId: 'p-visit__es', lang: 'es'},
      {sourceId: 'p-visit', textId: 'p-visit', lang: 'zh-Hans'},
    ],
    pageAddressesQuery: [{}],
    pagesIndexQuery: [{lang: 'es'}, {lang: 'zh-Hans'}],
    menusQuery: [{lang: 'es'}],
    pagesShowingDocumentQuery: [{ids: ['p-visit__es', 'p-visit']}, {ids: ['t-parent']}],
    menusLinkingQuery: [{ids: ['p-visit']}, {ids: []}],
  }
  it('has parameters for every query of the site', () => {
    expect(QUERIES.map(([name]) => name).sort()).toEqual(Object.keys(PARAMS).sort())
  })

  for (const [name, query] of QUERIES) {
    it(`${name} gives what groq-js alone gives`, async () => {
      for (const params of PARAMS[name] ?? [{}]) {
        expect(await runQuery(documents, query, params)).toEqual(
          await plain(documents, query, params),
        )
      }
    })
  }

  it('references() inside a filter reads each document (the smallest case)', async () => {
    const query = '*[_type == "translation.metadata" && references($id)]._id'
    expect(await runQuery(documents, query, {id: 't-neural'})).toEqual([
      'translation.metadata.t-neural',
    ])
  })
})
