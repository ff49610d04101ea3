import type {
  BreadcrumbList,
  FAQPage,
  IndividualPhysician,
  MedicalClinic,
  MedicalWebPage,
  WebSite,
  WithContext,
} from 'schema-dts'

import type {Clinic, PhysicianPage, TreatmentPage} from '../content'
import {DEFAULT_LANGUAGE, type LanguageId} from '../shared/languages'
import {SPECIALTIES} from '../shared/physicians'
import {safeHref, WEB_SCHEMES} from '../render/links'
import {absoluteUrl, resolveHref} from '../shared/routes'

import {siteOrigin} from './metadata'

/*
 * Structured data (JSON-LD) for search engines: typed with schema-dts, built from the same
 * content as the page, serialized by <JsonLd/> with "<" escaped.
 */

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
type Day = (typeof DAYS)[number]

function dayIndex(word: string): number {
  const prefix = word.trim().toLowerCase().slice(0, 3)
  return DAYS.findIndex((day) => day.toLowerCase().startsWith(prefix) && prefix.length === 3)
}

/** "Monday–Friday", "Mon - Fri", "Saturday" → the days they name; undefined when unreadable. */
export function parseDays(text: string): Day[] | undefined {
  const [first, last, ...rest] = text.split(/\s*(?:–|—|-|to)\s*/)
  if (!first || rest.length > 0) return undefined
  const from = dayIndex(first)
  const to = last === undefined ? from : dayIndex(last)
  if (from < 0 || to < 0 || to < from) return undefined
  return DAYS.slice(from, to + 1)
}

/** "8:00 am – 5:00 pm" → ["08:00", "17:00"]; undefined for "Closed" or anything unreadable. */
export function parseHours(text: string): [string, string] | undefined {
  const times = [...text.matchAll(/(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\.?/gi)]
  if (times.length !== 2) return undefined
  const [opens, closes] = times.map(([, hour, minute = '00', half]) => {
    const h = (Number(hour) % 12) + (half?.toLowerCase() === 'p' ? 12 : 0)
    return `${String(h).padStart(2, '0')}:${minute}`
  }) as [string, string]
  return [opens, closes]
}

export function clinicJsonLd(
  clinic: Clinic,
  affiliations: Record<
    'professional' | 'hospital',
    Array<{name: string | null; url: string | null}>
  >,
): WithContext<MedicalClinic> {
  const origin = siteOrigin()
  const address = clinic.address?.parts
  const organization =
    (type: 'MedicalOrganization' | 'Hospital') =>
    ({name, url}: {name: string | null; url: string | null}) => {
      const href = safeHref(url, {allow: WEB_SCHEMES})
      return name ? [{'@type': type, name, ...(href ? {url: href} : {})} as const] : []
    }
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': `${absoluteUrl(origin, '/')}#clinic`,
    name: clinic.name,
    url: absoluteUrl(origin, '/'),
    ...(clinic.tagline ? {description: clinic.tagline.text} : {}),
    ...(clinic.phone ? {telephone: clinic.phone.label} : {}),
    ...(clinic.email ? {email: clinic.email.label} : {}),
    ...(address?.street || address?.city
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(address.street ? {streetAddress: address.street} : {}),
            ...(address.city ? {addressLocality: address.city} : {}),
            ...(address.region ? {addressRegion: address.region} : {}),
            ...(address.postalCode ? {postalCode: address.postalCode} : {}),
            ...(address.country ? {addressCountry: address.country} : {}),
          },
        }
      : {}),
    openingHoursSpecification: clinic.hoursInEnglish.flatMap(({days, hours}) => {
      const dayOfWeek = parseDays(days)
      const times = parseHours(hours)
      return dayOfWeek && times
        ? [{'@type': 'OpeningHoursSpecification', dayOfWeek, opens: times[0], closes: times[1]}]
        : []
    }),
    medicalSpecialty: 'Musculoskeletal',
    memberOf: [
      ...affiliations.professional.flatMap(organization('MedicalOrganization')),
      ...affiliations.hospital.flatMap(organization('Hospital')),
    ],
  }
}

type Treatment = Pick<
  TreatmentPage,
  | 'title'
  | 'slug'
  | 'summary'
  | 'aliases'
  | 'faqs'
  | 'medicalReview'
  | '_updatedAt'
  | 'parent'
  | 'language'
>

/**
 * The trail from the treatments index to a treatment, as the page's breadcrumbs show it, in the
 * page's language (`treatmentsName` is the index's name in it).
 */
export function breadcrumbTrail(
  treatment: Treatment,
  pageLanguage: LanguageId = DEFAULT_LANGUAGE,
  treatmentsName = 'Treatments',
): Array<{name: string; path: string}> {
  const parent = treatment.parent?.slug && treatment.parent.title ? treatment.parent : null
  return [
    {name: treatmentsName, path: resolveHref({type: 'treatments'}, pageLanguage)},
    ...(parent
      ? [
          {
            name: parent.title!,
            path: resolveHref({type: 'treatment', slug: parent.slug!}, pageLanguage),
          },
        ]
      : []),
    {
      name: treatment.title ?? '',
      path: resolveHref({type: 'treatment', slug: treatment.slug ?? ''}, pageLanguage),
    },
  ]
}

