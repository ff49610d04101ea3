/**
 * The content module: the only thing pages import for data. Named getters over one transport,
 * `fetchContent`, which runs the queries of sanity/queries.ts on the configured backend (hosted
 * Sanity, or the bundled dataset through groq-js), tagged for revalidation; data is reshaped here,
 * once, into what pages need.
 */
import 'server-only'

import type {ClientReturn} from '@sanity/client'
import {draftMode} from 'next/headers'

import {
  affiliationsQuery,
  featuredTreatmentsQuery,
  languageAssistanceQuery,
  locationPageQuery,
  locationsQuery,
  menusLinkingQuery,
  menusQuery,
  pageAddressesQuery,
  pageAddressQuery,
  pageQuery,
  pagesIndexQuery,
  pagesShowingDocumentQuery,
  physicianPageQuery,
  physiciansQuery,
  redirectsQuery,
  settingsQuery,
  sourceIdsQuery,
  treatmentAddressQuery,
  treatmentAddressesQuery,
  treatmentPageQuery,
  treatmentsIndexQuery,
  treatmentsShowingDocumentQuery,
} from '@/sanity/queries'

import {readSettings, selectBackend} from '../settings'
import {DEFAULT_LANGUAGE, isLanguageId, LANGUAGES, type LanguageId} from '../shared/languages'
import {isReservedSegment, resolveHref} from '../shared/routes'

import {toClinic, type Clinic} from './clinic'
import {
  toLocationCard,
  toLocationDetails,
  type LocationCard,
  type LocationDetails,
} from './locations'
import {toLanguageAssistance} from './language-assistance'
import {toMenus, type Menus} from './menus'
import {toPageBlocks, type PageBlock} from './pages'
import {
  toPhysicianCard,
  toPhysicianDetails,
  type PhysicianCard,
  type PhysicianDetails,
} from './physicians'
import {fetchHosted} from './hosted'
import {fetchLocal} from './local'
import {isPlausibleSlug} from './slugs'
import {TAGS} from './tags'
import type {QueryParams, ReadOptions} from './types'

export type {Clinic} from './clinic'
export type {LocationCard} from './locations'
export type {MenuLink, Menus} from './menus'
export type {PageBlock} from './pages'
export type {PhysicianCard, PhysicianDetails} from './physicians'
export type {ReadOptions} from './types'
export {isPlausibleSlug} from './slugs'

/**
 * The one transport of the site: runs a query from `sanity/queries.ts` on the configured backend,
 * tagged for revalidation. Errors propagate (never turned into empty content), so Next.js keeps
 * serving the last good page.
 */
export async function fetchContent<const Query extends string>(
  query: Query,
  params: QueryParams,
  tags: string[],
  {fresh = false, stega = true}: ReadOptions & {fresh?: boolean} = {},
): Promise<ClientReturn<Query, unknown>> {
  const settings = readSettings()
  const draft = await isDraftMode()
  const options = {tags, revalidate: settings.REVALIDATE_SECONDS, fresh, draft, stega}
  const fetcher = selectBackend(settings) === 'hosted' ? fetchHosted : fetchLocal
  try {
    return (await fetcher(settings, query, params, options)) as ClientReturn<Query, unknown>
  } catch (cause) {
    throw new Error(`Content query failed (tags: ${tags.join(', ')})`, {cause})
  }
}

/** Whether this request previews drafts (staff in draft mode). False outside a request. */
export async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false // build-time params, scripts and tests have no request
  }
}

/** The clinic's details (name, phone, address, hours …) in a language, as pages show them. */
export async function getClinic(language: LanguageId, options: ReadOptions = {}): Promise<Clinic> {
  return toClinic(
    await fetchContent(settingsQuery, {}, [TAGS.settings, TAGS.locations], options),
    language,
  )
}

type Listed = {_id: string; title: string | null; slug: string | null}

/**
 * Whether a treatment can be shown: it needs a title and a usable web address. Anything else was
 * saved around the Studio's validation (API, import); it is skipped with a warning for the
 * operator, never shown half-broken.
 */
