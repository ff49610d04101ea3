import path from 'node:path'

import {unstable_cache} from 'next/cache'

import type {Settings} from '../settings'

import {applyPerspective, DatasetFile, runQuery} from './dataset'
import type {FetchOptions, Perspective, QueryParams} from './types'

const files = new Map<string, DatasetFile>()

function datasetFile(settings: Settings): DatasetFile {
  // The path comes from a setting; tell Turbopack not to trace the whole project for it.
  const file = path.resolve(
    /* turbopackIgnore: true */ process.cwd(),
    settings.CONTENT_DATASET_FILE,
  )
  let dataset = files.get(file)
  if (!dataset) {
    dataset = new DatasetFile(file)
    files.set(file, dataset)
  }
  return dataset
}

/** Runs a query over the bundled dataset (published documents, or drafts over them), uncached. */
export async function queryLocalDataset(
  settings: Settings,
  query: string,
  params: QueryParams,
  perspective: Perspective = 'published',
): Promise<unknown> {
  const documents = await datasetFile(settings).documents()
  return runQuery(applyPerspective(documents, perspective), query, params)
}

/**
 * The local backend: the same query as the hosted one, cached in Next's data cache under the same
 * tags, so a signed webhook revalidates it exactly as it revalidates a hosted fetch.
 */
export function fetchLocal(
  settings: Settings,
  query: string,
  params: QueryParams,
  {tags, revalidate, fresh, draft}: FetchOptions,
): Promise<unknown> {
  if (draft) return queryLocalDataset(settings, query, params, 'drafts')
  if (fresh) return queryLocalDataset(settings, query, params)
  const cached = unstable_cache(
    () => queryLocalDataset(settings, query, params),
    ['local-content', settings.CONTENT_DATASET_FILE, query, JSON.stringify(params)],
    {tags, revalidate},
  )
  return cached()
}
