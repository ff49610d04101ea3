import {isSameOriginPath, resolveHref} from '../shared/routes'

export type RedirectRule = {to: string; permanent: boolean}
export type RedirectTable = ReadonlyMap<string, RedirectRule>

/** What the redirects query returns (see `redirectsQuery`). */
export type RedirectRows = {
  redirects: Array<{from: string | null; to: string | null; permanent: boolean | null}>
  treatments: Array<{slug: string | null; previousSlugs: string[] | null}>
}

/** The site's fixed pages; like treatment pages, they always win over a redirect. */
const FIXED_PAGES = (['home', 'treatments', 'affiliations'] as const).map((type) =>
  resolveHref({type}),
)
const MACHINERY = /^\/(?:_next|api|studio)(?:\/|$)/

/** The key a path is looked up by: addresses are matched without case or a trailing slash. */
export function redirectKey(path: string): string {
  const lower = path.toLowerCase()
  return lower.length > 1 && lower.endsWith('/') ? lower.slice(0, -1) : lower
}

/**
 * The redirects in force: redirect documents, then every treatment's earlier web addresses
 * (permanent, to its current address). Refused, with a reason for the log: addresses that are
 * live pages (pages win), the site's machinery, anything that is not a path on this site, and
 * chains — a redirect to an address that itself redirects is never followed.
 */
export function buildRedirectTable(rows: RedirectRows): {
  table: RedirectTable
  refused: string[]
  liveTreatmentSlugs: ReadonlySet<string>
} {
  const treatmentPath = (slug: string) => `/treatments/${slug}`
  const live = new Set([
    ...FIXED_PAGES,
    ...rows.treatments.flatMap(({slug}) => (slug ? [redirectKey(treatmentPath(slug))] : [])),
  ])
  const candidates = [
    ...rows.redirects.map(({from, to, permanent}) => ({from, to, permanent: permanent !== false})),
    ...rows.treatments.flatMap(({slug, previousSlugs}) =>
      slug
        ? (previousSlugs ?? []).map((previous) => ({
            from: treatmentPath(previous),
            to: treatmentPath(slug),
            permanent: true,
          }))
        : [],
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
  const liveTreatmentSlugs = new Set(
    rows.treatments.flatMap(({slug}) => (slug ? [slug.toLowerCase()] : [])),
  )
  return {table, refused, liveTreatmentSlugs}
}
