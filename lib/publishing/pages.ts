import {getAllTreatmentSlugsFresh, getTreatmentSlugsShowing} from '../content'
import type {ContentType} from '../content/tags'
import {resolveHref} from '../shared/routes'

/** Pages that show every document of a type, besides treatment pages (the sitemap lists treatments). */
const LISTING_PAGES: Record<ContentType, string[]> = {
  treatment: [resolveHref({type: 'home'}), resolveHref({type: 'treatments'}), '/sitemap.xml'],
  bodyArea: [resolveHref({type: 'treatments'})],
  affiliation: [resolveHref({type: 'home'}), resolveHref({type: 'affiliations'})],
  physician: [],
  siteSettings: [
    resolveHref({type: 'home'}),
    resolveHref({type: 'treatments'}),
    resolveHref({type: 'affiliations'}),
  ],
  redirect: [],
}

/** A published change, as a verified webhook delivery names it. */
export type Change = {id: string; type: ContentType; slugs: string[]}

export type PagesShowing = {listings: string[]; treatments: string[]}

/**
 * The pages that show a changed document, read fresh from the content backend: the listings of its
 * type, the treatment pages that show or reference it, and (for a treatment) its old and new
 * address. Site settings appear on every page.
 */
export async function pagesShowing(change: Change): Promise<PagesShowing> {
  const treatmentSlugs =
    change.type === 'siteSettings'
      ? await getAllTreatmentSlugsFresh()
      : await getTreatmentSlugsShowing(change.id)
  if (change.type === 'treatment') treatmentSlugs.push(...change.slugs)
  return {
    listings: LISTING_PAGES[change.type],
    treatments: [...new Set(treatmentSlugs)].map((slug) => resolveHref({type: 'treatment', slug})),
  }
}

/** The pages that show any of several changes (a batch of deliveries), each page once. */
export async function pagesShowingAll(changes: Change[]): Promise<PagesShowing> {
  const all: PagesShowing[] = []
  for (const change of changes) all.push(await pagesShowing(change))
  return {
    listings: [...new Set(all.flatMap(({listings}) => listings))],
    treatments: [...new Set(all.flatMap(({treatments}) => treatments))],
  }
}
