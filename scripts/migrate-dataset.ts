/*
 * Runs a content migration of migrations/<id> (the same file that `npx sanity migration run <id>`
 * runs on a hosted dataset) over an NDJSON export, such as the bundled dataset:
 *
 *   npm run migrate-dataset -- main-location sanity/data/production.ndjson
 *   npm run migrate-dataset -- main-location export.ndjson --out migrated.ndjson --dry-run
 *
 * It does what Sanity's runner does, with the file in place of the Content Lake: the migration's
 * `documentTypes` and `filter` choose the documents (system documents `_.…` never), Sanity's own
 * `collectMigrationMutations` collects the mutations, `SanityEncoder` turns them into the HTTP
 * API's mutations, and `@sanity/mutator` (the Studio's patch engine) applies them. Like the
 * Content Lake, each yielded transaction (or mutation) applies whole or not at all: `create` of
 * an existing id, a patch of a missing document or a failed `ifRevisionID` stops the run and the
 * file is left as it was. A changed document gets a new `_rev` and `_updatedAt`; a document that a
 * mutation leaves as it was keeps its line byte for byte.
 *
 * The output keeps the documents in their order, created ones appended in the order they were
 * made, so a second run on a migrated file changes nothing (for an idempotent migration). Revisions
 * are `<id>-<n>` (n counts the transactions) and times are `--now` (default: the clock).
 *
 * `context.client` is not available (there is no project); a migration that needs it fails here.
 */
import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'

import {SanityEncoder} from '@sanity/mutate'
import {Mutation as MutatorMutation} from '@sanity/mutator'
import {evaluate, parse} from 'groq-js'
import {
  collectMigrationMutations,
  fromDocuments,
  type Migration,
  type MigrationContext,
  type Mutation,
  type Transaction,
} from 'sanity/migrate'

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where the Sanity CLI looks for migrations: `migrations/` beside sanity.config.ts. */
export const MIGRATIONS_DIRECTORY = path.join(ROOT, 'migrations')
const EXTENSIONS = ['mjs', 'js', 'ts', 'cjs']

export type Document = {_id: string; _type: string; _rev?: string; [field: string]: unknown}

type RawMutation = ReturnType<typeof SanityEncoder.encodeAll>[number]

export type MigrationResult = {
  /** The NDJSON text after the migration. */
  text: string
  created: string[]
  changed: string[]
  deleted: string[]
  /** How many transactions (or single mutations) the migration yielded. */
  transactions: number
}

/** The migration module that the Sanity CLI would load for `id` (the same candidate paths). */
export async function loadMigration(id: string, directory = MIGRATIONS_DIRECTORY) {
  if (!/^[\w-]+$/.test(id)) throw new Error(`Not a migration id: ${JSON.stringify(id)}`)
  const candidates = [id, path.join(id, 'index')].flatMap((name) =>
    EXTENSIONS.map((ext) => path.join(directory, `${name}.${ext}`)),
  )
  const found = candidates.filter((file) => existsSync(file))
  if (found.length !== 1) {
    throw new Error(
      found.length
        ? `Several files define the migration "${id}": ${found.join(', ')}`
        : `No migration "${id}" in ${directory} (tried ${candidates.map((file) => path.relative(directory, file)).join(', ')})`,
    )
  }
  const loaded = (await import(pathToFileURL(found[0]!).href)) as {default?: Migration}
  const migration = loaded.default
  if (typeof migration?.title !== 'string' || migration.migrate === undefined) {
    throw new Error(`${found[0]} does not export a migration (defineMigration) as its default`)
  }
  return migration
}

/** The documents of an NDJSON text, each with the line it came from. */
export function parseDataset(text: string): Array<{document: Document; line: string}> {
  const seen = new Set<string>()
  return text
    .split('\n')
    .map((line, index) => ({line, number: index + 1}))
    .filter(({line}) => line.trim())
    .map(({line, number}) => {
      const document = JSON.parse(line) as Document
      if (typeof document?._id !== 'string' || typeof document._type !== 'string') {
        throw new Error(`Line ${number} is not a document with an _id and a _type`)
      }
      if (seen.has(document._id)) throw new Error(`Line ${number}: ${document._id} is there twice`)
      seen.add(document._id)
      return {document, line}
    })
}