function isShowable(treatment: Listed, where: string, kind = 'treatment'): boolean {
  const problem = !treatment.title?.trim()
    ? 'it has no title'
    : !treatment.slug || !isPlausibleSlug(treatment.slug)
      ? 'it has no usable web address'
      : undefined
  if (problem) console.warn(`Skipped ${kind} ${treatment._id} (${where}): ${problem}`)
  return !problem
}

const textOrNull = (value: unknown) => (typeof value === 'string' ? value : null)
const textsOrNull = (value: unknown) =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    : null

/**
 * A treatment's texts as pages may use them: a field saved with the wrong type around the Studio
 * (API, import: a number summary, a string for a list) counts as missing, never as a crash.
 */
function withTextTypes<T extends Record<string, unknown>>(text: T): T {
  const checked: Record<string, unknown> = {...text}
  for (const key of ['title', 'slug', 'summary', 'language'] as const) {
    if (key in text) checked[key] = textOrNull(text[key])
  }
  for (const key of ['aliases', 'conditions'] as const) {
    if (key in text) checked[key] = textsOrNull(text[key])
  }
  if ('faqs' in text) {
    checked.faqs = Array.isArray(text.faqs)
      ? text.faqs.filter(
          (faq) =>
            faq &&
            typeof faq === 'object' &&
            typeof faq.question === 'string' &&
            typeof faq.answer === 'string',
        )
      : null
  }
  if ('body' in text && !Array.isArray(text.body)) checked.body = null
  return checked as T
}

/** A listed source with its text in the page's language (or English) lifted to the top. */
type WithShown<Shown> = {_id: string; shown: Shown | null; children?: Array<WithShown<Shown>>}
type Lifted<Shown> = Omit<Shown, 'language'> & {_id: string; language: string} & Listed

function lift<Shown extends {language?: string | null}>(
  item: WithShown<Shown>,
  where: string,
  kind = 'treatment',
): Array<Lifted<Shown> & {children?: Array<Lifted<Shown>>}> {
  const text = withTextTypes({...(item.shown as Record<string, unknown> | null)})
  const shown = {
    ...text,
    _id: item._id,
    language: text.language ?? DEFAULT_LANGUAGE,
  } as unknown as Lifted<Shown>
  if (!isShowable(shown, where, kind)) return []
  if (!item.children) return [shown]
  return [{...shown, children: item.children.flatMap((child) => lift(child, where, kind))}]
}

/** Every treatment by body area, in a language (missing translations in English). */
export async function getTreatmentsIndex(language: LanguageId) {
  const index = await fetchContent(treatmentsIndexQuery, {lang: language}, [
    TAGS.treatments,
    TAGS.bodyAreas,
    TAGS.translations,
  ])
  const where = `treatments index (${language})`
  return {
    bodyAreas: index.bodyAreas.map((area) => ({
      _id: area._id,
      title: area.shown?.title ?? null,
      description: area.shown?.description ?? null,
      language: (area.shown?.language as string | undefined) ?? DEFAULT_LANGUAGE,
      treatments: area.treatments.flatMap((treatment) => lift(treatment, where)),
    })),
    otherTreatments: index.otherTreatments.flatMap((treatment) => lift(treatment, where)),
  }
}

export async function getFeaturedTreatments(language: LanguageId) {
  const rows = await fetchContent(featuredTreatmentsQuery, {lang: language}, [
    TAGS.treatments,
    TAGS.translations,
  ])
  return rows.flatMap((treatment) => lift(treatment, `home (${language})`))
}

/**
 * What is at a treatment address in a language: the page (its translation, or the English text
 * when it has none: `fallback`), the address of its translation when the English slug was asked
 * for in another language (`moved`), or nothing. A translation whose English source is gone is not
 * shown: translations live with their source.
 */
export async function findTreatment(
  slug: string,
  language: LanguageId,
  options: ReadOptions = {},
): Promise<FoundAddress> {
  if (!isPlausibleSlug(slug)) return null
  const rows = await fetchContent(
    treatmentAddressQuery,
    {slug, lang: language},
    [TAGS.treatment(slug), TAGS.treatments, TAGS.translations],
    options,
  )
  return resolveAddress(rows, slug, language)
}

