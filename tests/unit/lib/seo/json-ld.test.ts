/** @jest-environment node */
import {getLocation, getTreatment, type TreatmentPage} from '@/lib/content'
import {toClinic} from '@/lib/content/clinic'
import {queryLocalDataset} from '@/lib/content/local'
import {readSettings} from '@/lib/settings'
import type {LanguageId} from '@/lib/shared/languages'
import {
  clinicJsonLd,
  locationJsonLd,
  serializeJsonLd,
  staffPageJsonLd,
  treatmentJsonLd,
} from '@/lib/seo'
import {affiliationsQuery, settingsQuery} from '@/sanity/queries'
import type {AffiliationsQueryResult, SettingsQueryResult} from '@/sanity/sanity.types'

import {BUNDLED_DATASET, fixture, withEnv} from '@/tests/support/content'

import {translatedDatasetFile} from '@/tests/unit/support/translated-dataset'

jest.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))

const query = <T>(file: string, groq: string, params: Record<string, unknown> = {}) =>
  queryLocalDataset(readSettings({CONTENT_DATASET_FILE: file}), groq, params) as Promise<T>

// As a search engine reads it: serialized for the page, then parsed back.
const parsed = (data: unknown) => JSON.parse(serializeJsonLd(data)) as Record<string, unknown>

/** A treatment page as the content module gives it (local backend over `file`). */
async function treatmentPage(
  file: string,
  slug: string,
  language: LanguageId = 'en',
): Promise<TreatmentPage> {
  const found = await withEnv(
    {NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: file},
    () => getTreatment(slug, language),
  )
  if (found?.kind !== 'page') throw new Error(`No treatment page at ${slug} (${language})`)
  return found
}

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
    })
    // The main location's week, then its holidays, each dated (closed all day: 00:00 to 00:00).
    const hours = clinic.openingHoursSpecification as Array<Record<string, unknown>>
    expect(hours[0]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      opens: '08:00',
      closes: '17:00',
    })
    expect(hours).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      opens: '00:00',
      closes: '00:00',
      validFrom: '2026-11-26',
      validThrough: '2026-11-26',
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
    const treatment = await treatmentPage(BUNDLED_DATASET, 'proliferation-injection')
    const [page, breadcrumbs, faq] = treatmentJsonLd(treatment, 'Clinic').map(parsed)
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
    const treatment = await treatmentPage(fixture('content.ndjson'), 'parent')
    const [page] = treatmentJsonLd(treatment, 'Clinic').map(parsed)
    expect(page).toMatchObject({
      lastReviewed: treatment!.medicalReview!.lastReviewed,
      reviewedBy: {'@type': 'Physician', name: 'Dr. Pat Lee, MD'},
    })
  })
})

describe('JSON-LD of a location', () => {
  it('is a MedicalClinic of its own, part of the clinic, with its hours, holidays and physicians', async () => {
    const location = await withEnv(
      {NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: fixture('content.ndjson')},
      () => getLocation('main-office', 'es'),
    )
    const clinic = toClinic(null)
    const data = parsed(locationJsonLd(location!, clinic, 'es'))
    expect(data).toMatchObject({
      '@type': 'MedicalClinic',
      '@id': 'http://localhost:3000/es/locations/main-office#location',
      url: 'http://localhost:3000/es/locations/main-office',
      telephone: '(555) 010-0198',
      address: {'@type': 'PostalAddress', streetAddress: '1 Fixture Way', addressRegion: 'CA'},
      parentOrganization: {'@id': 'http://localhost:3000/#clinic'},
      openingHoursSpecification: [
        {dayOfWeek: ['Monday'], opens: '09:00', closes: '17:00'},
        {opens: '00:00', closes: '00:00', validFrom: '2026-11-26', validThrough: '2026-11-26'},
      ],
      member: [
        {
          '@type': 'IndividualPhysician',
          '@id': 'http://localhost:3000/es/physicians/pat-lee#physician',
          name: 'Dr. Pat Lee, MD',
        },
      ],
    })
  })
})

