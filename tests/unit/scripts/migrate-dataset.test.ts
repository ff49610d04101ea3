/** @jest-environment node */
import {execFile} from 'node:child_process'
import {copyFile, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'

import {at, create, createIfNotExists, defineMigration, delete_, patch, set} from 'sanity/migrate'

import mainLocation from '@/migrations/main-location'
import {applyTransaction, loadMigration, migrateDataset} from '@/scripts/migrate-dataset'

const run = promisify(execFile)
const ROOT = path.join(__dirname, '..', '..', '..')
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx')
const BEFORE = path.join(
  ROOT,
  'tests',
  'unit',
  'migrations',
  'main-location',
  'fixtures',
  'settings-before-locations.ndjson',
)
const NOW = '2026-11-28T12:00:00Z'

jest.setTimeout(60_000)

const migrateFile = (...args: string[]) =>
  run(TSX, ['scripts/migrate-dataset.ts', ...args], {cwd: ROOT})

const line = (document: object) => `${JSON.stringify(document)}\n`
const DOCUMENTS =
  line({_id: 'a', _type: 'thing', _rev: 'r1', title: 'A'}) +
  line({_id: '_.system', _type: 'thing', title: 'System'}) +
  line({_id: 'b', _type: 'other', title: 'B'})

describe('npm run migrate-dataset (scripts/migrate-dataset.ts) on a copy of an export', () => {
  let work: string
  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'migrate-dataset-'))
  })

  it('applies the migration in place, as the runner would, and a second run changes nothing', async () => {
    const file = path.join(work, 'export.ndjson')
    await copyFile(BEFORE, file)
    const first = await migrateFile('main-location', file, '--now', NOW)
    expect(first.stdout).toMatch(
      /^main-location: ".*"; 1 transaction\(s\); created location-main; changed siteSettings; wrote /,
    )
    const migrated = await readFile(file, 'utf8')
    // The same text as the function the tests below call in-process.
    const expected = await migrateDataset(await readFile(BEFORE, 'utf8'), mainLocation, {
      id: 'main-location',
      now: NOW,
    })
    expect(migrated).toBe(expected.text)
    expect(migrated).toContain('"mainLocation":{"_type":"reference","_ref":"location-main"}')

    const second = await migrateFile('main-location', file)
    expect(second.stdout).toMatch(/0 transaction\(s\); created nothing; changed nothing/)
    expect(await readFile(file, 'utf8')).toBe(migrated)
  })

  it('writes elsewhere with --out, and nothing with --dry-run', async () => {
    const file = path.join(work, 'export.ndjson')
    const out = path.join(work, 'migrated.ndjson')
    await copyFile(BEFORE, file)
    const before = await readFile(file, 'utf8')

    const dry = await migrateFile('main-location', file, '--out', out, '--dry-run')
    expect(dry.stdout).toMatch(
      /created location-main; changed siteSettings \(dry run: .* not written\)/,
    )
    await expect(readFile(out, 'utf8')).rejects.toThrow(/ENOENT/)

    await migrateFile('main-location', file, '--out', out, '--now', NOW)
    expect(await readFile(file, 'utf8')).toBe(before)
    expect(await readFile(out, 'utf8')).toContain('"_id":"location-main"')
  })

  it('fails without touching the file for an unknown migration or a broken export', async () => {
    const file = path.join(work, 'export.ndjson')
    await writeFile(file, DOCUMENTS)
    await expect(migrateFile('no-such-migration', file)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/No migration "no-such-migration" in .*migrations/),
    })
    await expect(migrateFile('main-location')).rejects.toMatchObject({
      stderr: expect.stringMatching(
        /^Usage: npm run migrate-dataset -- <migration id> <file.ndjson>/,
      ),
    })
    const broken = path.join(work, 'broken.ndjson')
    await writeFile(broken, `${DOCUMENTS}{"_id": "half"\n`)
    await expect(migrateFile('main-location', broken)).rejects.toMatchObject({code: 1})
    expect(await readFile(broken, 'utf8')).toBe(`${DOCUMENTS}{"_id": "half"\n`)
    expect(await readFile(file, 'utf8')).toBe(DOCUMENTS)
  })
})

describe('loadMigration (the files the Sanity CLI would load)', () => {
  it('loads migrations/<id>/index.ts', async () => {
    expect(await loadMigration('main-location')).toBe(mainLocation)
  })

  it.each(['../scripts/migrate-dataset', 'main-location/index', ''])(
    'refuses the id %j',
    async (id) => {
      await expect(loadMigration(id)).rejects.toThrow(/Not a migration id/)
    },
  )
})