type AddressRow = {
  _id: string
  language: string
  sourceOf: unknown
  translationSlug: unknown
}

type FoundAddress =
  | {kind: 'page'; textId: string; sourceId: string; fallback: boolean}
  | {kind: 'moved'; slug: string}
  | null

/**
 * What the documents found at an address in a language mean (treatments and pages alike): the
 * translation in that language, else the English source (whose translation's address it moves to,
 * or whose English text it shows: the fallback). A translation without an English source is no
 * page.
 */
function resolveAddress(rows: AddressRow[], slug: string, language: LanguageId): FoundAddress {
  const sourceIdOf = (row: AddressRow) =>
    row.language === DEFAULT_LANGUAGE ? row._id : (row.sourceOf as string | null)
  const translated = rows.find((row) => row.language === language && sourceIdOf(row))
  if (translated) {
    return {
      kind: 'page',
      textId: translated._id,
      sourceId: sourceIdOf(translated)!,
      fallback: false,
    }
  }
  const source = rows.find((row) => row.language === DEFAULT_LANGUAGE)
  if (!source) return null
  const translationSlug = source.translationSlug as string | null
  if (translationSlug && isPlausibleSlug(translationSlug) && translationSlug !== slug) {
    return {kind: 'moved', slug: translationSlug}
  }
  return {
    kind: 'page',
    textId: source._id,
    sourceId: source._id,
    fallback: language !== DEFAULT_LANGUAGE,
  }
}

/** A treatment page in a language, with its parent, kinds, body area and reviewer. */
export type TreatmentPage = Extract<Awaited<ReturnType<typeof getTreatment>>, {kind: 'page'}>

export async function getTreatment(slug: string, language: LanguageId, options: ReadOptions = {}) {
  const found = await findTreatment(slug, language, options)
  if (!found || found.kind === 'moved') return found
  const page = await fetchContent(
    treatmentPageQuery,
    {sourceId: found.sourceId, textId: found.textId, lang: language},
    [
      TAGS.treatment(slug),
      TAGS.treatments,
      TAGS.bodyAreas,
      TAGS.physicians,
      TAGS.locations,
      TAGS.translations,
    ],
    options,
  )
  const where = `page ${resolveHref({type: 'treatment', slug}, language)}`
  if (!page?.text) return null
  const text = withTextTypes(page.text)
  if (!isShowable(text, where)) return null
  const link = (
    item: WithShown<{
      title: string | null
      slug: string | null
      summary: string | null
      language: string
    }>,
  ) => lift(item, where)
  return {
    kind: 'page' as const,
    fallback: found.fallback,
    ...text,
    language: (text.language as string | null) ?? DEFAULT_LANGUAGE,
    image: page.image,
    bodyArea: page.bodyArea,
    parent: page.parent ? (link(page.parent)[0] ?? null) : null,
    siblings: page.siblings.flatMap(link),
    children: page.children.flatMap(link),
    /** The physicians who provide it. */
    providers: physicianCards(page.providers),
    /** The page's address in every language (its translation's, or the English fallback's). */
    addresses: page.sourceSlug ? treatmentAddresses(page.sourceSlug, page.translations) : [],
  }
}

type TranslationRow = {language: string | null; slug: string | null}

/** Metadata entries that are objects (garbage entries saved around the Studio come back null). */
function translationRows<T extends TranslationRow>(rows: Array<T | null> | null | undefined): T[] {
  return Array.isArray(rows)
    ? rows.filter((row): row is T => Boolean(row) && typeof row === 'object')
    : []
}

/**
 * A treatment's (or a page's) page in every language: the translation's address where there is
 * one, else the English slug under the language's prefix (the fallback page, `translated: false`).
 */
