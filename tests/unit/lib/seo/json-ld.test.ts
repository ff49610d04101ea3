/** @jest-environment node */
import {readSettings} from '@/lib/settings'
import {toClinic} from '@/lib/content/clinic'
import {queryLocalDataset} from '@/lib/content/local'
import {clinicJsonLd, parseDays, parseHours, serializeJsonLd, treatmentJsonLd} from '@/lib/seo'
import {affiliationsQuery, settingsQuery, treatmentBySlugQuery} from '@/sanity/queries'
import type {
  AffiliationsQueryResult,
  SettingsQueryResult,
  TreatmentBySlugQueryResult,
} from '@/sanity/sanity.types'

import {BUNDLED_DATASET, fixture} from '@/tests/support/content'

jest.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))

const query = <T>(file: string, groq: string, params: Record<string, unknown> = {}) =>
  queryLocalDataset(readSettings({CONTENT_DATASET_FILE: file}), groq, params) as Promise<T>

// As a search engine reads it: serialized for the page, then parsed back.
const parsed = (data: unknown) => JSON.parse(serializeJsonLd(data)) as Record<string, unknown>

describe('opening hours for structured data', () => {
  it.each([
    ['Monday–Friday', ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']],
    ['Mon - Wed', ['Monday', 'Tuesday', 'Wednesday']],
    ['Saturday', ['Saturday']],
    ['tuesday to thursday', ['Tuesday', 'Wednesday', 'Thursday']],
  ])('reads the days %j', (text, days) => expect(parseDays(text)).toEqual(days))

  it.each(['Weekdays', 'Friday–Monday', 'Mo', 'Mon–Wed–Fri', ''])('does not guess %j', (text) =>
    expect(parseDays(text)).toBeUndefined(),
  )

  it.each([
    ['8:00 am – 5:00 pm', ['08:00', '17:00']],
    ['7:30 a.m. - 12 p.m.', ['07:30', '12:00']],
    ['12:15 am–11 pm', ['00:15', '23:00']],
  ])('reads the hours %j', (text, hours) => expect(parseHours(text)).toEqual(hours))

  it.each(['Closed', 'By appointment', '8–5'])('does not guess %j', (text) =>
    expect(parseHours(text)).toBeUndefined(),
  )
})

describe('JSON-LD over the bundled dataset', () => {
  it('describes the clinic, its hours, and its professional and hospital affiliations', async () => {
    const settings = await query<SettingsQueryResult>(BUNDLED_DATASET, settingsQuery)
    const affiliations = await query<AffiliationsQueryResult>(BUNDLED_DATASET, affiliationsQuery)
    const clinic = parsed(clinicJsonLd(toClinic(settings), affiliations))
    expect(clinic).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name: 'Orthopedic Spine Clinic',
      url: 'http://localhost:3000/',
      telephone: '(555) 010-0142',
      address: {'@type': 'PostalAddress', addressLocality: 'Alhambra', postalCode: '91801'},
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
          opens: '08:00',
          closes: '17:00',
        },
      ],
    })
    const members = clinic.memberOf as Array<{'@type': string; name: string; url?: string}>
    expect(members.filter((m) => m['@type'] === 'MedicalOrganization')).toHaveLength(
      affiliations.professional.length,
    )
    expect(members.filter((m) => m['@type'] === 'Hospital')).toHaveLength(
      affiliations.hospital.length,
    )
    expect(members).toContainEqual(
      expect.objectContaining({name: 'American Academy of Orthopaedic Surgeons'}),
    )
    for (const member of members) expect(member.url ?? 'https://').toMatch(/^https?:\/\//)
  })

  it('describes a child treatment: the page, the procedure with its other names, breadcrumbs, FAQs', async () => {
    const treatment = await query<TreatmentBySlugQueryResult>(
      BUNDLED_DATASET,
      treatmentBySlugQuery,
      {slug: 'proliferation-injection'},
    )
    const [page, breadcrumbs, faq] = treatmentJsonLd(treatment!, 'Clinic').map(parsed)
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'http://localhost:3000/treatments/proliferation-injection',
      about: {
        '@type': 'MedicalProcedure',
        name: 'Proliferation Injection',
        alternateName: expect.arrayContaining(['Sclerotherapy']),
      },
    })
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        {position: 1, name: 'Treatments', item: 'http://localhost:3000/treatments'},
        {position: 2, name: 'Spine Injections'},
        {position: 3, name: 'Proliferation Injection'},
      ],
    })
    expect(faq).toMatchObject({'@type': 'FAQPage'})
    expect((faq!.mainEntity as unknown[]).length).toBe(treatment!.faqs!.length)
  })

  it('names the reviewer and the review date when the page has them', async () => {
    const treatment = await query<TreatmentBySlugQueryResult>(
      fixture('content.ndjson'),
      treatmentBySlugQuery,
      {slug: 'parent'},
    )
    const [page] = treatmentJsonLd(treatment!, 'Clinic').map(parsed)
    expect(page).toMatchObject({
      lastReviewed: treatment!.medicalReview!.lastReviewed,
      reviewedBy: {'@type': 'Physician', name: 'Dr. Pat Lee, MD'},
    })
  })
})

describe('serializeJsonLd', () => {
  it('escapes what could end the script element, and parses back to the same data', () => {
    const data = {
      name: '</script><script>alert(1)</script>',
      text: 'a & b > c <!-- d \u2028 e',
    }
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual(data)
  })
})
