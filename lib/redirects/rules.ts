import {isPlausibleSlug} from '../content/slugs'
import {DEFAULT_LANGUAGE, isLanguageId, LANGUAGES, type LanguageId} from '../shared/languages'
import {isReservedSegment, isSameOriginPath, resolveHref} from '../shared/routes'

export type RedirectRule = {to: string; permanent: boolean}
export type RedirectTable = ReadonlyMap<string, RedirectRule>

type Addressed = {
  slug: string | null
  previousSlugs: string[] | null
  language?: string | null
  /** The translations linked to the document (the translation plugin's metadata), itself included. */
  translations?: Array<{language: string | null; slug: string | null}> | null
}

/** What the redirects query returns (see `redirectsQuery`). */
export type RedirectRows = {
  redirects: Array<{from: string | null; to: string | null; permanent: boolean | null}>
  treatments: Addressed[]
  /** Pages built by staff (`/<slug>`); a page at an address the site uses is ignored. */
  pages?: Addressed[]
}

/** The site's fixed pages in every language; like treatment pages, they always win over a redirect. */
const FIXED_PAGES = (
  ['home', 'treatments', 'affiliations', 'physicians', 'locations', 'languageAssistance'] as const
).flatMap((type) => LANGUAGES.map(({id}) => resolveHref({type}, id as LanguageId)))
const MACHINERY = /^\/(?:_next|api|studio)(?:\/|$)/

/** The key a path is looked up by: addresses are matched without case or a trailing slash. */
export function redirectKey(path: string): string {
  const lower = path.toLowerCase()
  return lower.length > 1 && lower.endsWith('/') ? lower.slice(0, -1) : lower
}

/**
 * The redirects in force: an English treatment's or page's address under another language's
 * prefix moves to its translation's there (when the slugs differ), then redirect documents, then
 * every treatment's and page's earlier web addresses (permanent, to its current address). Refused,
 * with a reason for the log: addresses that are live pages (pages win), the site's machinery,
 * anything that is not a path on this site, and chains — a redirect to an address that itself
 * redirects is never followed (one that leads to a moved English address goes straight to the
 * translation instead).
 */