export function treatmentAddresses(
  sourceSlug: string,
  translations: TranslationRow[] | null | undefined,
): Array<{language: LanguageId; slug: string; translated: boolean}> {
  return LANGUAGES.map(({id}) => {
    const slug = translationRows(translations).find((row) => row.language === id)?.slug
    if (id === DEFAULT_LANGUAGE) return {language: id, slug: sourceSlug, translated: true}
    return slug && isPlausibleSlug(slug)
      ? {language: id, slug, translated: true}
      : {language: id, slug: sourceSlug, translated: false}
  })
}

/** Every treatment page in every language (with when its text last changed), read cached. */
export async function getTreatmentPages(options: {fresh?: boolean} = {}) {
  const rows: Array<{
    slug: string | null
    _updatedAt: string
    translations: Array<TranslationRow & {updatedAt?: string | null}> | null
  }> = await fetchContent(
    treatmentAddressesQuery,
    {},
    options.fresh ? [] : [TAGS.treatments, TAGS.translations],
    {stega: false, fresh: options.fresh},
  )
  const seen = new Set<string>()
  return rows.flatMap(({slug, _updatedAt, translations}) => {
    // Two treatments with one web address (saved around the Studio's check) are one page.
    if (!slug || !isPlausibleSlug(slug) || seen.has(slug)) return []
    seen.add(slug)
    return [
      {
        updatedAt: _updatedAt,
        addresses: treatmentAddresses(slug, translations).map((address) => ({
          ...address,
          updatedAt:
            translationRows(translations).find(
              (row) => row.language === address.language && address.translated,
            )?.updatedAt ?? _updatedAt,
        })),
      },
    ]
  })
}

/**
 * How many treatment pages of each language are prerendered at build time: the most recently
 * changed ones. The others are rendered on their first request (a few hundred milliseconds) and
 * cached from then on, so a large catalogue keeps the build within minutes. Measured at 2000
 * treatments in three languages on 2 CPUs (bench/results): every page of every language took
 * the build 22 minutes; all English pages and 300 per other language, 6.5 minutes (with English
 * share images on first request); 500 per language, see bench/results. A clinic with fewer
 * treatments than this has every page prerendered.
 */
export const PRERENDERED_PER_LANGUAGE = 500

/** Slugs of a language to prerender at build time; the others are rendered on their first request. */
export async function getTreatmentSlugs(language: LanguageId): Promise<string[]> {
  const pages = await getTreatmentPages()
  const addresses = pages
    .flatMap(({addresses}) => addresses.filter((address) => address.language === language))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const slugs = [...new Set(addresses.map(({slug}) => slug))]
  return slugs.slice(0, PRERENDERED_PER_LANGUAGE)
}

/** The clinic's affiliations; each hospital with the clinic's physicians who have privileges there. */
export async function getAffiliations() {
  const affiliations = await fetchContent(affiliationsQuery, {}, [
    TAGS.affiliations,
    TAGS.physicians,
  ])
  return {
    professional: affiliations.professional,
    hospital: affiliations.hospital.map(({physicians, ...hospital}) => ({
      ...hospital,
      physicians: physicianCards(physicians),
    })),
  }
}

/** Physicians in a list: those without a name or a usable address are left out (with a warning). */
function physicianCards(rows: unknown): PhysicianCard[] {
  return Array.isArray(rows) ? rows.flatMap((row) => toPhysicianCard(row) ?? []) : []
}

/** Every physician, by name (none in the bundled content: the site then shows no physician pages). */
export async function getPhysicians(
  options: ReadOptions & {fresh?: boolean} = {},
): Promise<PhysicianCard[]> {
  return physicianCards(
    await fetchContent(physiciansQuery, {}, [TAGS.physicians, TAGS.locations], options),
  )
}

/** A physician's profile in a language: hospitals, memberships and the treatments they provide. */
export type PhysicianPage = PhysicianCard &
  PhysicianDetails & {
    hospitals: Affiliation[]
    memberships: Affiliation[]
    treatments: ReturnType<typeof lift<TreatmentLinkText>>
  }

type TreatmentLinkText = {
  title: string | null
  slug: string | null
  summary: string | null
  language: string
}
type Affiliations = Awaited<ReturnType<typeof getAffiliations>>
type Affiliation = Affiliations['professional'][number]

