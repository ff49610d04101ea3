import type {SettingsQueryResult} from '@/sanity/sanity.types'

import {mapHref, safeHref, telHref, WEB_SCHEMES} from '../render/links'

/** The clinic's details as every page needs them, with safe fallbacks when settings are missing. */
export type Clinic = {
  name: string
  tagline?: string
  phone?: {label: string; href: string}
  email?: {label: string; href: string}
  /** As printed (`lines`), as a map link, and in parts for structured data. */
  address?: {lines: string[]; mapHref: string; parts: PostalAddressParts}
  hours: Array<{key: string; days: string; hours: string}>
  appointmentHref?: string
  disclaimer: string
  /** The search description of pages that have none of their own. */
  description?: string
}

export type PostalAddressParts = {
  street?: string
  city?: string
  region?: string
  postalCode?: string
  country?: string
}

export const FALLBACK_CLINIC_NAME = 'Orthopedic Spine Clinic'
export const FALLBACK_DISCLAIMER =
  'This page is for general education only and is not medical advice. Talk with your doctor about your own health. In an emergency, call 911.'

/** The phone format the Studio accepts (siteSettings.phone); anything else is not shown. */
const PHONE_PATTERN = /^[+()0-9 .-]{7,20}$/

export function toClinic(settings: SettingsQueryResult): Clinic {
  const rawPhone = settings?.phone?.trim()
  const phone = rawPhone && PHONE_PATTERN.test(rawPhone) ? rawPhone : undefined
  if (rawPhone && !phone)
    console.warn('Site settings: the phone number is not a phone number; not shown')
  const email = settings?.email?.trim()
  const parts = addressParts(settings?.address)
  const locality = [parts.city, [parts.region, parts.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
  const lines = [parts.street, locality].filter((line): line is string => Boolean(line))
  return {
    name: settings?.clinicName?.trim() || FALLBACK_CLINIC_NAME,
    tagline: settings?.tagline?.trim() || undefined,
    phone: phone ? {label: phone, href: telHref(phone)} : undefined,
    email: email ? {label: email, href: `mailto:${email}`} : undefined,
    address: lines.length ? {lines, mapHref: mapHref(lines.join(', ')), parts} : undefined,
    hours: (settings?.hours ?? []).flatMap((row) =>
      row.days && row.hours ? [{key: row._key, days: row.days, hours: row.hours}] : [],
    ),
    appointmentHref: safeHref(settings?.appointmentUrl, {allow: WEB_SCHEMES}),
    disclaimer: settings?.disclaimer?.trim() || FALLBACK_DISCLAIMER,
    description: settings?.seo?.description?.trim() || undefined,
  }
}

type RawAddress = NonNullable<SettingsQueryResult>['address']

function addressParts(address: RawAddress | undefined): PostalAddressParts {
  const parts: PostalAddressParts = {}
  for (const key of ['street', 'city', 'region', 'postalCode', 'country'] as const) {
    const value = address?.[key]?.trim()
    if (value) parts[key] = value
  }
  return parts
}
