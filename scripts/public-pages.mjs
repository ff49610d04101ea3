/*
 * The public pages of the bundled dataset (sanity/data/production.ndjson), for the e2e tests and
 * the benchmarks. A page added to the dataset belongs here: the e2e tests compare this list with
 * the sitemap.
 */

/**
 * @typedef {'home' | 'treatments' | 'parent treatment' | 'child treatment' | 'affiliations'} PageType
 */

/**
 * @typedef {object} PublicPage
 * @property {string} path
 * @property {PageType} type
 * @property {boolean} [measured] the page of its type that the benchmarks measure (one per type)
 */

/**
 * Every public content page of the bundled dataset (what the sitemap must list).
 * @type {readonly PublicPage[]}
 */
export const PUBLIC_PAGES = [
  {path: '/', type: 'home', measured: true},
  {path: '/treatments', type: 'treatments', measured: true},
  {path: '/treatments/spine-injections', type: 'parent treatment', measured: true},
  {path: '/treatments/proliferation-injection', type: 'child treatment'},
  // The page the webhook benchmark edits, and the one earlier results measured.
  {path: '/treatments/neural-prolotherapy', type: 'child treatment', measured: true},
  {path: '/affiliations', type: 'affiliations', measured: true},
]

/** The paths of every public page, in the order above. */
export const PUBLIC_PATHS = PUBLIC_PAGES.map((page) => page.path)

/**
 * One page per type, as the benchmarks name and measure them (type → path).
 * @type {Record<PageType, string>}
 */
export const PAGE_PER_TYPE = /** @type {Record<PageType, string>} */ (
  Object.fromEntries(
    PUBLIC_PAGES.filter((page) => page.measured).map((page) => [page.type, page.path]),
  )
)
