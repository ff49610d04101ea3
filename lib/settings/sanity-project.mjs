/*
 * The Sanity project every part connects to, read in one place: the site (through ./index.ts),
 * next.config.js (image and CSP origins), the Studio config, the CLI config and the schemas'
 * validation queries. Plain JavaScript so next.config.js can load it; `process.env.NEXT_PUBLIC_*`
 * is written out literally because that is the form Next.js inlines into the Studio's browser
 * bundle.
 */

/** The API version date that every query is written against (both backends, Studio, schemas). */
export const DEFAULT_API_VERSION = '2025-09-01'
export const DEFAULT_DATASET = 'production'
/**
 * The Studio and the CLI need *some* project id to start; without a hosted project they use this,
 * which is enough for schema extraction and TypeGen offline.
 */
export const PLACEHOLDER_PROJECT_ID = 'placeholder'

/** The configured project, or undefined when the site runs on the bundled dataset. */
export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim() || undefined
export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET?.trim() || DEFAULT_DATASET
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION

/** The project id the Studio and the CLI start with. */
export const studioProjectId = projectId || PLACEHOLDER_PROJECT_ID

/**
 * Tests only: the Studio talks to this API host (the stand-in of Sanity's API,
 * tests/support/stand-in-studio.ts) and logs in with a token. Read at build time, as every
 * `NEXT_PUBLIC_*` setting the browser sees; unset, the Studio is the one shipped.
 */
export const studioTestApiHost =
  process.env.NEXT_PUBLIC_SANITY_STUDIO_TEST_API_HOST?.trim() || undefined
