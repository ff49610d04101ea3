import type {
  BreadcrumbList,
  FAQPage,
  IndividualPhysician,
  MedicalClinic,
  MedicalWebPage,
  WebPage,
  WebSite,
  WithContext,
} from 'schema-dts'

import type {Clinic, LocationPage, PageContent, PhysicianPage, TreatmentPage} from '../content'
import type {Address} from '../content/locations'
import {openingHoursSpecification} from '../shared/opening-hours'
import {DEFAULT_LANGUAGE, type LanguageId} from '../shared/languages'
import {physicianDisplayName} from '../content/physicians'
import {SPECIALTIES} from '../shared/physicians'
import {safeHref, WEB_SCHEMES} from '../render/links'
import {absoluteUrl, resolveHref} from '../shared/routes'

import {siteOrigin} from './metadata'

/*
 * Structured data (JSON-LD) for search engines: typed with schema-dts, built from the same
 * content as the page, serialized by <JsonLd/> with "<" escaped.
 */

/** schema.org's PostalAddress from an address's parts; nothing without a street or a city. */
function postalAddress(address: Address | undefined | null) {
  const parts = address?.parts
  if (!parts?.street && !parts?.city) return {}
  return {
    address: {
      '@type': 'PostalAddress' as const,
      ...(parts.street ? {streetAddress: parts.street} : {}),
      ...(parts.city ? {addressLocality: parts.city} : {}),
      ...(parts.region ? {addressRegion: parts.region} : {}),
      ...(parts.postalCode ? {postalCode: parts.postalCode} : {}),
      ...(parts.country ? {addressCountry: parts.country} : {}),
    },
  }
}

export function clinicJsonLd(
  clinic: Clinic,
  affiliations: Record<
    'professional' | 'hospital',
    Array<{name: string | null; url: string | null}>
  >,
): WithContext<MedicalClinic> {
  const origin = siteOrigin()
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
    ...postalAddress(clinic.address),
    // The main location's week and dated exceptions (holidays), as Google reads them.
    ...(clinic.mainLocation
      ? {openingHoursSpecification: openingHoursSpecification(clinic.mainLocation.hours)}
      : {}),
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
  return [
    page,
    breadcrumbs,
    ...faqPageJsonLd(faqs.map((faq) => ({question: faq.question!, answer: faq.answer!}))),
  ]
}

/** Questions and answers as schema.org's FAQPage (none without a question). */
function faqPageJsonLd(faqs: Array<{question: string; answer: string}>): WithContext<FAQPage>[] {
  if (faqs.length === 0) return []
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: faqs.map(({question, answer}) => ({
        '@type': 'Question',
        name: question,
        acceptedAnswer: {'@type': 'Answer', text: answer},
      })),
    },
  ]
}

/**
 * A page built by staff: a WebPage published by the clinic, in the language of its text, and the
 * questions and answers of its blocks as an FAQPage.
 */
export function staffPageJsonLd(
  page: Pick<PageContent, 'title' | 'slug' | 'summary' | 'language' | 'updatedAt' | 'blocks'>,
  clinicName: string,
  pageLanguage: LanguageId = DEFAULT_LANGUAGE,
): Array<WithContext<WebPage> | WithContext<FAQPage>> {
  const origin = siteOrigin()
  const url = absoluteUrl(origin, resolveHref({type: 'page', slug: page.slug}, pageLanguage))
  const webPage: WithContext<WebPage> = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: page.title,
    ...(page.summary ? {description: page.summary} : {}),
    inLanguage: page.language,
    ...(page.updatedAt ? {dateModified: page.updatedAt} : {}),
    publisher: {
      '@id': `${absoluteUrl(origin, '/')}#clinic`,
      '@type': 'MedicalClinic',
      name: clinicName,
    },
  }
  const faqs = page.blocks.flatMap((block) => (block.kind === 'faqList' ? block.faqs : []))
  return [webPage, ...faqPageJsonLd(faqs)]
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

/**
 * A location's page: a MedicalClinic of its own (address, phone, hours with the holidays), part of
 * the clinic (`parentOrganization` points at the clinic's node on the home page), with the
 * physicians who see patients there.
 */
export function locationJsonLd(
  location: LocationPage,
  clinic: Clinic,
  language: LanguageId,
): WithContext<MedicalClinic> {
  const origin = siteOrigin()
  // schema.org's IndividualPhysician is an organisation, not a Person: `member`, not `employee`.
  const members = location.physicians.map((physician): IndividualPhysician => {
    const profile = absoluteUrl(
      origin,
      resolveHref({type: 'physician', slug: physician.slug}, language),
    )
    return {
      '@type': 'IndividualPhysician',
      '@id': `${profile}#physician`,
      name: physicianDisplayName(physician),
      url: profile,
    }
  })
  const url = absoluteUrl(origin, resolveHref({type: 'location', slug: location.slug}, language))
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': `${url}#location`,
    name: `${clinic.name} – ${location.name}`,
    url,
    ...postalAddress(location.address),
    ...(location.phone ? {telephone: location.phone.label} : {}),
    ...(location.fax ? {faxNumber: location.fax.label} : {}),
    openingHoursSpecification: openingHoursSpecification(location.hours),
    ...(location.stepFreeAccess !== null
      ? {
          amenityFeature: {
            '@type': 'LocationFeatureSpecification' as const,
            name: 'Step-free access',
            value: location.stepFreeAccess,
          },
        }
      : {}),
    parentOrganization: {'@id': `${absoluteUrl(origin, '/')}#clinic`},
    ...(members.length ? {member: members} : {}),
  }
}
