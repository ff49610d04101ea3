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
  settingsQuery,
  treatmentBySlugQuery,
  treatmentSlugsQuery,
  treatmentsIndexQuery,
  treatmentsShowingDocumentQuery,
  sitemapQuery,
  redirectsQuery,
} from '@/sanity/queries'

import {readSettings, selectBackend} from '../settings'

import {toClinic, type Clinic} from './clinic'
import {fetchHosted} from './hosted'
import {fetchLocal} from './local'
import {TAGS} from './tags'
import type {QueryParams, ReadOptions} from './types'

export type {Clinic} from './clinic'
export type {ReadOptions} from './types'

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

/** Slugs as editors may write them; anything else cannot be a page and is answered 404 unqueried. */
const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/

export function isPlausibleSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug)
}

/** The clinic's details (name, phone, address, hours …) from the site settings, as pages show them. */
export async function getClinic(options: ReadOptions = {}): Promise<Clinic> {
  return toClinic(await fetchContent(settingsQuery, {}, [TAGS.settings], options))
}

type Listed = {_id: string; title: string | null; slug: string | null}

/**
 * Whether a treatment can be shown: it needs a title and a usable web address. Anything else was
 * saved around the Studio's validation (API, import); it is skipped with a warning for the
 * operator, never shown half-broken.
 */
function isShowable(treatment: Listed, where: string): boolean {
  const problem = !treatment.title?.trim()
    ? 'it has no title'
    : !treatment.slug || !isPlausibleSlug(treatment.slug)
      ? 'it has no usable web address'
      : undefined
  if (problem) console.warn(`Skipped treatment ${treatment._id} (${where}): ${problem}`)
  return !problem
}

function showable<T extends Listed & {children?: Listed[]}>(treatments: T[], where: string): T[] {
  return treatments
    .filter((treatment) => isShowable(treatment, where))
    .map((treatment) =>
      treatment.children
        ? {...treatment, children: treatment.children.filter((child) => isShowable(child, where))}
        : treatment,
    )
}

export async function getTreatmentsIndex() {
  const index = await fetchContent(treatmentsIndexQuery, {}, [TAGS.treatments, TAGS.bodyAreas])
  return {
    bodyAreas: index.bodyAreas.map((area) => ({
      ...area,
      treatments: showable(area.treatments, 'treatments index'),
    })),
    otherTreatments: showable(index.otherTreatments, 'treatments index'),
  }
}

export async function getFeaturedTreatments() {
  return showable(await fetchContent(featuredTreatmentsQuery, {}, [TAGS.treatments]), 'home')
}

/** One treatment with its parent, children, body area and reviewer: tagged with all their types. */
export async function getTreatment(slug: string, options: ReadOptions = {}) {
  if (!isPlausibleSlug(slug)) return null
  const treatment = await fetchContent(
    treatmentBySlugQuery,
    {slug},
    [TAGS.treatment(slug), TAGS.treatments, TAGS.bodyAreas, TAGS.physicians],
    options,
  )
  if (!treatment || !isShowable(treatment, `page /treatments/${slug}`)) return null
  return {
    ...treatment,
    siblings: showable(treatment.siblings, `page /treatments/${slug}`),
    children: showable(treatment.children, `page /treatments/${slug}`),
  }
}

/** Slugs to prerender at build time; a later slug is rendered on its first request. */
export async function getTreatmentSlugs(): Promise<string[]> {
  const rows = await fetchContent(treatmentSlugsQuery, {}, [TAGS.treatments])
  // Two treatments with one web address (saved around the Studio's check) are one page.
  return [...new Set(rows.flatMap(({slug}) => (slug && isPlausibleSlug(slug) ? [slug] : [])))]
}

/** Every published treatment page with the time it last changed, for the sitemap. */
export async function getSitemapTreatments() {
  const rows = await fetchContent(sitemapQuery, {}, [TAGS.treatments], {stega: false})
  return rows.flatMap(({slug, _updatedAt}) =>
    slug && isPlausibleSlug(slug) ? [{slug, updatedAt: _updatedAt}] : [],
  )
}

export function getAffiliations() {
  return fetchContent(affiliationsQuery, {}, [TAGS.affiliations])
}

/**
 * Slugs of the treatment pages that show a document (itself, its children, its parent, or
 * treatments that reference it), read fresh from the backend: used by the webhook to regenerate
 * exactly those pages.
 */
export async function getTreatmentSlugsShowing(documentId: string): Promise<string[]> {
  const slugs = await fetchContent(treatmentsShowingDocumentQuery, {id: documentId}, [], {
    fresh: true,
  })
  return slugs.filter((slug): slug is string => typeof slug === 'string' && isPlausibleSlug(slug))
}

/** Every treatment slug, read fresh from the backend (for changes that every page shows). */
export async function getAllTreatmentSlugsFresh(): Promise<string[]> {
  const rows = await fetchContent(treatmentSlugsQuery, {}, [], {fresh: true})
  return rows.flatMap(({slug}) => (slug && isPlausibleSlug(slug) ? [slug] : []))
}

/** Redirect documents and every treatment's earlier addresses, read fresh (see lib/redirects/table.ts). */
export function getRedirectRows() {
  return fetchContent(redirectsQuery, {}, [], {fresh: true, stega: false})
}
