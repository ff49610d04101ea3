/*
 * Moves the clinic's address and opening hours out of Site settings into a location document,
 * and makes it the main location (issue 15: settings lost `address` and `hours`, gained
 * `mainLocation`).
 *
 * Hosted dataset:  npx sanity migration run main-location                       (dry run)
 *                  npx sanity migration run main-location --no-dry-run
 * NDJSON export:   npm run migrate-dataset -- main-location <file.ndjson>
 *
 * For each Site settings document that still has `address` or `hours` and no `mainLocation`:
 *
 * - creates (if missing) the location `location-main`, named after the city ("Alhambra office";
 *   else the clinic's name), with the settings' phone, the address as a `postalAddress`, and the
 *   weekly hours read from the English labels of the old rows (./parse-hours.ts);
 * - in the same transaction, points `mainLocation` at it and removes `address` and `hours`.
 *
 * An old row that cannot be read is not guessed: the location gets the rows that could be read,
 * `hours` stays in the settings (the Studio shows it as an unknown field, with its values), and
 * the migration prints which rows to enter by hand. Running the migration again changes nothing:
 * the settings then have a `mainLocation`, so the filter leaves them out.
 *
 * Drafts and release versions of the settings are migrated the same way, each into the matching
 * version of the location (`drafts.location-main`), so unpublished edits are kept for review.
 * Their reference is weak until published, as the Studio writes a reference to a document that
 * may not be published yet.
 */
import {
  at,
  createIfNotExists,
  defineMigration,
  patch,
  set,
  transaction,
  unset,
  type Mutation,
} from 'sanity/migrate'

import {readOldHours, type UnreadableRow, type WeeklyRow} from './parse-hours'

export const SETTINGS_ID = 'siteSettings'
export const MAIN_LOCATION_ID = 'location-main'

/** What the migration reads of a Site settings document (old shape). */
type OldSettings = {
  _id: string
  clinicName?: unknown
  phone?: unknown
  address?: unknown
  hours?: unknown
}

type PostalAddress = {
  _type: 'postalAddress'
  street?: string
  city?: string
  region?: string
  postalCode?: string
  country?: string
}

export type MainLocation = {
  _id: string
  _type: 'location'
  name: string
  slug: {_type: 'slug'; current: string}
  address?: PostalAddress
  phone?: string
  hours?: WeeklyRow[]
}

export type MainLocationPlan = {
  location: MainLocation
  /** The reference the settings get. */
  reference: {_type: 'reference'; _ref: string; _weak?: true; _strengthenOnPublish?: {type: string}}
  /** Old fields that are removed (`hours` stays when a row could not be read). */
  unset: Array<'address' | 'hours'>
  unreadable: UnreadableRow[]
  /** What staff should check or enter by hand, one sentence each. */
  notes: string[]
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** "drafts." or "versions.<release>." (empty for a published document). */
function versionPrefix(id: string): string {
  return /^(drafts\.|versions\.[^.]+\.)/.exec(id)?.[1] ?? ''
}

/** A web-address slug, as the Studio's "Generate" button makes one. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}

function postalAddress(value: unknown): PostalAddress | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const old = value as Record<string, unknown>
  const parts = Object.fromEntries(
    (['street', 'city', 'region', 'postalCode', 'country'] as const)
      .map((field) => [field, text(old[field])])
      .filter(([, part]) => part),
  )
  return Object.keys(parts).length ? {_type: 'postalAddress', ...parts} : undefined
}

/** The location, reference and removals for one settings document (no side effects). */
export function planMainLocation(settings: OldSettings): MainLocationPlan {
  const prefix = versionPrefix(settings._id)
  const address = postalAddress(settings.address)
  const name = address?.city ? `${address.city} office` : text(settings.clinicName) || 'Main office'
  const phone = text(settings.phone)
  const {weekly, unreadable} = readOldHours(settings.hours)

  const location: MainLocation = {
    _id: `${prefix}${MAIN_LOCATION_ID}`,
    _type: 'location',
    name,
    slug: {_type: 'slug', current: slugify(name) || 'main-office'},
    ...(address ? {address} : {}),
    ...(phone ? {phone} : {}),
    ...(weekly.length ? {hours: weekly} : {}),
  }

  const notes = [
    ...(address ? [] : ['The settings had no address: write it on the location.']),
    ...(phone ? [] : ['The settings had no phone number: write it on the location.']),
    ...unreadable.map(
      (row) =>
        `Enter by hand: old hours row ${row.key ?? '(no key)'} ` +
        `(days ${JSON.stringify(row.days ?? null)}, hours ${JSON.stringify(row.hours ?? null)}), ` +
        `because ${row.reason}. It stays in the settings' old "hours" field until then.`,
    ),
  ]

  return {
    location,
    reference: prefix
      ? {
          _type: 'reference',
          _ref: MAIN_LOCATION_ID,
          _weak: true,
          _strengthenOnPublish: {type: 'location'},
        }
      : {_type: 'reference', _ref: MAIN_LOCATION_ID},
    unset: [
      ...(settings.address !== undefined ? (['address'] as const) : []),
      ...(settings.hours !== undefined && unreadable.length === 0 ? (['hours'] as const) : []),
    ],
    unreadable,
    notes,
  }
}

export default defineMigration({
  title: 'Move the address and opening hours from Site settings to a main location',
  documentTypes: ['siteSettings'],
  filter: '(defined(address) || defined(hours)) && !defined(mainLocation)',
  migrate: {
    document(document) {
      const settings = document as unknown as OldSettings
      const publishedId = settings._id.slice(versionPrefix(settings._id).length)
      if (publishedId !== SETTINGS_ID) {
        console.warn(
          `main-location: skipped ${settings._id}: the site reads only the settings "${SETTINGS_ID}".`,
        )
        return undefined
      }
      // The filter above chooses these already; checked again so that the migration stays a
      // no-op on migrated settings however it is run.
      const old = settings as Record<string, unknown>
      if (
        old.mainLocation !== undefined ||
        (old.address === undefined && old.hours === undefined)
      ) {
        return undefined
      }
      const plan = planMainLocation(settings)
      const mutations: Mutation[] = [
        createIfNotExists(plan.location),
        // No `ifRevision`: the encoder sends each operation as its own patch, and only these
        // fields change (an edit elsewhere in the settings meanwhile is kept).
        patch(settings._id, [
          at('mainLocation', set(plan.reference)),
          ...plan.unset.map((field) => at(field, unset())),
        ]),
      ]
      for (const note of plan.notes) console.warn(`main-location: ${settings._id}: ${note}`)
      return transaction(mutations)
    },
  },
})
