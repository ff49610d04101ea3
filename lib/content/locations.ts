import {mapHref, safeHref, telHref} from '../render/links'
import type {LanguageId} from '../shared/languages'
import {normalizeHours, type OpeningHours} from '../shared/opening-hours'

import {pickLocalized, type LocalizedText} from './localized'
import {isPlausibleSlug} from './slugs'

/*
 * Locations as pages show them. Anything may arrive saved around the Studio's validation (API,
 * import): every field is checked here, a phone that is not a phone number is left out, and the
 * hours keep only their valid rows (lib/shared/opening-hours).
 */

export type PostalAddressParts = {
  street?: string
  city?: string
  region?: string
  postalCode?: string
  country?: string
}

export type Address = {lines: string[]; mapHref: string; parts: PostalAddressParts}

export type PhoneNumber = {label: string; href: string}

export type LocationCard = {
  _id: string
  name: string
  slug: string
  address: Address | null
  phone: PhoneNumber | null
  fax: PhoneNumber | null
  /** The location's own appointment page (https only), when it has one. */
  appointmentHref: string | null
  /** Holiday names already in the page's language (or English: `labelLanguages` says which). */
  hours: OpeningHours
  /** The language of each holiday name that is not in the page's language, by date. */
  labelLanguages: Record<string, LanguageId>
}

export type LocationDetails = {
  updatedAt: string | null
  parking?: LocalizedText
  transit?: LocalizedText
  accessNotes?: LocalizedText
  stepFreeAccess: boolean | null
}

const HTTPS = new Set(['https:'])

/** The phone format the Studio accepts; anything else is not shown. */
const PHONE_PATTERN = /^[+()0-9 .-]{7,20}$/

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

export function toPhone(value: unknown): PhoneNumber | null {
  const phone = text(value)
  return phone && PHONE_PATTERN.test(phone) ? {label: phone, href: telHref(phone)} : null
}

/** The address as printed ("123 Example Avenue", "Alhambra, CA 91801"), with a directions link. */
export function toAddress(value: unknown): Address | null {
  const raw = record(value)
  const parts: PostalAddressParts = {}
  for (const key of ['street', 'city', 'region', 'postalCode', 'country'] as const) {
    const part = text(raw[key])
    if (part) parts[key] = part
  }
  const locality = [parts.city, [parts.region, parts.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
  const lines = [parts.street, locality].filter((line): line is string => Boolean(line))
  return lines.length ? {lines, mapHref: mapHref(lines.join(', ')), parts} : null
}

/**
 * The weekly rows as the Studio stores them ({days: [...], opens, closes}) become one row per day;
 * each holiday name is picked in the page's language.
 */
function toHours(
  weekly: unknown,
  exceptions: unknown,
  language: LanguageId,
): Pick<LocationCard, 'hours' | 'labelLanguages'> {
  const days = (Array.isArray(weekly) ? weekly : []).map(record).flatMap((row) =>
    (Array.isArray(row.days) ? row.days : []).map((day, index) => ({
      _key: `${String(row._key)}-${index}`,
      day,
      opens: row.opens,
      closes: row.closes,
    })),
  )
  const labelLanguages: Record<string, LanguageId> = {}
  const dated = (Array.isArray(exceptions) ? exceptions : []).map(record).map((row) => {
    const label = pickLocalized(row.label, language)
    if (label && label.language !== language && typeof row.date === 'string') {
      labelLanguages[row.date] = label.language
    }
    return {...row, label: label?.text}
  })
  return {hours: normalizeHours(days, dated), labelLanguages}
}

/** A location in a list, or null when it has no name or no usable address. */
export function toLocationCard(value: unknown, language: LanguageId): LocationCard | null {
  const row = record(value)
  const name = text(row.name)
  const slug = text(row.slug)
  if (!name || !slug || !isPlausibleSlug(slug) || typeof row._id !== 'string') {
    console.warn(`Skipped location ${String(row._id)}: it has no name or no usable web address`)
    return null
  }
  return {
    _id: row._id,
    name,
    slug,
    address: toAddress(row.address),
    phone: toPhone(row.phone),
    fax: toPhone(row.fax),
    appointmentHref: safeHref(row.appointmentUrl, {allow: HTTPS}) ?? null,
    ...toHours(row.hours, row.hoursExceptions, language),
  }
}

/** What only the location's own page shows, in the page's language. */
export function toLocationDetails(value: unknown, language: LanguageId): LocationDetails {
  const row = record(value)
  const details: LocationDetails = {
    updatedAt: text(row._updatedAt),
    stepFreeAccess: typeof row.stepFreeAccess === 'boolean' ? row.stepFreeAccess : null,
  }
  for (const key of ['parking', 'transit', 'accessNotes'] as const) {
    const picked = pickLocalized(row[key], language)
    if (picked) details[key] = picked
  }
  return details
}
