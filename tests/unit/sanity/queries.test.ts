/** @jest-environment node */
import {queryLocalDataset} from '@/lib/content/local'
import {readSettings} from '@/lib/settings'
import * as queries from '@/sanity/queries'
import type {
  AffiliationsQueryResult,
  FeaturedTreatmentsQueryResult,
  MenusQueryResult,
  PageAddressesQueryResult,
  PageQueryResult,
  SettingsQueryResult,
  TreatmentAddressQueryResult,
  TreatmentAddressesQueryResult,
  TreatmentPageQueryResult,
  TreatmentsIndexQueryResult,
} from '@/sanity/sanity.types'

import {BUNDLED_DATASET, fixture} from '@/tests/support/content'

const settings = readSettings({CONTENT_DATASET_FILE: fixture('content.ndjson')})
const run = <T>(query: string, params: Record<string, unknown> = {}) =>
  queryLocalDataset(settings, query, params) as Promise<T>

/** A treatment page in English: its source's text around its source's structure. */
const englishPage = (sourceId: string) =>
  run<TreatmentPageQueryResult>(queries.treatmentPageQuery, {
    sourceId,
    textId: sourceId,
    lang: 'en',
  })

describe('queries over the fixture dataset (local backend)', () => {
  it('settingsQuery returns the singleton', async () => {
    const result = await run<SettingsQueryResult>(queries.settingsQuery)
    expect(result).toMatchObject({clinicName: 'Fixture Clinic', phone: '(555) 010-0199'})
    // The clinic's address and hours are its main location's.
    expect(result?.mainLocation).toMatchObject({
      slug: 'main-office',
      address: {street: '1 Fixture Way', city: 'Alhambra'},
      hours: [{_key: 'h1', days: ['monday'], opens: '09:00', closes: '17:00'}],
    })
  })

  it('treatmentPageQuery resolves parent, children (ordered), body area and reviewer', async () => {
    const parent = await englishPage('t-parent')
    expect(parent).toMatchObject({
      sourceSlug: 'parent',
      text: {
        title: 'Parent Treatment',
        language: 'en',
        aliases: ['Umbrella'],
        medicalReview: {
          lastReviewed: '2026-03-04',
          reviewedBy: {name: 'Dr. Pat Lee', credentials: 'MD'},
        },
      },
      bodyArea: {title: 'Back', slug: 'back'},
      parent: null,
    })
    // Published children only: the draft title of Child A is not shown.
    expect(parent?.children.map(({shown}) => shown?.title)).toEqual(['Child A', 'Child B'])

    const child = await englishPage('t-child-b')
    expect(child?.parent).toMatchObject({
      _id: 't-parent',
      shown: {title: 'Parent Treatment', slug: 'parent', language: 'en'},
    })
    expect(child?.children).toEqual([])
    expect(child?.siblings.map(({shown}) => shown?.slug)).toEqual(['child-a'])
  })

  it('treatmentAddressQuery excludes drafts and answers nothing for unknown slugs', async () => {
    for (const slug of ['unpublished', 'no-such-thing', '"] | *[_type == "siteSettings"']) {
      await expect(run(queries.treatmentAddressQuery, {slug, lang: 'en'})).resolves.toEqual([])
    }
    await expect(englishPage('t-unpublished')).resolves.toBeNull()
    await expect(
      run(queries.treatmentAddressQuery, {slug: 'child-a', lang: 'en'}),
    ).resolves.toEqual([{_id: 't-child-a', language: 'en', sourceOf: null, translationSlug: null}])
  })

  it('treatmentPageQuery: a broken parent reference resolves to null', async () => {
    const orphan = await englishPage('t-orphan')
    expect(orphan).toMatchObject({text: {title: 'Orphan'}, parent: null})
  })

  it('treatmentPageQuery: missing optional fields come back as null, not errors', async () => {
    const minimal = await englishPage('t-minimal')
    expect(minimal).toMatchObject({
      text: {
        title: 'Minimal',
        summary: null,
        body: null,
        faqs: null,
        aliases: null,
        medicalReview: null,
      },
      bodyArea: null,
      parent: null,
      children: [],
      translations: null,
    })
  })

  it('treatmentsIndexQuery groups by body area, children under parents, orphans listed', async () => {
    const index = await run<TreatmentsIndexQueryResult>(queries.treatmentsIndexQuery, {lang: 'en'})
    expect(index.bodyAreas.map((area) => area.shown?.title)).toEqual(['Back', 'Empty area'])
    const back = index.bodyAreas[0]!
    expect(back.treatments.map((t) => t.shown?.title)).toEqual(['Parent Treatment', 'Orphan'])
    expect(back.treatments[0]!.children.map((t) => t.shown?.title)).toEqual(['Child A', 'Child B'])
    expect(index.bodyAreas[1]!.treatments).toEqual([])
    // Without a body area (and without a slug: not listed at all).
    expect(index.otherTreatments.map((t) => t.shown?.title)).toEqual(['Minimal'])
  })

  it('featuredTreatmentsQuery lists top-level treatments with their children', async () => {
    const featured = await run<FeaturedTreatmentsQueryResult>(queries.featuredTreatmentsQuery, {
      lang: 'en',
    })
    expect(featured.map((t) => t.shown?.title)).toEqual(['Parent Treatment', 'Minimal', 'Orphan'])
    expect(featured[0]!.children.map((t) => t.shown?.slug)).toEqual(['child-a', 'child-b'])
  })

  it('treatmentAddressesQuery lists published slugs only', async () => {
    const rows = await run<TreatmentAddressesQueryResult>(queries.treatmentAddressesQuery)
    expect(rows.map(({slug}) => slug).sort()).toEqual([
      'child-a',
      'child-b',
      'minimal',
      'orphan',
      'parent',
    ])
  })

  it('pageQuery keeps the blocks in order with their references resolved (missing ones as null)', async () => {
    const page = await run<PageQueryResult>(queries.pageQuery, {
      sourceId: 'page-about',
      textId: 'page-about',
      lang: 'en',
    })
    expect(page).toMatchObject({title: 'About Us', slug: 'about-us', sourceSlug: 'about-us'})
    expect(page?.body?.map(({_type}) => _type)).toEqual([
      'richText',
      'callout',
      'callout',
      'faqList',
      'callToAction',
      'treatmentList',
      'physicianList',
      'mystery',
      'callout',
      'treatmentList',
    ])
    const list = page?.body?.find(({_key}) => _key === 't1') as {
      treatments: Array<{shown: {slug: string | null} | null} | null>
    }
    expect(list.treatments.map((item) => item?.shown?.slug ?? null)).toEqual([
      'child-a',
      null,
      'parent',
    ])
  })

  it('pageAddressesQuery lists published, titled pages only', async () => {
    const rows = await run<PageAddressesQueryResult>(queries.pageAddressesQuery)
    // The page claiming /treatments is listed here; the content module leaves it out.
    expect(rows.map(({slug}) => slug)).toEqual(['about-us', 'treatments'])
  })

  it('menusQuery resolves each link; a missing or unpublished document comes back null', async () => {
    const menus = await run<MenusQueryResult>(queries.menusQuery, {lang: 'en'})
    expect(
      menus?.header?.map(({target, section, url}) => target?.slug ?? section ?? url ?? null),
    ).toEqual([
      'treatments',
      'physicians',
      'locations',
      'about-us',
      null,
      null,
      'javascript:alert(1)',
      'http://portal.example.com/',
      'https://portal.example.com/',
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
    const index = await runBundled<TreatmentsIndexQueryResult>(queries.treatmentsIndexQuery, {
      lang: 'en',
    })
    expect(index.bodyAreas.map((area) => area.shown?.title)).toEqual(['Spine'])
    const [spineInjections] = index.bodyAreas[0]!.treatments
    expect(spineInjections?.shown?.title).toBe('Spine Injections')
    expect(spineInjections?.children.map((t) => t.shown?.title)).toEqual([
      'Proliferation Injection',
      'Neural Prolotherapy',
    ])
    const [address] = await runBundled<TreatmentAddressQueryResult>(queries.treatmentAddressQuery, {
      slug: 'proliferation-injection',
      lang: 'en',
    })
    const proliferation = await runBundled<TreatmentPageQueryResult>(queries.treatmentPageQuery, {
      sourceId: address!.language === 'en' ? address!._id : address!.sourceOf,
      textId: address!._id,
      lang: 'en',
    })
    expect(proliferation?.text?.aliases).toContain('Sclerotherapy')
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
    expect(result?.mainLocation?.address?.street).toMatch(/Example/)
  })
})