/** The runner's choice of documents (applyFilters in @sanity/migrate). */
async function selected(migration: Migration, documents: Document[]): Promise<Document[]> {
  const types = migration.documentTypes?.length ? new Set(migration.documentTypes) : undefined
  const filter = migration.filter ? parse(`*[${migration.filter}]`) : undefined
  const chosen: Document[] = []
  for (const document of documents) {
    if (document._id.startsWith('_.')) continue
    if (types && !types.has(document._type)) continue
    if (filter && (await (await evaluate(filter, {dataset: [document]})).get()).length !== 1) {
      continue
    }
    chosen.push(structuredClone(document))
  }
  return chosen
}

function context(documents: Document[]): MigrationContext {
  const byId = new Map(documents.map((document) => [document._id, document]))
  const client = new Proxy(
    {},
    {
      get(_, property) {
        throw new Error(
          `context.client.${String(property)} is not available when migrating a file: there is no project to ask`,
        )
      },
    },
  ) as MigrationContext['client']
  return {
    client,
    dryRun: false,
    filtered: {
      getDocument: async <T>(id: string) => structuredClone(byId.get(id)) as T | undefined,
      getDocuments: async <T>(ids: string[]) =>
        ids.flatMap((id) => (byId.has(id) ? [structuredClone(byId.get(id)) as T] : [])),
    },
  }
}

/** What `collectMigrationMutations` reads the documents from. */
type DocumentSource = ReturnType<Parameters<typeof collectMigrationMutations>[1]>

function targetId(mutation: RawMutation): string {
  const body = Object.values(mutation)[0] as {_id?: string; id?: string}
  const id = body?._id ?? body?.id
  if (typeof id !== 'string')
    throw new Error(`A mutation without a document id: ${JSON.stringify(mutation)}`)
  return id
}

/** JSON with the keys of every object sorted, so that key order is no change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  return `{${entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
    .join(',')}}`
}

/** The document without its revision and update time, to tell a real change from none. */
const content = (document: Document | undefined) =>
  document && canonical({...document, _rev: undefined, _updatedAt: undefined})

/** The system fields first, as in a Sanity export, then the fields in the order they came. */
function stamped(document: Document, rev: string, now: string): Document {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- replaced below
  const {_createdAt, _updatedAt, _rev, _id, _type, ...fields} = document
  const created = _createdAt === undefined ? {} : {_createdAt}
  return {...created, _updatedAt: now, _rev: rev, _id, _type, ...fields}
}

/**
 * Applies one transaction to `store` (id → document): all of it, or nothing and an error.
 * Returns the ids whose content it changed (created, patched, replaced or deleted).
 */
export function applyTransaction(
  store: Map<string, Document>,
  mutations: RawMutation[],
  {rev, now}: {rev: string; now: string},
): Set<string> {
  const next = new Map(store)
  const touched = new Set<string>()
  for (const mutation of mutations) {
    const id = targetId(mutation)
    const before = next.get(id)
    if ('create' in mutation && before) throw new Error(`create: ${id} already exists`)
    if ('patch' in mutation) {
      if ('query' in mutation.patch) throw new Error('A patch by query is not supported on a file')
      if (!before) throw new Error(`patch: ${id} does not exist`)
      const expected = mutation.patch.ifRevisionID
      if (expected && before._rev !== expected) {
        throw new Error(`patch: ${id} is at revision ${before._rev}, not ${expected}`)
      }
    }
    const after = new MutatorMutation({
      mutations: [structuredClone(mutation)] as never,
      timestamp: now,
    }).apply(before ? structuredClone(before) : null) as Document | null
    if (after) next.set(id, after)
    else next.delete(id)
    touched.add(id)
  }
  const changed = new Set<string>()
  for (const id of touched) {
    const before = store.get(id)
    const after = next.get(id)
    if (content(before) === content(after)) {
      if (before) next.set(id, before) // nothing changed: keep the document as it was
      continue
    }
    changed.add(id)
    if (after) next.set(id, stamped(after, rev, now))
  }
  store.clear()
  for (const [id, document] of next) store.set(id, document)
  return changed
}