describe('JSON-LD in other languages', () => {
  it('a Spanish translation: its language, its addresses under /es, no review of its own', async () => {
    const treatment = await treatmentPage(translatedDatasetFile(), 'proloterapia-neural', 'es')
    const [page, breadcrumbs] = treatmentJsonLd(treatment, 'Clinic', 'es', 'Tratamientos').map(
      parsed,
    )
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'http://localhost:3000/es/treatments/proloterapia-neural',
      name: 'Proloterapia neural',
      inLanguage: 'es',
      about: {alternateName: ['PTN']},
    })
    // The English text was reviewed; this translation was not.
    expect(page).not.toHaveProperty('reviewedBy')
    expect(page).not.toHaveProperty('lastReviewed')
    expect(breadcrumbs).toMatchObject({
      itemListElement: [
        {position: 1, name: 'Tratamientos', item: 'http://localhost:3000/es/treatments'},
        {
          position: 2,
          name: 'Inyecciones en la columna',
          item: 'http://localhost:3000/es/treatments/inyecciones-columna',
        },
        {
          position: 3,
          name: 'Proloterapia neural',
          item: 'http://localhost:3000/es/treatments/proloterapia-neural',
        },
      ],
    })
  })

  it('a page without its translation says it is in English, at its address under /zh', async () => {
    const treatment = await treatmentPage(fixture('content.ndjson'), 'parent', 'zh-Hans')
    const [page, breadcrumbs] = treatmentJsonLd(treatment, 'Clinic', 'zh-Hans', '治疗').map(parsed)
    expect(page).toMatchObject({
      url: 'http://localhost:3000/zh/treatments/parent',
      name: 'Parent Treatment',
      inLanguage: 'en',
      // The review of the English text is the review of the text shown.
      reviewedBy: {'@type': 'Physician', name: 'Dr. Pat Lee, MD'},
    })
    expect((breadcrumbs!.itemListElement as Array<{name: string}>)[0]).toMatchObject({
      name: '治疗',
      item: 'http://localhost:3000/zh/treatments',
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

describe('JSON-LD of a page built by staff', () => {
  const page = {
    title: 'Pacientes nuevos',
    slug: 'pacientes-nuevos',
    summary: 'Qué traer.',
    language: 'es',
    updatedAt: '2026-11-28T12:00:00Z',
    blocks: [
      {kind: 'callout' as const, key: 'c', tone: 'info' as const, text: 'Hola'},
      {
        kind: 'faqList' as const,
        key: 'q1',
        heading: null,
        faqs: [{_key: 'a', question: '¿Referencia?', answer: 'A veces.'}],
      },
      {
        kind: 'faqList' as const,
        key: 'q2',
        heading: 'Más',
        faqs: [{_key: 'b', question: '¿Idioma?', answer: 'Sí.'}],
      },
    ],
  }

  it('a WebPage in its language at its address, published by the clinic, and its FAQs', () => {
    const [webPage, faq] = staffPageJsonLd(page, 'Clinic', 'es').map(parsed)
    expect(webPage).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': 'http://localhost:3000/es/pacientes-nuevos',
      url: 'http://localhost:3000/es/pacientes-nuevos',
      name: 'Pacientes nuevos',
      description: 'Qué traer.',
      inLanguage: 'es',
      dateModified: '2026-11-28T12:00:00Z',
      publisher: {
        '@id': 'http://localhost:3000/#clinic',
        '@type': 'MedicalClinic',
        name: 'Clinic',
      },
    })
    // Every question-and-answer block of the page, in order.
    expect(faq).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [
        {name: '¿Referencia?', acceptedAnswer: {text: 'A veces.'}},
        {name: '¿Idioma?', acceptedAnswer: {text: 'Sí.'}},
      ],
    })
  })

  it('an English page shown under /zh keeps its text language; no FAQs, no FAQPage', () => {
    const english = {...page, language: 'en', summary: null, updatedAt: null, blocks: []}
    const data = staffPageJsonLd(english, 'Clinic', 'zh-Hans').map(parsed)
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({
      url: 'http://localhost:3000/zh/pacientes-nuevos',
      inLanguage: 'en',
    })
    expect(data[0]).not.toHaveProperty('description')
    expect(data[0]).not.toHaveProperty('dateModified')
  })
})