export async function getPhysician(
  slug: string,
  language: LanguageId,
  options: ReadOptions = {},
): Promise<PhysicianPage | null> {
  if (!isPlausibleSlug(slug)) return null
  const row = await fetchContent(
    physicianPageQuery,
    {slug, lang: language},
    [TAGS.physicians, TAGS.affiliations, TAGS.treatments, TAGS.translations, TAGS.locations],
    options,
  )
  const card = row ? toPhysicianCard(row) : null
  if (!row || !card) return null
  const where = `page ${resolveHref({type: 'physician', slug}, language)}`
  const list = <T>(value: T[] | null | undefined): T[] => (Array.isArray(value) ? value : [])
  return {
    ...card,
    ...toPhysicianDetails(row, language),
    hospitals: list(row.hospitals),
    memberships: list(row.memberships),
    treatments: list(row.treatments as Array<WithShown<TreatmentLinkText>>).flatMap((item) =>
      lift(item, where),
    ),
  }
}

/** Every physician's address, for the sitemap and prerendering. */
export async function getPhysicianSlugs(
  options: ReadOptions & {fresh?: boolean} = {},
): Promise<string[]> {
  return (await getPhysicians({stega: false, ...options})).map(({slug}) => slug)
}

/** Every location, by name, in a language (those without a name or address are left out). */
export async function getLocations(
  language: LanguageId,
  options: ReadOptions & {fresh?: boolean} = {},
): Promise<LocationCard[]> {
  const rows = await fetchContent(locationsQuery, {}, [TAGS.locations], options)
  return (rows ?? []).flatMap((row) => toLocationCard(row, language) ?? [])
}

/** A location's page in a language: its details and the physicians who see patients there. */
export type LocationPage = LocationCard & LocationDetails & {physicians: PhysicianCard[]}

export async function getLocation(
  slug: string,
  language: LanguageId,
  options: ReadOptions = {},
): Promise<LocationPage | null> {
  if (!isPlausibleSlug(slug)) return null
  const row = await fetchContent(
    locationPageQuery,
    {slug},
    [TAGS.locations, TAGS.physicians],
    options,
  )
  const card = row ? toLocationCard(row, language) : null
  if (!row || !card) return null
  return {
    ...card,
    ...toLocationDetails(row, language),
    physicians: physicianCards(row.physicians),
  }
}

/** Every location's address, for the sitemap and prerendering. */
export async function getLocationSlugs(
  options: ReadOptions & {fresh?: boolean} = {},
): Promise<string[]> {
  return (await getLocations(DEFAULT_LANGUAGE, {stega: false, ...options})).map(({slug}) => slug)
}

/**
 * Every language's address of the treatment pages that show a document (itself, its children, its
 * parent, or treatments that reference it; for a translation, those of its English source), read
 * fresh from the backend: used by the webhook to regenerate exactly those pages.
 */
export async function getTreatmentPathsShowing(documentId: string): Promise<string[]> {
  const ids = await withSourceIds(documentId)
  const rows = await fetchContent(treatmentsShowingDocumentQuery, {ids}, [], {fresh: true})
  return rows.flatMap(({slug, translations}) =>
    slug && isPlausibleSlug(slug) ? treatmentPaths(slug, translations) : [],
  )
}

/** Every treatment page of every language, read fresh (for changes that every page shows). */
export async function getAllTreatmentPathsFresh(): Promise<string[]> {
  const pages = await getTreatmentPages({fresh: true})
  return pages.flatMap(({addresses}) =>
    addresses.map(({slug, language}) => resolveHref({type: 'treatment', slug}, language)),
  )
}

/**
 * Every address a treatment (or a page) answers at: its page in each language, and the English
 * slug under each other language's prefix (the fallback page, or since a translation exists, the
 * redirect to it: both are cached pages that a change of the translation's link must refresh).
 */
function translatedPaths(
  type: 'treatment' | 'page',
  sourceSlug: string,
  translations: TranslationRow[] | null,
): string[] {
  const paths = treatmentAddresses(sourceSlug, translations).flatMap(({slug, language}) => [
    resolveHref({type, slug}, language),
    resolveHref({type, slug: sourceSlug}, language),
  ])
  return [...new Set(paths)]
}