describe('migrateDataset (what the Content Lake would do, on a file)', () => {
  const options = {id: 'test', now: NOW}

  it('chooses documents by documentTypes and filter, never system documents', async () => {
    const seen: string[] = []
    const migration = defineMigration({
      title: 'Records what it is given',
      documentTypes: ['thing'],
      filter: 'defined(title)',
      migrate: {
        document(document) {
          seen.push(document._id)
        },
      },
    })
    const result = await migrateDataset(DOCUMENTS, migration, options)
    expect(seen).toEqual(['a'])
    expect(result).toEqual({
      text: DOCUMENTS,
      created: [],
      changed: [],
      deleted: [],
      transactions: 0,
    })
  })

  it('applies patches and creations, stamps what changed, and keeps the order', async () => {
    const migration = defineMigration({
      title: 'Changes things',
      migrate: {
        document(document) {
          if (document._id === 'a') {
            return [
              patch('a', at('title', set('A2'))),
              createIfNotExists({_id: 'c', _type: 'thing', title: 'C'}),
            ]
          }
          // A patch that changes nothing, and a creation of what exists: no new revision.
          if (document._id === 'b')
            return [
              patch('b', at('title', set('B'))),
              createIfNotExists({_id: 'a', _type: 'thing'}),
            ]
          return undefined
        },
      },
    })
    const result = await migrateDataset(DOCUMENTS, migration, options)
    expect(result).toMatchObject({created: ['c'], changed: ['a'], deleted: [], transactions: 4})
    const lines = result.text.trim().split('\n')
    expect(lines.map((text) => JSON.parse(text)._id)).toEqual(['a', '_.system', 'b', 'c'])
    expect(JSON.parse(lines[0]!)).toEqual({
      _id: 'a',
      _type: 'thing',
      _rev: 'test-1',
      _updatedAt: NOW,
      title: 'A2',
    })
    expect(lines.slice(1, 3)).toEqual(DOCUMENTS.trim().split('\n').slice(1))
    expect(JSON.parse(lines[3]!)).toEqual({
      _createdAt: NOW,
      _updatedAt: NOW,
      _rev: 'test-2',
      _id: 'c',
      _type: 'thing',
      title: 'C',
    })
  })

  it('deletes', async () => {
    const migration = defineMigration({
      title: 'Deletes b',
      documentTypes: ['other'],
      migrate: {document: (document) => delete_(document._id)},
    })
    const result = await migrateDataset(DOCUMENTS, migration, options)
    expect(result).toMatchObject({deleted: ['b'], changed: [], created: []})
    expect(result.text).toBe(DOCUMENTS.split('\n').slice(0, 2).join('\n') + '\n')
  })

  it.each([
    [
      'a patch of a missing document',
      () => patch('missing', at('title', set('x'))),
      /patch: missing does not exist/,
    ],
    [
      'a create of an existing id',
      () => create({_id: 'b', _type: 'thing'}),
      /create: b already exists/,
    ],
    [
      'a patch for another revision',
      () => patch('a', at('title', set('x')), {ifRevision: 'r0'}),
      /patch: a is at revision r1, not r0/,
    ],
  ])('fails on %s, like the Content Lake', async (_, mutation, message) => {
    const migration = defineMigration({
      title: 'Fails',
      documentTypes: ['thing'],
      migrate: {document: () => mutation()},
    })
    await expect(migrateDataset(DOCUMENTS, migration, options)).rejects.toThrow(message)
  })

  it('applies a transaction whole or not at all', () => {
    const store = new Map([['a', {_id: 'a', _type: 'thing', _rev: 'r1', title: 'A'}]])
    const before = structuredClone([...store])
    expect(() =>
      applyTransaction(
        store,
        [
          {createIfNotExists: {_id: 'new', _type: 'thing'}},
          {patch: {id: 'a', set: {title: 'A2'}}},
          {patch: {id: 'missing', set: {title: 'x'}}},
        ],
        {rev: 'tx', now: NOW},
      ),
    ).toThrow(/patch: missing does not exist/)
    expect([...store]).toEqual(before)

    const changed = applyTransaction(
      store,
      [{createIfNotExists: {_id: 'new', _type: 'thing'}}, {patch: {id: 'a', set: {title: 'A2'}}}],
      {rev: 'tx', now: NOW},
    )
    expect([...changed]).toEqual(['new', 'a'])
    expect(store.get('a')).toEqual({
      _id: 'a',
      _type: 'thing',
      _rev: 'tx',
      _updatedAt: NOW,
      title: 'A2',
    })
  })

  it('refuses an export with a document twice, or a line that is not a document', async () => {
    const migration = defineMigration({title: 'Nothing', migrate: {document: () => undefined}})
    await expect(
      migrateDataset(DOCUMENTS + line({_id: 'a', _type: 'thing'}), migration, options),
    ).rejects.toThrow(/a is there twice/)
    await expect(migrateDataset(line({title: 'no id'}), migration, options)).rejects.toThrow(
      /Line 1 is not a document/,
    )
  })
})

describe('the committed datasets', () => {
  it.each(['production.ndjson', 'example.ndjson'])(
    'sanity/data/%s is already migrated: main-location changes nothing',
    async (name) => {
      const text = await readFile(path.join(ROOT, 'sanity', 'data', name), 'utf8')
      const result = await migrateDataset(text, mainLocation, {id: 'main-location', now: NOW})
      expect(result.transactions).toBe(0)
      expect(result.text).toBe(text)
    },
  )
})