/** The clock in the Content Lake's form: whole seconds ("2026-11-28T03:02:17Z"). */
const timestamp = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z')

/** Runs `migration` over the NDJSON `text`; `id` names the revisions it writes. */
export async function migrateDataset(
  text: string,
  migration: Migration,
  {id, now = timestamp()}: {id: string; now?: string},
): Promise<MigrationResult> {
  if (Number.isNaN(Date.parse(now))) throw new Error(`Not a date and time: ${now}`)
  const entries = parseDataset(text)
  const originals = new Map(entries.map(({document}) => [document._id, document]))
  const store = new Map(entries.map(({document}) => [document._id, structuredClone(document)]))
  const documents = await selected(migration, [...originals.values()])

  const order = new Set(entries.map(({document}) => document._id))
  const changed = new Set<string>()
  let transactions = 0
  for await (const yielded of collectMigrationMutations(
    migration,
    // Sanity's own source of in-memory documents (a plain generator, which `for await` reads).
    () => fromDocuments(documents as never) as unknown as DocumentSource,
    context(documents),
  )) {
    for (const unit of [yielded].flat() as Array<Mutation | Transaction>) {
      transactions += 1
      const mutations = unit.type === 'transaction' ? unit.mutations : [unit]
      const rev = unit.type === 'transaction' && unit.id ? unit.id : `${id}-${transactions}`
      for (const changedId of applyTransaction(store, SanityEncoder.encodeAll(mutations as never), {
        rev,
        now,
      })) {
        changed.add(changedId)
        order.add(changedId)
      }
    }
  }

  const lines = new Map(entries.map(({document, line}) => [document._id, line]))
  const output = [...order].flatMap((documentId) => {
    const document = store.get(documentId)
    if (!document) return []
    return [changed.has(documentId) ? JSON.stringify(document) : lines.get(documentId)!]
  })
  const ids = [...changed]
  return {
    text: output.length ? `${output.join('\n')}\n` : '',
    created: ids.filter((documentId) => !originals.has(documentId) && store.has(documentId)),
    changed: ids.filter((documentId) => originals.has(documentId) && store.has(documentId)),
    deleted: ids.filter((documentId) => !store.has(documentId)),
    transactions,
  }
}

async function main() {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      out: {type: 'string'},
      now: {type: 'string'},
      'dry-run': {type: 'boolean', default: false},
    },
  })
  const [id, file] = positionals
  if (!id || !file || positionals.length > 2) {
    throw new Error(
      'Usage: npm run migrate-dataset -- <migration id> <file.ndjson> [--out <file>] [--dry-run] [--now <ISO time>]',
    )
  }
  const migration = await loadMigration(id)
  const result = await migrateDataset(readFileSync(file, 'utf8'), migration, {
    id,
    ...(values.now ? {now: values.now} : {}),
  })
  const out = values.out ?? file
  const summary = [
    `${id}: "${migration.title}"`,
    `${result.transactions} transaction(s)`,
    `created ${result.created.join(', ') || 'nothing'}`,
    `changed ${result.changed.join(', ') || 'nothing'}`,
    ...(result.deleted.length ? [`deleted ${result.deleted.join(', ')}`] : []),
  ].join('; ')
  if (values['dry-run']) {
    console.log(`${summary} (dry run: ${out} not written)`)
    return
  }
  const temporary = `${out}.${process.pid}.tmp`
  writeFileSync(temporary, result.text)
  renameSync(temporary, out)
  console.log(`${summary}; wrote ${out}`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
