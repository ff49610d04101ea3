import type {SettingsQueryResult} from '@/sanity/sanity.types'

import {mapHref, safeHref, telHref, WEB_SCHEMES} from '../render/links'
import {DEFAULT_LANGUAGE, type LanguageId} from '../shared/languages'

import {pickLocalized, type LocalizedText} from './localized'

/**
 * The clinic's details in one language, as every page needs them, with safe fallbacks when
 * settings are missing. Texts that patients read are translated per field; each says its language
 * (English when a translation is missing, so the page can mark it `lang="en"`). Names stay as
 * written.
 */
export type Clinic = {
  name: string
  tagline?: LocalizedText
  phone?: {label: string; href: string}
  email?: {label: string; href: string}
  /** As printed (`lines`), as a map link, and in parts for structured data. */
  address?: {lines: string[]; mapHref: string; parts: PostalAddressParts}
  hours: Array<{key: string; days: LocalizedText; hours: LocalizedText}>
  /** The opening hours in English, for structured data (schema.org reads English day names). */
  hoursInEnglish: Array<{days: string; hours: string}>
  appointmentHref?: string
  disclaimer: LocalizedText
  /** The sentence of the "talk with our team" box, when staff wrote one. */
  callToAction?: LocalizedText
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

export function toClinic(
  settings: SettingsQueryResult,
  language: LanguageId = DEFAULT_LANGUAGE,
): Clinic {
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
    tagline: pickLocalized(settings?.tagline, language),
    phone: phone ? {label: phone, href: telHref(phone)} : undefined,
    email: email ? {label: email, href: `mailto:${email}`} : undefined,
    address: lines.length ? {lines, mapHref: mapHref(lines.join(', ')), parts} : undefined,
    hours: (settings?.hours ?? []).flatMap((row) => {
      const days = pickLocalized(row.days, language)
      const hours = pickLocalized(row.hours, language)
      return days && hours ? [{key: row._key, days, hours}] : []
    }),
    hoursInEnglish: (settings?.hours ?? []).flatMap((row) => {
      const days = pickLocalized(row.days, DEFAULT_LANGUAGE)
      const hours = pickLocalized(row.hours, DEFAULT_LANGUAGE)
      return days && hours ? [{days: days.text, hours: hours.text}] : []
    }),
    appointmentHref: safeHref(settings?.appointmentUrl, {allow: WEB_SCHEMES}),
    disclaimer: pickLocalized(settings?.disclaimer, language) ?? {
      text: FALLBACK_DISCLAIMER,
      language: DEFAULT_LANGUAGE,
    },
    callToAction: pickLocalized(settings?.callToAction, language),
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
