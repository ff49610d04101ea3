/*
 * The public pages of the bundled dataset (sanity/data/production.ndjson), for the e2e tests and
 * the benchmarks. A page added to the dataset belongs here: the e2e tests compare this list with
 * the sitemap.
 */

/**
 * @typedef {'home' | 'treatments' | 'parent treatment' | 'child treatment' | 'affiliations' | 'locations' | 'location' | 'language assistance' | 'page'} PageType
 */

/**
 * @typedef {object} PublicPage
 * @property {string} path
 * @property {PageType} type
 * @property {boolean} [measured] the page of its type that the benchmarks measure (one per type)
 * @property {'en' | 'es' | 'zh-Hans'} [language] its language (English when absent)
 */

/** The bundled content's one location, the clinic's main one (moved there from the settings). */
export const MAIN_LOCATION_SLUG = 'alhambra-office'

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
  {path: '/locations', type: 'locations', measured: true},
  {path: `/locations/${MAIN_LOCATION_SLUG}`, type: 'location', measured: true},
  {path: '/language-assistance', type: 'language assistance'},
  // Pages built by staff (at /<slug>, each translation at its own address).
  {path: '/new-patients', type: 'page', measured: true},
  {path: '/about', type: 'page'},
  // Spanish and Chinese: every page type, each treatment at its translation's address.
  ...[
    {
      prefix: '/es',
      language: /** @type {const} */ ('es'),
      slugs: ['inyecciones-en-la-columna', 'inyeccion-de-proliferacion', 'proloterapia-neural'],
      pages: ['pacientes-nuevos', 'sobre-la-clinica'],
    },
    {
      prefix: '/zh',
      language: /** @type {const} */ ('zh-Hans'),
      slugs: ['ji-zhu-zhu-she', 'zeng-sheng-zhu-she', 'shen-jing-zeng-sheng-liao-fa'],
      pages: ['xin-huan-zhe', 'guan-yu-zhen-suo'],
    },
  ].flatMap(({prefix, language, slugs, pages}) => [
    {path: prefix, type: /** @type {const} */ ('home'), language},
    {path: `${prefix}/treatments`, type: /** @type {const} */ ('treatments'), language},
    {
      path: `${prefix}/treatments/${slugs[0]}`,
      type: /** @type {const} */ ('parent treatment'),
      language,
    },
    {
      path: `${prefix}/treatments/${slugs[1]}`,
      type: /** @type {const} */ ('child treatment'),
      language,
    },
    {
      path: `${prefix}/treatments/${slugs[2]}`,
      type: /** @type {const} */ ('child treatment'),
      language,
    },
    {path: `${prefix}/affiliations`, type: /** @type {const} */ ('affiliations'), language},
    {path: `${prefix}/locations`, type: /** @type {const} */ ('locations'), language},
    {
      path: `${prefix}/locations/${MAIN_LOCATION_SLUG}`,
      type: /** @type {const} */ ('location'),
      language,
    },
    {
      path: `${prefix}/language-assistance`,
      type: /** @type {const} */ ('language assistance'),
      language,
    },
    ...pages.map((slug) => ({
      path: `${prefix}/${slug}`,
      type: /** @type {const} */ ('page'),
      language,
    })),
  ]),
]

/** The paths of every public page, in the order above. */
export const PUBLIC_PATHS = PUBLIC_PAGES.map((page) => page.path)

/**
 * The translation the e2e datasets leave out (tests/support/translation-gaps.ts), so that a page
 * whose translation is missing is tested: its English source, the language, the translation's
 * address (absent in the e2e runs) and the fallback address that shows the English text instead.
 */
export const E2E_UNTRANSLATED = {
  englishId: 'treatment-neural-prolotherapy',
  language: 'zh-Hans',
  translatedPath: '/zh/treatments/shen-jing-zeng-sheng-liao-fa',
  fallbackPath: '/zh/treatments/neural-prolotherapy',
}

/**
 * The physicians' pages of the example dataset (sanity/data/example.ndjson, on which the e2e tests
 * run: the bundled content names no physician), in every language.
 */
export const EXAMPLE_PHYSICIAN_PATHS = ['', '/es', '/zh'].flatMap((prefix) =>
  ['', '/example-person', '/sample-doctor', '/placeholder-name'].map(
    (profile) => `${prefix}/physicians${profile}`,
  ),
)

/** The example dataset's second location, in every language. */
export const EXAMPLE_LOCATION_PATHS = ['', '/es', '/zh'].map(
  (prefix) => `${prefix}/locations/pasadena-office`,
)

/**
 * The public pages of the e2e datasets: the bundled ones without the translation above, and the
 * example dataset's physicians and second location.
 */
export const E2E_PUBLIC_PATHS = [
  ...PUBLIC_PATHS.filter((path) => path !== E2E_UNTRANSLATED.translatedPath),
  ...EXAMPLE_PHYSICIAN_PATHS,
  ...EXAMPLE_LOCATION_PATHS,
]

/**
 * One page per type, as the benchmarks name and measure them (type → path).
 * @type {Record<PageType, string>}
 */
export const PAGE_PER_TYPE = /** @type {Record<PageType, string>} */ (
  Object.fromEntries(
    PUBLIC_PAGES.filter((page) => page.measured).map((page) => [page.type, page.path]),
  )
)

/**
 * One page per type in every language (type, or "type (language)" → path): what the benchmarks
 * weigh (JavaScript transferred) and Lighthouse measures in Spanish and Chinese too.
 * @type {Record<string, string>}
 */
export const PAGE_PER_TYPE_AND_LANGUAGE = {
  ...PAGE_PER_TYPE,
  ...Object.fromEntries(
    PUBLIC_PAGES.filter((page) => page.language)
      .filter(
        (page, index, pages) =>
          pages.findIndex(
            (other) => other.type === page.type && other.language === page.language,
          ) === index,
      )
      .map((page) => [`${page.type} (${page.language})`, page.path]),
  ),
}
