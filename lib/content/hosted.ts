import {createClient, type SanityClient} from 'next-sanity'

import type {Settings} from '../settings'

import type {FetchOptions, QueryParams} from './types'

export const HOSTED_MAX_RETRIES = 2

/** Where Visual Editing's edit links point: the Studio embedded in this site. */
export const STUDIO_URL = '/studio'

let cached: {key: string; client: SanityClient} | undefined

export function hostedClientConfig(settings: Settings) {
  const projectId = settings.NEXT_PUBLIC_SANITY_PROJECT_ID
  if (!projectId) throw new Error('NEXT_PUBLIC_SANITY_PROJECT_ID is not set')
  return {
    projectId,
    dataset: settings.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: settings.NEXT_PUBLIC_SANITY_API_VERSION,
    // Fresh data right after a webhook matters more than the CDN: pages are cached by Next anyway.
    useCdn: false,
    perspective: 'published' as const,
    timeout: settings.SANITY_API_TIMEOUT_MS,
    maxRetries: HOSTED_MAX_RETRIES,
    ...(settings.SANITY_API_HOST
      ? {apiHost: settings.SANITY_API_HOST, useProjectHostname: false}
      : {}),
  }
}

export function getHostedClient(settings: Settings): SanityClient {
  const config = hostedClientConfig(settings)
  const key = JSON.stringify(config)
  if (cached?.key !== key) cached = {key, client: createClient(config)}
  return cached.client
}

/** The hosted backend: next-sanity's client, its fetch cached by Next under the given tags. */
export async function fetchHosted(
  settings: Settings,
  query: string,
  params: QueryParams,
  {tags, revalidate, fresh, draft, stega = false}: FetchOptions,
): Promise<unknown> {
  const client = getHostedClient(settings)
  // The client's own `timeout` applies only to Node's http transport; with Next.js fetch options it
  // goes through fetch, which has none (measured: a hanging API hung the request). So: a signal.
  const signal = AbortSignal.timeout(settings.SANITY_API_TIMEOUT_MS)
  if (draft) {
    const token = settings.SANITY_API_READ_TOKEN
    if (!token) throw new Error('Previews need SANITY_API_READ_TOKEN (a Viewer token)')
    return client
      .withConfig({
        token,
        perspective: 'drafts',
        useCdn: false,
        stega: {enabled: stega, studioUrl: STUDIO_URL},
      })
      .fetch(query, params, {cache: 'no-store', signal})
  }
  if (fresh) return client.fetch(query, params, {cache: 'no-store', signal})
  return client.fetch(query, params, {next: {tags, revalidate}, signal})
}
