import {stat, readFile} from 'node:fs/promises'

import {parse} from 'groq-js'

import {evaluatePlanned, indexOf} from './query-plan'
import type {Perspective, QueryParams, SanityDocument} from './types'

/*
 * The bundled dataset: Sanity's export format (one JSON document per line), queried with groq-js.
 * Pure Node code without Next.js, so the content module, the tests and the stand-in of Sanity's
 * HTTP API all read datasets the same way.
 */

export function parseNdjson(text: string, source = 'dataset'): SanityDocument[] {
  const documents: SanityDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (cause) {
      throw new Error(`${source}: line ${index + 1} is not valid JSON`, {cause})
    }
    if (!isDocument(value)) {
      throw new Error(`${source}: line ${index + 1} is not a document with a string _id and _type`)
    }
    documents.push(value)
  })
  return documents
}

function isDocument(value: unknown): value is SanityDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const {_id, _type} = value as Record<string, unknown>
  return typeof _id === 'string' && _id !== '' && typeof _type === 'string' && _type !== ''
}

const isDraftId = (id: string) => id.startsWith('drafts.')
const isSystemId = (id: string) => id.startsWith('_.')
const isVersionId = (id: string) => id.startsWith('versions.')

/**
 * What Sanity's API returns for a perspective: `published` drops drafts, release versions and
 * system documents; `drafts` shows each draft in place of its published document (under the
 * published id, as the API does).
 */
export function applyPerspective(
  documents: readonly SanityDocument[],
  perspective: Perspective,
): SanityDocument[] {
  // The same array for the same file version, so its indexes are built once (query-plan.ts).
  let views = perspectiveViews.get(documents)
  if (!views) {
    views = {}
    perspectiveViews.set(documents, views)
  }
  return (views[perspective] ??= viewFor(documents, perspective))
}

const perspectiveViews = new WeakMap<
  readonly SanityDocument[],
  Partial<Record<Perspective, SanityDocument[]>>
>()

function viewFor(documents: readonly SanityDocument[], perspective: Perspective): SanityDocument[] {
  const visible = documents.filter(({_id}) => !isSystemId(_id) && !isVersionId(_id))
  const published = visible.filter(({_id}) => !isDraftId(_id))
  if (perspective === 'published') return published

  const drafts = new Map<string, SanityDocument>()
  for (const document of visible) {
    if (isDraftId(document._id)) {
      const id = document._id.slice('drafts.'.length)
      drafts.set(id, {...document, _id: id})
    }
  }
  const merged = published.map((document) => drafts.get(document._id) ?? document)
  const publishedIds = new Set(published.map(({_id}) => _id))
  for (const [id, draft] of drafts) if (!publishedIds.has(id)) merged.push(draft)
  return merged
}

/** Runs a GROQ query over documents with groq-js, through the indexes of lib/content/query-plan.ts. */
export async function runQuery(
  documents: readonly SanityDocument[],
  query: string,
  params: QueryParams = {},
): Promise<unknown> {
  const tree = parse(query, {params})
  return evaluatePlanned(tree, indexOf(documents), params)
}

/**
 * A dataset file that is parsed once and parsed again only when it changed on disk (size or
 * modification time), so an edited file is picked up without restarting the server.
 */
export class DatasetFile {
  private loaded?: {mtimeMs: number; size: number; documents: SanityDocument[]}
  private loading?: Promise<SanityDocument[]>

  constructor(readonly path: string) {}

  async documents(): Promise<SanityDocument[]> {
    let info
    try {
      info = await stat(this.path)
    } catch (cause) {
      throw new Error(`Cannot read the content dataset ${this.path}`, {cause})
    }
    const current = this.loaded
    if (current && current.mtimeMs === info.mtimeMs && current.size === info.size) {
      return current.documents
    }
    // Concurrent requests after a change share one read.
    this.loading ??= this.load(info.mtimeMs, info.size).finally(() => {
      this.loading = undefined
    })
    return this.loading
  }

  private async load(mtimeMs: number, size: number): Promise<SanityDocument[]> {
    let text
    try {
      text = await readFile(this.path, 'utf8')
    } catch (cause) {
      throw new Error(`Cannot read the content dataset ${this.path}`, {cause})
    }
    const documents = parseNdjson(text, this.path)
    this.loaded = {mtimeMs, size, documents}
    return documents
  }
}