export function treatmentJsonLd(
  treatment: Treatment,
  clinicName: string,
  pageLanguage: LanguageId = DEFAULT_LANGUAGE,
  treatmentsName = 'Treatments',
): Array<WithContext<MedicalWebPage> | WithContext<BreadcrumbList> | WithContext<FAQPage>> {
  const origin = siteOrigin()
  const url = absoluteUrl(
    origin,
    resolveHref({type: 'treatment', slug: treatment.slug ?? ''}, pageLanguage),
  )
  const aliases = treatment.aliases?.filter(Boolean) ?? []
  const review = treatment.medicalReview
  const reviewer = review?.reviewedBy?.name
  const faqs = (treatment.faqs ?? []).filter((faq) => faq.question && faq.answer)
  const page: WithContext<MedicalWebPage> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: treatment.title ?? '',
    ...(treatment.summary ? {description: treatment.summary} : {}),
    // The language of the text the page shows (English on a page whose translation is missing).
    inLanguage: treatment.language ?? DEFAULT_LANGUAGE,
    audience: {'@type': 'Patient'},
    ...(treatment._updatedAt ? {dateModified: treatment._updatedAt} : {}),
    ...(review?.lastReviewed ? {lastReviewed: review.lastReviewed} : {}),
    ...(reviewer
      ? {
          reviewedBy: {
            '@type': 'Physician',
            name: [reviewer, review?.reviewedBy?.credentials].filter(Boolean).join(', '),
          },
        }
      : {}),
    publisher: {
      '@id': `${absoluteUrl(origin, '/')}#clinic`,
      '@type': 'MedicalClinic',
      name: clinicName,
    },
    about: {
      '@type': 'MedicalProcedure',
      name: treatment.title ?? '',
      ...(aliases.length ? {alternateName: aliases} : {}),
      ...(treatment.summary ? {description: treatment.summary} : {}),
    },
  }
  const breadcrumbs: WithContext<BreadcrumbList> = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: breadcrumbTrail(treatment, pageLanguage, treatmentsName).map(
      ({name, path}, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name,
        item: absoluteUrl(origin, path),
      }),
    ),
  }
  const faqPage: WithContext<FAQPage> = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faqs.map(({question, answer}) => ({
      '@type': 'Question',
      name: question!,
      acceptedAnswer: {'@type': 'Answer', text: answer!},
    })),
  }
  return [page, breadcrumbs, ...(faqs.length ? [faqPage] : [])]
}

/**
 * A physician's profile: an IndividualPhysician (schema.org's type for a person; `Physician` is a
 * practice) who practises at the clinic, with schema.org's specialty terms, the hospitals where
 * they have privileges, their professional memberships, languages (BCP 47) and NPI.
 */
export function physicianJsonLd(
  physician: PhysicianPage,
  language: LanguageId,
): WithContext<IndividualPhysician> {
  const origin = siteOrigin()
  const url = absoluteUrl(origin, resolveHref({type: 'physician', slug: physician.slug}, language))
  const organizations = <Type extends 'Hospital' | 'MedicalOrganization'>(
    type: Type,
    items: PhysicianPage['hospitals'],
  ) =>
    items.flatMap(({name, url: href}) => {
      const safe = safeHref(href, {allow: WEB_SCHEMES})
      return name ? [{'@type': type, name, ...(safe ? {url: safe} : {})}] : []
    })
  const specialties = [
    ...new Set(
      physician.specialties.flatMap(
        (value) => SPECIALTIES.find((specialty) => specialty.value === value)?.schemaOrg ?? [],
      ),
    ),
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'IndividualPhysician',
    '@id': `${url}#physician`,
    url,
    name: physician.credentials ? `${physician.name}, ${physician.credentials}` : physician.name,
    ...(physician.bio ? {description: physician.bio.text} : {}),
    ...(specialties.length ? {medicalSpecialty: specialties} : {}),
    ...(physician.hospitals.length
      ? {hospitalAffiliation: organizations('Hospital', physician.hospitals)}
      : {}),
    ...(physician.memberships.length
      ? {memberOf: organizations('MedicalOrganization', physician.memberships)}
      : {}),
    ...(physician.languages.length ? {knowsLanguage: physician.languages} : {}),
    ...(physician.npi ? {usNPI: physician.npi} : {}),
    ...(physician.photo ? {image: physician.photo.url} : {}),
    practicesAt: {'@id': `${absoluteUrl(origin, '/')}#clinic`},
  }
}

/** The site in one language (the home page of each language): its name, address and language. */
export function websiteJsonLd(clinicName: string, language: LanguageId): WithContext<WebSite> {
  const origin = siteOrigin()
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: clinicName,
    url: absoluteUrl(origin, resolveHref({type: 'home'}, language)),
    inLanguage: language,
    publisher: {'@id': `${absoluteUrl(origin, '/')}#clinic`},
  }
}

/** JSON for a <script> element: "<" escaped, so content can never close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
