import {getAllTreatmentPathsFresh, getTreatmentPathsShowing} from '../content'
import type {ContentType} from '../content/tags'
import {DEFAULT_LANGUAGE, LANGUAGES, type LanguageId} from '../shared/languages'
import {resolveHref, type LinkTarget} from '../shared/routes'

type FixedPage = LinkTarget['type'] &
  ('home' | 'treatments' | 'affiliations' | 'physicians' | 'languageAssistance')

/** The fixed pages that show every document of a type (treatment pages aside), in each language. */
const LISTINGS: Record<ContentType, FixedPage[]> = {
  treatment: ['home', 'treatments'],
  bodyArea: ['treatments'],
  affiliation: ['home', 'affiliations', 'physicians'],
  // A hospital lists the physicians with privileges there.
  physician: ['physicians', 'affiliations'],
  siteSettings: ['home', 'treatments', 'affiliations', 'physicians', 'languageAssistance'],
  redirect: [],
  languageAssistance: ['languageAssistance'],
  // A translation linked or unlinked changes what every listing shows in that language.
  'translation.metadata': ['home', 'treatments'],
}

/** Every language's address of the fixed pages that list a type, and the sitemap when it lists it. */
function listingPages(type: ContentType): string[] {
  const pages = LISTINGS[type].flatMap((page) =>
    LANGUAGES.map(({id}) => resolveHref({type: page}, id as LanguageId)),
  )
  return type === 'treatment' || type === 'translation.metadata' || type === 'physician'
    ? [...pages, '/sitemap.xml']
    : pages
}

/** Changes that every treatment page shows (settings: header and footer on every page). */
const SHOWN_ON_EVERY_TREATMENT = new Set<ContentType>(['siteSettings'])

/** A published change, as a verified webhook delivery names it. */
export type Change = {id: string; type: ContentType; slugs: string[]; language: LanguageId}

export type PagesShowing = {listings: string[]; treatments: string[]}

/**
 * The pages that show a changed document, read fresh from the content backend: the listings of its
 * type, the treatment pages that show or reference it, and (for a treatment) its old and new
 * address. Site settings appear on every page.
 */
export async function pagesShowing(change: Change): Promise<PagesShowing> {
  const treatmentPaths = SHOWN_ON_EVERY_TREATMENT.has(change.type)
    ? await getAllTreatmentPathsFresh()
    : await getTreatmentPathsShowing(change.id)
  // A treatment's own addresses before and after (a renamed one redirects from the old one).
  // (An English treatment's address exists in every language: its fallback page there.)
  if (change.type === 'treatment') {
    const languages =
      change.language === DEFAULT_LANGUAGE ? LANGUAGES.map(({id}) => id) : [change.language]
    for (const slug of change.slugs) {
      for (const language of languages) {
        treatmentPaths.push(resolveHref({type: 'treatment', slug}, language as LanguageId))
      }
    }
  }
  // A physician's profile in every language, at its old and new address.
  const profiles =
    change.type === 'physician'
      ? change.slugs.flatMap((slug) =>
          LANGUAGES.map(({id}) => resolveHref({type: 'physician', slug}, id as LanguageId)),
        )
      : []
  return {
    listings: [...listingPages(change.type), ...profiles],
    treatments: [...new Set(treatmentPaths)],
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
