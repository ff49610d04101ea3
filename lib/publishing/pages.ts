import {
  getAllPagePathsFresh,
  getAllTreatmentPathsFresh,
  getLocationSlugs,
  getPagePathsShowing,
  getPhysicianSlugs,
  getTreatmentPathsShowing,
  isLinkedFromMenus,
} from '../content'
import {TAGS, type ContentType} from '../content/tags'
import {DEFAULT_LANGUAGE, LANGUAGES, type LanguageId} from '../shared/languages'
import {resolveHref, type LinkTarget} from '../shared/routes'

type FixedPage = LinkTarget['type'] &
  ('home' | 'treatments' | 'affiliations' | 'physicians' | 'locations' | 'languageAssistance')

/** The fixed pages that show every document of a type (treatment pages aside), in each language. */
const LISTINGS: Record<ContentType, FixedPage[]> = {
  treatment: ['home', 'treatments'],
  bodyArea: ['treatments'],
  affiliation: ['home', 'affiliations', 'physicians'],
  // A hospital lists the physicians with privileges there.
  physician: ['physicians', 'affiliations', 'locations'],
  // A location's hours and address show on its page, on physicians' cards, and (the main
  // location) in every page's footer: like settings, a change regenerates every page.
  location: ['home', 'treatments', 'affiliations', 'physicians', 'locations', 'languageAssistance'],
  siteSettings: [
    'home',
    'treatments',
    'affiliations',
    'physicians',
    'locations',
    'languageAssistance',
  ],
  redirect: [],
  // Pages are listed by no fixed page (search answers per request); see pagesShowing.
  page: [],
  languageAssistance: ['languageAssistance'],
  // A translation linked or unlinked changes what every listing shows in that language.
  'translation.metadata': ['home', 'treatments'],
}

/** Every language's address of the fixed pages that list a type, and the sitemap when it lists it. */
function listingPages(type: ContentType): string[] {
  const pages = LISTINGS[type].flatMap((page) =>
    LANGUAGES.map(({id}) => resolveHref({type: page}, id as LanguageId)),
  )
  return type === 'treatment' ||
    type === 'translation.metadata' ||
    type === 'physician' ||
    type === 'location' ||
    type === 'page'
    ? [...pages, '/sitemap.xml']
    : pages
}

/**
 * Changes that every page shows: the settings (the header, the footer and their menus) and the
 * main location (the footer's address and hours).
 */
const SHOWN_EVERYWHERE = new Set<ContentType>(['siteSettings', 'location'])

/** A published change, as a verified webhook delivery names it. */
export type Change = {id: string; type: ContentType; slugs: string[]; language: LanguageId}

/**
 * The pages to regenerate: `listings` share cached queries (regenerated one at a time), `pages`
 * have queries of their own (treatments, pages built by staff; regenerated in parallel). `own` are
 * the changed document's own addresses, among the others: regenerated and purged first. `tags`
 * are cache tags the change reaches beyond its own type (the menus, when they link to it).
 */
export type PagesShowing = {listings: string[]; pages: string[]; own: string[]; tags: string[]}

/**
 * The pages that show a changed document, read fresh from the content backend: the listings of its
 * type, the treatment pages and pages built by staff that show or reference it, and (for a
 * treatment or a page) its old and new address. Site settings, the main location and anything
 * the menus link to appear on every page.
 */
export async function pagesShowing(change: Change): Promise<PagesShowing> {
  // A document the menus link to is in every page's header or footer (its address may change).
  const inMenus = SHOWN_EVERYWHERE.has(change.type) ? false : await isLinkedFromMenus(change.id)
  const everywhere = inMenus || SHOWN_EVERYWHERE.has(change.type)
  const treatmentPaths = everywhere
    ? await getAllTreatmentPathsFresh()
    : await getTreatmentPathsShowing(change.id)
  const pagePaths = everywhere ? await getAllPagePathsFresh() : await getPagePathsShowing(change.id)
  // A treatment's or a page's own addresses before and after (a renamed one redirects from the
  // old one). (An English one's address exists in every language: its fallback page there.)
  const ownAddresses: string[] = []
  if (change.type === 'treatment' || change.type === 'page') {
    const languages =
      change.language === DEFAULT_LANGUAGE ? LANGUAGES.map(({id}) => id) : [change.language]
    for (const slug of change.slugs) {
      for (const language of languages) {
        ownAddresses.push(resolveHref({type: change.type, slug}, language as LanguageId))
      }
    }
    const listedWith = change.type === 'treatment' ? treatmentPaths : pagePaths
    listedWith.push(...ownAddresses)
  }
  // A physician's or a location's page in every language, at its old and new address; a location
  // also shows on the profiles of the physicians who see patients there.
  const ownPages =
    change.type === 'physician' || change.type === 'location'
      ? change.slugs.flatMap((slug) =>
          LANGUAGES.map(({id}) =>
            resolveHref({type: change.type as 'physician' | 'location', slug}, id as LanguageId),
          ),
        )
      : []
  // Each shows the other: a location page lists its physicians, a profile its locations; and a
  // change every page shows reaches every profile.
  const related = [
    ...(change.type === 'location' || everywhere
      ? (await getPhysicianSlugs({fresh: true})).map((slug) => ({type: 'physician' as const, slug}))
      : []),
    ...(change.type === 'physician' || everywhere
      ? (await getLocationSlugs({fresh: true})).map((slug) => ({type: 'location' as const, slug}))
      : []),
  ]
  const profiles = related.flatMap((target) =>
    LANGUAGES.map(({id}) => resolveHref(target, id as LanguageId)),
  )
  return {
    listings: [
      ...new Set([
        ...listingPages(change.type),
        ...(everywhere ? listingPages('siteSettings') : []),
        ...ownPages,
        ...profiles,
      ]),
    ],
    pages: [...new Set([...treatmentPaths, ...pagePaths])],
    own: [...new Set([...ownAddresses, ...ownPages])],
    tags: inMenus ? [TAGS.menus] : [],
  }
}

/** The pages that show any of several changes (a batch of deliveries), each page once. */
export async function pagesShowingAll(changes: Change[]): Promise<PagesShowing> {
  const all: PagesShowing[] = []
  for (const change of changes) all.push(await pagesShowing(change))
  return {
    listings: [...new Set(all.flatMap(({listings}) => listings))],
    pages: [...new Set(all.flatMap(({pages}) => pages))],
    own: [...new Set(all.flatMap(({own}) => own))],
    tags: [...new Set(all.flatMap(({tags}) => tags))],
  }
}