const treatmentPaths = (sourceSlug: string, translations: TranslationRow[] | null) =>
  translatedPaths('treatment', sourceSlug, translations)

/** A document and the English sources it belongs to (a translation's, a metadata link's). */
async function withSourceIds(documentId: string): Promise<string[]> {
  const sources: unknown[] = await fetchContent(sourceIdsQuery, {ids: [documentId]}, [], {
    fresh: true,
  })
  return [documentId, ...sources.filter((id): id is string => typeof id === 'string')]
}

/**
 * Every language's address of the pages built by staff that show a document (the page itself or
 * its translation, or a page listing it), read fresh: used by the webhook.
 */
export async function getPagePathsShowing(documentId: string): Promise<string[]> {
  const rows = await fetchContent(
    pagesShowingDocumentQuery,
    {ids: await withSourceIds(documentId)},
    [],
    {fresh: true},
  )
  return [
    ...new Set(
      rows.flatMap(({slug, language, translations}) => {
        const rowsOf = translationRows(translations)
        const sourceSlug =
          language === DEFAULT_LANGUAGE
            ? slug
            : rowsOf.find((row) => row.language === DEFAULT_LANGUAGE)?.slug
        if (sourceSlug && isPlausibleSlug(sourceSlug) && !isReservedSegment(sourceSlug)) {
          return translatedPaths('page', sourceSlug, rowsOf)
        }
        // A translation without a linked source: only its own address.
        return slug && isPlausibleSlug(slug) && isLanguageId(language)
          ? [resolveHref({type: 'page', slug}, language)]
          : []
      }),
    ),
  ]
}

/** Every page built by staff in every language, read fresh (for changes that every page shows). */
export async function getAllPagePathsFresh(): Promise<string[]> {
  const pages = await getPages({fresh: true})
  return pages.flatMap(({addresses}) =>
    addresses.map(({slug, language}) => resolveHref({type: 'page', slug}, language)),
  )
}

/** Whether the staff's menus link to a document (or to its English source), read fresh. */
export async function isLinkedFromMenus(documentId: string): Promise<boolean> {
  return (
    (await fetchContent(menusLinkingQuery, {ids: await withSourceIds(documentId)}, [], {
      fresh: true,
    })) === true
  )
}

/** Redirect documents and every treatment's earlier addresses, read fresh (see lib/redirects/table.ts). */
export function getRedirectRows() {
  return fetchContent(redirectsQuery, {}, [], {fresh: true, stega: false})
}

/** The language-assistance and nondiscrimination notice (Section 1557), for its page. */
export async function getLanguageAssistance(language: LanguageId, options: ReadOptions = {}) {
  const notice = await fetchContent(languageAssistanceQuery, {}, [TAGS.languageAssistance], options)
  return toLanguageAssistance(notice, language)
}

/** A page built by staff, in a language (its translation, or the English text: `fallback`). */
export type PageContent = {
  kind: 'page'
  fallback: boolean
  _id: string
  updatedAt: string | null
  title: string
  slug: string
  summary: string | null
  /** The language of the text shown. */
  language: string
  seo: {title: string | null; description: string | null}
  blocks: PageBlock[]
  /** The page's address in every language (its translation's, or the English fallback's). */
  addresses: Array<{language: LanguageId; slug: string; translated: boolean}>
}

/**
 * What is at a page address in a language: as for treatments, the page, the address of its
 * translation (`moved`), or nothing. A slug the site uses for itself is never a page.
 */
export async function findPage(
  slug: string,
  language: LanguageId,
  options: ReadOptions = {},
): Promise<FoundAddress> {
  if (!isPlausibleSlug(slug) || isReservedSegment(slug)) return null
  const rows = await fetchContent(
    pageAddressQuery,
    {slug, lang: language},
    [TAGS.page(slug), TAGS.pages, TAGS.translations],
    options,
  )
  return resolveAddress(rows, slug, language)
}

