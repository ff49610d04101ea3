/**
 * The site's settings, read from the environment in one place: validated with zod, read lazily
 * (nothing throws at import), with the Sanity project's defaults from ./sanity-project.mjs.
 */
import {z} from 'zod'

import {DEFAULT_API_VERSION, DEFAULT_DATASET} from './sanity-project.mjs'

export {DEFAULT_API_VERSION}
export const DEFAULT_DATASET_FILE = 'sanity/data/production.ndjson'
export const DEFAULT_REVALIDATE_SECONDS = 3600
/** Give up on a slow Sanity API after this long, so a regeneration fails and the old page stays. */
export const DEFAULT_API_TIMEOUT_MS = 10_000

const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional()

const settingsSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: optionalString.pipe(
    z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'a Sanity project id is lowercase letters, digits and dashes')
      .optional(),
  ),
  NEXT_PUBLIC_SANITY_DATASET: optionalString.pipe(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a dataset name is lowercase letters, digits, _ and -')
      .default(DEFAULT_DATASET),
  ),
  NEXT_PUBLIC_SANITY_API_VERSION: optionalString.pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'an API version is a date such as 2025-09-01')
      .default(DEFAULT_API_VERSION),
  ),
  SANITY_API_HOST: optionalString.pipe(z.url({protocol: /^https?$/}).optional()),
  SANITY_API_READ_TOKEN: optionalString,
  SANITY_REVALIDATE_SECRET: optionalString,
  SANITY_PREVIEW_SECRET: optionalString,
  CONTENT_DATASET_FILE: optionalString.pipe(z.string().default(DEFAULT_DATASET_FILE)),
  NEXT_PUBLIC_SITE_URL: optionalString.pipe(
    z.url({protocol: /^https?$/}).default('http://localhost:3000'),
  ),
  SANITY_API_TIMEOUT_MS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(100).max(60_000).default(DEFAULT_API_TIMEOUT_MS),
  ),
  // The caches in front (lib/cluster/front.ts): each one's address, comma-separated.
  CACHE_PURGE_URLS: optionalString.pipe(
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({protocol: /^https?$/})))
      .default([]),
  ),
  REVALIDATE_SECONDS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(1).max(31_536_000).default(DEFAULT_REVALIDATE_SECONDS),
  ),
})

export type Settings = z.infer<typeof settingsSchema>
export type Backend = 'hosted' | 'local'

/**
 * Reads and validates the settings. Called lazily (never at import), so a missing or wrong hosted
 * setting can only fail a request that needs it, with a message that names the variable.
 */
export function readSettings(source: Record<string, string | undefined> = process.env): Settings {
  const parsed = settingsSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new Error(`Invalid site settings (see .env.example): ${problems}`)
  }
  return parsed.data
}

/** The hosted Sanity backend is used exactly when a project id is configured. */
export function selectBackend(settings: Settings): Backend {
  return settings.NEXT_PUBLIC_SANITY_PROJECT_ID ? 'hosted' : 'local'
}
