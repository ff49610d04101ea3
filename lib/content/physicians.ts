import {isValidNpi} from '../shared/npi'
import {
  EDUCATION_KINDS,
  isSpecialty,
  isSpokenLanguage,
  type EducationKind,
  type Specialty,
  type SpokenLanguage,
} from '../shared/physicians'
import type {LanguageId} from '../shared/languages'

import {pickLocalized, type LocalizedText} from './localized'
import {isPlausibleSlug} from './slugs'

/*
 * Physicians as pages show them. Profiles are edited in the Studio, but anything may arrive saved
 * around its validation (API, import): every field is checked for its type here, values outside
 * the fixed lists are dropped, and an NPI that fails its check digit is not shown.
 */

export type PhysicianPhoto = {
  alt: string
  url: string
  width: number
  height: number
  lqip?: string
}

export type PhysicianCard = {
  _id: string
  name: string
  credentials: string | null
  slug: string
  specialties: Specialty[]
  languages: SpokenLanguage[]
  acceptingNewPatients: boolean | null
  photo: PhysicianPhoto | null
  /** Where they see patients: each location's name and page. */
  locations: Array<{name: string; slug: string}>
}

export type Education = {
  key: string
  kind: EducationKind
  institution: string
  field: string | null
  year: number | null
}

export type PhysicianDetails = {
  updatedAt: string | null
  boardCertifications: string[]
  education: Education[]
  npi: string | null
  bio?: LocalizedText
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((item): item is string => item !== null) : []

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

/** Each value once, in the order staff put them. */
const unique = <T>(values: T[]): T[] => [...new Set(values)]

function toPhoto(value: unknown): PhysicianPhoto | null {
  const photo = record(value)
  const asset = record(photo.asset)
  const dimensions = record(record(asset.metadata).dimensions)
  const url = text(asset.url)
  const alt = text(photo.alt)
  const {width, height} = dimensions
  if (!url || !alt || typeof width !== 'number' || typeof height !== 'number') return null
  const lqip = text(record(asset.metadata).lqip)
  return {alt, url, width, height, ...(lqip ? {lqip} : {})}
}

/** A physician in a list, or null when it has no name or no usable address. */
export function toPhysicianCard(value: unknown): PhysicianCard | null {
  const row = record(value)
  const name = text(row.name)
  const slug = text(row.slug)
  if (!name || !slug || !isPlausibleSlug(slug) || typeof row._id !== 'string') {
    console.warn(`Skipped physician ${String(row._id)}: it has no name or no usable web address`)
    return null
  }
  return {
    _id: row._id,
    name,
    credentials: text(row.credentials),
    slug,
    specialties: unique(texts(row.specialties).filter(isSpecialty)),
    languages: unique(texts(row.languages).filter(isSpokenLanguage)),
    acceptingNewPatients:
      typeof row.acceptingNewPatients === 'boolean' ? row.acceptingNewPatients : null,
    photo: toPhoto(row.photo),
    locations: (Array.isArray(row.locations) ? row.locations : []).map(record).flatMap((item) => {
      const locationName = text(item.name)
      const locationSlug = text(item.slug)
      return locationName && locationSlug && isPlausibleSlug(locationSlug)
        ? [{name: locationName, slug: locationSlug}]
        : []
    }),
  }
}

const EDUCATION_ORDER = EDUCATION_KINDS.map(({value}) => value as string)

/** The parts of a profile that only its own page shows, in the page's language. */
export function toPhysicianDetails(value: unknown, language: LanguageId): PhysicianDetails {
  const row = record(value)
  const education = (Array.isArray(row.education) ? row.education : [])
    .map(record)
    .flatMap((item, index): Education[] => {
      const kind = text(item.kind)
      const institution = text(item.institution)
      if (!kind || !EDUCATION_ORDER.includes(kind) || !institution) return []
      const year = Number.isInteger(item.year) ? (item.year as number) : null
      return [
        {
          key: text(item._key) ?? String(index),
          kind: kind as EducationKind,
          institution,
          field: text(item.field),
          year,
        },
      ]
    })
    // Medical school, residency, fellowship …: the order a profile is read in.
    .sort((a, b) => EDUCATION_ORDER.indexOf(a.kind) - EDUCATION_ORDER.indexOf(b.kind))
  const npi = text(row.npi)
  const bio = pickLocalized(row.bio, language)
  return {
    updatedAt: text(row._updatedAt),
    boardCertifications: unique(texts(row.boardCertifications)),
    education,
    npi: npi && isValidNpi(npi) ? npi : null,
    ...(bio ? {bio} : {}),
  }
}

/** "Jane Example, MD": the name as a profile heading and a link show it. */
export function physicianDisplayName({
  name,
  credentials,
}: {
  name: string
  credentials: string | null
}): string {
  return credentials ? `${name}, ${credentials}` : name
}