export function buildRedirectTable(rows: RedirectRows): {
  table: RedirectTable
  refused: string[]
  liveTreatmentPaths: ReadonlySet<string>
  livePagePaths: ReadonlySet<string>
} {
  // A document's address in its language; an English one also has a page in every other
  // language (its translation's, or the English text under that language's prefix).
  const languageOf = (language: string | null | undefined): LanguageId =>
    isLanguageId(language) ? language : DEFAULT_LANGUAGE
  const languagesOfAddress = (language: string | null | undefined): LanguageId[] =>
    languageOf(language) === DEFAULT_LANGUAGE ? LANGUAGES.map(({id}) => id) : [languageOf(language)]
  const kinds = [
    {type: 'treatment' as const, documents: rows.treatments},
    {
      type: 'page' as const,
      // Slugs the site uses for itself are never a page's (the Studio refuses them too).
      documents: (rows.pages ?? []).flatMap((page) =>
        page.slug && !isReservedSegment(page.slug)
          ? [{...page, previousSlugs: page.previousSlugs?.filter((old) => !isReservedSegment(old))}]
          : [],
      ),
    },
  ]
  // Translations live under their own language's prefix only.
  const translatedPaths = Object.fromEntries(
    kinds.map(({type, documents}) => [
      type,
      new Set(
        documents.flatMap(({slug, language}) =>
          slug && languageOf(language) !== DEFAULT_LANGUAGE
            ? [redirectKey(resolveHref({type, slug}, languageOf(language)))]
            : [],
        ),
      ),
    ]),
  ) as Record<'treatment' | 'page', Set<string>>
  // An English document's address in another language moves to its translation's, as its page
  // there would (lib/content resolveAddress: the first translation linked in that language), when
  // that translation is published at another address.
  const movesOf = (
    type: 'treatment' | 'page',
    {slug, language, translations}: Omit<Addressed, 'previousSlugs'>,
  ) => {
    if (!slug || languageOf(language) !== DEFAULT_LANGUAGE) return []
    const firstSlugs = new Map<LanguageId, string | null>()
    for (const translation of translations ?? []) {
      const id = translation.language
      if (isLanguageId(id) && id !== DEFAULT_LANGUAGE && !firstSlugs.has(id)) {
        firstSlugs.set(id, translation.slug)
      }
    }
    return [...firstSlugs].flatMap(([id, translationSlug]) => {
      if (!translationSlug || !isPlausibleSlug(translationSlug)) return []
      const from = resolveHref({type, slug}, id)
      const to = resolveHref({type, slug: translationSlug}, id)
      return translatedPaths[type].has(redirectKey(to)) && redirectKey(to) !== redirectKey(from)
        ? [{language: id, from, to, permanent: true}]
        : []
    })
  }
  const addressed = kinds.map(({type, documents}) => ({
    type,
    documents: documents.map((document) => ({...document, moves: movesOf(type, document)})),
  }))
  // An English document has a page in every language but those where it moves.
  const livePaths = Object.fromEntries(
    addressed.map(({type, documents}) => [
      type,
      new Set([
        ...translatedPaths[type],
        ...documents.flatMap(({slug, language, moves}) =>
          slug && languageOf(language) === DEFAULT_LANGUAGE
            ? languagesOfAddress(language)
                .filter((id) => !moves.some((move) => move.language === id))
                .map((id) => redirectKey(resolveHref({type, slug}, id)))
            : [],
        ),
      ]),
    ]),
  ) as Record<'treatment' | 'page', Set<string>>
  const live = new Set([...FIXED_PAGES.map(redirectKey), ...livePaths.treatment, ...livePaths.page])
  const moves = addressed.flatMap(({documents}) => documents.flatMap((document) => document.moves))
  // A redirect to a moved address goes straight to the translation (unless a page lives there).
  const movedTo = new Map<string, string>()
  for (const {from, to} of moves) {
    if (!live.has(redirectKey(from)) && !movedTo.has(redirectKey(from))) {
      movedTo.set(redirectKey(from), to)
    }
  }
  const straight = (to: string) => movedTo.get(redirectKey(to)) ?? to
  const candidates = [
    // The moves first: they are the page's own answer in that language, so they win over a
    // redirect document from the same address, as the page did.
    ...moves,
    ...rows.redirects.map(({from, to, permanent}) => ({
      from,
      to: to && straight(to),
      permanent: permanent !== false,
    })),
    // A renamed English document's old address also lived under every other language's prefix
    // (its fallback page there); a renamed translation's only under its own.
    ...addressed.flatMap(({type, documents}) =>
      documents.flatMap(({slug, previousSlugs, language}) =>
        slug
          ? (previousSlugs ?? []).flatMap((previous) =>
              languagesOfAddress(language).map((id) => ({
                from: resolveHref({type, slug: previous}, id),
                to: straight(resolveHref({type, slug}, id)),
                permanent: true,
              })),
            )
          : [],
      ),
    ),
  ]
  const table = new Map<string, RedirectRule>()
  const refused: string[] = []
  for (const {from, to, permanent} of candidates) {
    const describe = `${from} → ${to}`
    if (!isSameOriginPath(from) || !isSameOriginPath(to) || MACHINERY.test(from)) {
      refused.push(`${describe}: not a path of this site`)
    } else if (live.has(redirectKey(from))) {
      refused.push(`${describe}: a page lives at ${from}`)
    } else if (redirectKey(from) === redirectKey(to)) {
      refused.push(`${describe}: redirects to itself`)
    } else if (table.has(redirectKey(from))) {
      refused.push(`${describe}: ${from} is already redirected`)
    } else {
      table.set(redirectKey(from), {to, permanent})
    }
  }
  // Found first and removed after, so every hop of a loop or chain that leads on is refused.
  const chained = [...table].filter(([, {to}]) => table.has(redirectKey(to)))
  for (const [from, {to}] of chained) {
    refused.push(`${from} → ${to}: a chain (${to} redirects too)`)
    table.delete(from)
  }
  return {
    table,
    refused,
    liveTreatmentPaths: livePaths.treatment,
    livePagePaths: livePaths.page,
  }
}