export async function getPage(
  slug: string,
  language: LanguageId,
  options: ReadOptions = {},
): Promise<PageContent | {kind: 'moved'; slug: string} | null> {
  const found = await findPage(slug, language, options)
  if (!found || found.kind === 'moved') return found
  const row = await fetchContent(
    pageQuery,
    {sourceId: found.sourceId, textId: found.textId, lang: language},
    // Its lists show treatments and physicians (with where they see patients).
    [
      TAGS.page(slug),
      TAGS.pages,
      TAGS.treatments,
      TAGS.physicians,
      TAGS.locations,
      TAGS.translations,
    ],
    options,
  )
  const where = `page ${resolveHref({type: 'page', slug}, language)}`
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)
  const title = text(row?.title)
  const pageSlug = text(row?.slug)
  if (!row || !title || !pageSlug || !isPlausibleSlug(pageSlug)) {
    if (row) console.warn(`Skipped ${where}: it has no title or no usable web address`)
    return null
  }
  const sourceSlug = text(row.sourceSlug)
  return {
    kind: 'page',
    fallback: found.fallback,
    _id: row._id,
    updatedAt: text(row._updatedAt),
    title,
    slug: pageSlug,
    summary: text(row.summary),
    language: text(row.language) ?? DEFAULT_LANGUAGE,
    seo: {title: text(row.seo?.title), description: text(row.seo?.description)},
    blocks: toPageBlocks(row.body, {
      treatments: (rows) =>
        rows.flatMap((item) =>
          item && typeof item === 'object' && 'shown' in item
            ? lift(item as WithShown<TreatmentLinkText>, where)
            : [],
        ),
      physicians: physicianCards,
    }),
    addresses:
      sourceSlug && isPlausibleSlug(sourceSlug)
        ? treatmentAddresses(sourceSlug, row.translations)
        : [],
  }
}

/**
 * Every page in every language (with when its text last changed), read cached; a page whose
 * address the site uses for itself (saved around the Studio's check) is left out.
 */
export async function getPages(options: {fresh?: boolean} = {}) {
  const rows = await fetchContent(
    pageAddressesQuery,
    {},
    options.fresh ? [] : [TAGS.pages, TAGS.translations],
    {stega: false, fresh: options.fresh},
  )
  const seen = new Set<string>()
  return rows.flatMap(({slug, _updatedAt, translations}) => {
    if (!slug || !isPlausibleSlug(slug) || isReservedSegment(slug) || seen.has(slug)) return []
    seen.add(slug)
    return [
      {
        updatedAt: _updatedAt,
        addresses: treatmentAddresses(slug, translations)
          .filter((address) => !isReservedSegment(address.slug))
          .map((address) => ({
            ...address,
            updatedAt:
              translationRows(translations).find(
                (row) => row.language === address.language && address.translated,
              )?.updatedAt ?? _updatedAt,
          })),
      },
    ]
  })
}

/** The page slugs of a language, to prerender (pages are few: all of them). */
export async function getPageSlugs(language: LanguageId): Promise<string[]> {
  const pages = await getPages()
  return [
    ...new Set(
      pages.flatMap(({addresses}) =>
        addresses.filter((address) => address.language === language).map(({slug}) => slug),
      ),
    ),
  ]
}

/** Every page with its title and summary in a language (English where not translated), for search. */
export async function getPagesIndex(language: LanguageId) {
  const rows = await fetchContent(pagesIndexQuery, {lang: language}, [
    TAGS.pages,
    TAGS.translations,
  ])
  return rows.flatMap((row) =>
    lift(row, `pages index (${language})`, 'page').filter(
      ({slug}) => !isReservedSegment(slug ?? ''),
    ),
  )
}

/**
 * The staff's header and footer menus in a language: each item's text and address (a page's or a
 * treatment's translation in that language), without the items that lead nowhere.
 */
export async function getMenus(language: LanguageId, options: ReadOptions = {}): Promise<Menus> {
  return toMenus(
    await fetchContent(menusQuery, {lang: language}, [TAGS.settings, TAGS.menus], options),
    language,
  )
}
