/** @jest-environment node */
import {readSettings} from '@/lib/settings'
import {queryLocalDataset} from '@/lib/content/local'
import * as queries from '@/sanity/queries'
import type {
  AffiliationsQueryResult,
  FeaturedTreatmentsQueryResult,
  SettingsQueryResult,
  TreatmentBySlugQueryResult,
  TreatmentSlugsQueryResult,
  TreatmentsIndexQueryResult,
} from '@/sanity/sanity.types'

import {BUNDLED_DATASET, fixture} from '@/tests/support/content'

const settings = readSettings({CONTENT_DATASET_FILE: fixture('content.ndjson')})
const run = <T>(query: string, params: Record<string, unknown> = {}) =>
  queryLocalDataset(settings, query, params) as Promise<T>

describe('queries over the fixture dataset (local backend)', () => {
  it('settingsQuery returns the singleton', async () => {
    const result = await run<SettingsQueryResult>(queries.settingsQuery)
    expect(result).toMatchObject({clinicName: 'Fixture Clinic', phone: '(555) 010-0199'})
    expect(result?.hours).toEqual([{_key: 'h1', days: 'Mon', hours: '9–5'}])
  })

  it('treatmentBySlugQuery resolves parent, children (ordered), body area and reviewer', async () => {
    const parent = await run<TreatmentBySlugQueryResult>(queries.treatmentBySlugQuery, {
      slug: 'parent',
    })
    expect(parent).toMatchObject({
      title: 'Parent Treatment',
      bodyArea: {title: 'Back', slug: 'back'},
      parent: null,
      aliases: ['Umbrella'],
      medicalReview: {
        lastReviewed: '2026-03-04',
        reviewedBy: {name: 'Dr. Pat Lee', credentials: 'MD'},
      },
    })
    // Published children only: the draft title of Child A is not shown.
    expect(parent?.children.map(({title}) => title)).toEqual(['Child A', 'Child B'])

    const child = await run<TreatmentBySlugQueryResult>(queries.treatmentBySlugQuery, {
      slug: 'child-b',
    })
    expect(child?.parent).toMatchObject({title: 'Parent Treatment', slug: 'parent'})
    expect(child?.children).toEqual([])
  })

  it('treatmentBySlugQuery excludes drafts and answers null for unknown slugs', async () => {
    await expect(run(queries.treatmentBySlugQuery, {slug: 'unpublished'})).resolves.toBeNull()
    await expect(run(queries.treatmentBySlugQuery, {slug: 'no-such-thing'})).resolves.toBeNull()
    await expect(
      run(queries.treatmentBySlugQuery, {slug: '"] | *[_type == "siteSettings"'}),
    ).resolves.toBeNull()
  })

  it('treatmentBySlugQuery: a broken parent reference resolves to null', async () => {
    const orphan = await run<TreatmentBySlugQueryResult>(queries.treatmentBySlugQuery, {
      slug: 'orphan',
    })
    expect(orphan).toMatchObject({title: 'Orphan', parent: null})
  })

  it('treatmentBySlugQuery: missing optional fields come back as null, not errors', async () => {
    const minimal = await run<TreatmentBySlugQueryResult>(queries.treatmentBySlugQuery, {
      slug: 'minimal',
    })
    expect(minimal).toMatchObject({
      title: 'Minimal',
      summary: null,
      body: null,
      faqs: null,
      aliases: null,
      bodyArea: null,
      parent: null,
      medicalReview: null,
      children: [],
    })
  })

  it('treatmentsIndexQuery groups by body area, children under parents, orphans listed', async () => {
    const index = await run<TreatmentsIndexQueryResult>(queries.treatmentsIndexQuery)
    expect(index.bodyAreas.map((area) => area.title)).toEqual(['Back', 'Empty area'])
    const back = index.bodyAreas[0]!
    expect(back.treatments.map((t) => t.title)).toEqual(['Parent Treatment', 'Orphan'])
    expect(back.treatments[0]!.children.map((t) => t.title)).toEqual(['Child A', 'Child B'])
    expect(index.bodyAreas[1]!.treatments).toEqual([])
    // Without a body area (and without a slug: not listed at all).
    expect(index.otherTreatments.map((t) => t.title)).toEqual(['Minimal'])
  })

  it('featuredTreatmentsQuery lists top-level treatments with their children', async () => {
    const featured = await run<FeaturedTreatmentsQueryResult>(queries.featuredTreatmentsQuery)
    expect(featured.map((t) => t.title)).toEqual(['Parent Treatment', 'Minimal', 'Orphan'])
    expect(featured[0]!.children.map((t) => t.slug)).toEqual(['child-a', 'child-b'])
  })

  it('treatmentSlugsQuery lists published slugs only', async () => {
    const slugs = await run<TreatmentSlugsQueryResult>(queries.treatmentSlugsQuery)
    expect(slugs.map(({slug}) => slug).sort()).toEqual([
      'child-a',
      'child-b',
      'minimal',
      'orphan',
      'parent',
    ])
  })

  it('affiliationsQuery splits by kind and orders by `order`, then name', async () => {
    const result = await run<AffiliationsQueryResult>(queries.affiliationsQuery)
    expect(result.professional.map((a) => a.name)).toEqual(['Society Two', 'Society One'])
    expect(result.hospital.map((a) => a.name)).toEqual(['General Hospital'])
    expect(result.professional[0]).toMatchObject({abbreviation: null, url: null})
  })
})

describe('the bundled dataset', () => {
  const bundled = readSettings({CONTENT_DATASET_FILE: BUNDLED_DATASET})
  const runBundled = <T>(query: string, params: Record<string, unknown> = {}) =>
    queryLocalDataset(bundled, query, params) as Promise<T>

  it('holds the three treatments, children under Spine Injections', async () => {
    const index = await runBundled<TreatmentsIndexQueryResult>(queries.treatmentsIndexQuery)
    expect(index.bodyAreas.map((area) => area.title)).toEqual(['Spine'])
    const [spineInjections] = index.bodyAreas[0]!.treatments
    expect(spineInjections?.title).toBe('Spine Injections')
    expect(spineInjections?.children.map((t) => t.title)).toEqual([
      'Proliferation Injection',
      'Neural Prolotherapy',
    ])
    const proliferation = await runBundled<TreatmentBySlugQueryResult>(
      queries.treatmentBySlugQuery,
      {
        slug: 'proliferation-injection',
      },
    )
    expect(proliferation?.aliases).toContain('Sclerotherapy')
  })

  it('holds the eleven affiliations: seven professional, four hospitals', async () => {
    const result = await runBundled<AffiliationsQueryResult>(queries.affiliationsQuery)
    expect(result.professional).toHaveLength(7)
    expect(result.hospital).toHaveLength(4)
    expect(result.professional.map((a) => a.name)).toContain(
      'American Academy of Orthopaedic Surgeons',
    )
    expect(result.hospital.map((a) => a.name)).toEqual([
      'Methodist Hospital of Southern California',
      'San Gabriel Valley Medical Center',
      'Garfield Medical Center',
      'Alhambra Hospital Medical Center',
    ])
  })

  it('marks its invented contact details as examples', async () => {
    const result = await runBundled<SettingsQueryResult>(queries.settingsQuery)
    expect(result?.phone).toMatch(/^\(555\)/)
    expect(result?.email).toMatch(/@example\.com$/)
    expect(result?.address?.street).toMatch(/Example/)
  })
})
