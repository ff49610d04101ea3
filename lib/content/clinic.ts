import type {SettingsQueryResult} from '@/sanity/sanity.types'

import {safeHref, telHref, WEB_SCHEMES} from '../render/links'
import {DEFAULT_LANGUAGE, type LanguageId} from '../shared/languages'

import {pickLocalized, type LocalizedText} from './localized'
import {toLocationCard, type Address, type LocationCard} from './locations'

/**
 * The clinic's details in one language, as every page needs them (the address and hours are the
 * main location's), with safe fallbacks when
 * settings are missing. Texts that patients read are translated per field; each says its language
 * (English when a translation is missing, so the page can mark it `lang="en"`). Names stay as
 * written.
 */
export type Clinic = {
  name: string
  tagline?: LocalizedText
  phone?: {label: string; href: string}
  email?: {label: string; href: string}
  /** The main location's address: as printed (`lines`), as a map link, and in parts. */
  address?: Address
  /** The main location (its page, hours and holidays), when there is one. */
  mainLocation?: LocationCard
  appointmentHref?: string
  disclaimer: LocalizedText
  /** The sentence of the "talk with our team" box, when staff wrote one. */
  callToAction?: LocalizedText
  /** The search description of pages that have none of their own. */
  description?: string
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
  const mainLocation = settings?.mainLocation
    ? (toLocationCard(settings.mainLocation, language) ?? undefined)
    : undefined
  const locationPhone = mainLocation?.phone
  return {
    name: settings?.clinicName?.trim() || FALLBACK_CLINIC_NAME,
    tagline: pickLocalized(settings?.tagline, language),
    // The clinic's own number; the main location's when settings have none.
    phone: phone ? {label: phone, href: telHref(phone)} : (locationPhone ?? undefined),
    email: email ? {label: email, href: `mailto:${email}`} : undefined,
    address: mainLocation?.address ?? undefined,
    mainLocation,
    appointmentHref: safeHref(settings?.appointmentUrl, {allow: WEB_SCHEMES}),
    disclaimer: pickLocalized(settings?.disclaimer, language) ?? {
      text: FALLBACK_DISCLAIMER,
      language: DEFAULT_LANGUAGE,
    },
    callToAction: pickLocalized(settings?.callToAction, language),
    description: settings?.seo?.description?.trim() || undefined,
  }
}
