/** @jest-environment node */
import {execFile} from 'node:child_process'
import {mkdtemp, readFile} from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'

import {parseNdjson} from '@/lib/content/dataset'
import type {SanityDocument} from '@/lib/content/types'
import {isValidNpi} from '@/lib/shared/npi'
import {normalizeHours} from '@/lib/shared/opening-hours'

import {BUNDLED_DATASET} from '@/tests/support/content'

const run = promisify(execFile)
const ROOT = path.join(__dirname, '..', '..', '..')
const EXAMPLE_DATASET = path.join(ROOT, 'sanity', 'data', 'example.ndjson')

type Physician = SanityDocument & {
  name: string
  npi?: string
  photo?: {asset?: unknown; alt?: string}
  languages?: string[]
  bio?: Array<{_key: string; _type: string; language: string; value: string}>
}

let bundledText: string
let exampleText: string
let bundled: SanityDocument[]
let example: SanityDocument[]
let physicians: Physician[]

beforeAll(async () => {
  bundledText = await readFile(BUNDLED_DATASET, 'utf8')
  exampleText = await readFile(EXAMPLE_DATASET, 'utf8')
  bundled = parseNdjson(bundledText)
  example = parseNdjson(exampleText)
  physicians = example.filter(({_type}) => _type === 'physician') as Physician[]
})

/** Every `_ref` inside a value, however deep. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references)
  if (typeof value !== 'object' || value === null) return []
  const own = '_ref' in value && typeof value._ref === 'string' ? [value._ref] : []
  return [...own, ...Object.values(value).flatMap(references)]
}

describe('the example dataset (sanity/data/example.ndjson)', () => {
  it('is what `npm run example-dataset` makes from the bundled dataset now', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'example-dataset-')), 'example.ndjson')
    await run(process.execPath, ['scripts/example-dataset.mjs', '--out', out], {cwd: ROOT})
    const fresh = await readFile(out, 'utf8')
    if (fresh !== exampleText) {
      throw new Error('sanity/data/example.ndjson is stale: run "npm run example-dataset"')
    }
  })

  it('keeps the bundled dataset, which names no physician, and adds to it', () => {
    expect(bundled.filter(({_type}) => _type === 'physician')).toEqual([])
    expect(example.map(({_id}) => _id)).toEqual([
      ...bundled.map(({_id}) => _id),
      'location-example-pasadena',
      'physician-example-person',
      'physician-example-sample',
      'physician-example-placeholder',
    ])
    // Only the medical review of one English treatment changes, to name an example physician.
    const changed = example.filter(
      (document) =>
        bundled.some(({_id}) => _id === document._id) &&
        JSON.stringify(document) !== JSON.stringify(bundled.find(({_id}) => _id === document._id)),
    )
    expect(changed.map(({_id}) => _id)).toEqual(['treatment-spine-injections'])
    expect(changed[0]).toMatchObject({
      language: 'en',
      medicalReview: {
        reviewedBy: {_type: 'reference', _ref: 'physician-example-person'},
        lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    })
  })

  it('adds physicians whose names and biographies say they are fictional', () => {
    expect(physicians.map(({name}) => name)).toEqual([
      'Dr. Example Person',
      'Dr. Sample Doctor',
      'Dr. Placeholder Name',
    ])
    const fiction: Record<string, string> = {
      en: 'this person does not exist.',
      es: 'esta persona no existe.',
      'zh-Hans': '此人并不存在。',
    }
    for (const {bio} of physicians) {
      expect(bio?.map(({language}) => language)).toEqual(['en', 'es', 'zh-Hans'])
      for (const item of bio ?? []) {
        // The shape the bundled site settings use (sanity-plugin-internationalized-array).
        expect(item).toEqual({
          _key: item.language,
          _type: 'internationalizedArrayTextValue',
          language: item.language,
          value: expect.stringContaining(fiction[item.language] ?? 'no such language'),
        })
      }
    }
  })

  it('adds a second location, as fictional as the physicians, in every language', () => {
    const locations = example.filter(({_type}) => _type === 'location') as Array<
      SanityDocument & Record<string, unknown>
    >
    expect(locations.map(({_id}) => _id)).toEqual(['location-main', 'location-example-pasadena'])
    const pasadena = locations[1]!
    expect(pasadena).toMatchObject({
      name: 'Pasadena office',
      slug: {_type: 'slug', current: 'pasadena-office'},
      address: {
        _type: 'postalAddress',
        street: '456 Sample Street',
        city: 'Pasadena',
        region: 'CA',
        postalCode: '91101',
      },
      phone: '(555) 010-0188',
      stepFreeAccess: false,
    })
    // Monday, Wednesday and Friday with a lunch break; a short Tuesday; every row valid.
    const {weekly} = normalizeHours(
      (pasadena.hours as Array<{days: string[]}>).flatMap(({days, ...row}) =>
        days.map((day) => ({...row, day})),
      ),
      [],
    )
    expect(weekly.map(({day, opens, closes}) => `${day} ${opens}-${closes}`)).toEqual([
      'monday 09:00-12:00',
      'monday 13:00-17:00',
      'tuesday 09:00-13:00',
      'wednesday 09:00-12:00',
      'wednesday 13:00-17:00',
      'friday 09:00-12:00',
      'friday 13:00-17:00',
    ])
    type Translated = Array<{_key: string; _type: string; language: string; value: string}>
    const texts: Array<[Translated, string]> = [
      ...['parking', 'transit', 'accessNotes'].map((field): [Translated, string] => [
        pasadena[field] as Translated,
        'Text',
      ]),
      ...(pasadena.hoursExceptions as Array<{label: Translated}>).map(
        ({label}): [Translated, string] => [label, 'String'],
      ),
    ]
    expect(texts).toHaveLength(6)
    for (const [items, type] of texts) {
      expect(items.map(({language}) => language)).toEqual(['en', 'es', 'zh-Hans'])
      for (const item of items) {
        expect(item).toEqual({
          _key: item.language,
          _type: `internationalizedArray${type}Value`,
          language: item.language,
          value: expect.stringMatching(/\S/),
        })
      }
    }
    expect((pasadena.accessNotes as Translated).map(({value}) => value)).toEqual([
      expect.stringContaining('it does not exist.'),
      expect.stringContaining('no existe.'),
      expect.stringContaining('并不存在。'),
    ])
  })

  it('says where each physician sees patients: both offices, the main one, Pasadena', () => {
    expect(
      physicians.map((physician) => references((physician as Record<string, unknown>).locations)),
    ).toEqual([
      ['location-main', 'location-example-pasadena'],
      ['location-main'],
      ['location-example-pasadena'],
    ])
  })

  it('gives every physician a valid NPI', () => {
    for (const {npi} of physicians) expect(npi !== undefined && isValidNpi(npi)).toBe(true)
  })

  it('fills every profile field on at least one physician', () => {
    // Every field of the physician type, as the Studio's schema defines it (sanity/schema.json,
    // extracted from it and checked for staleness), so a new field needs example content too.
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'sanity', 'schema.json'), 'utf8'),
    ) as Array<{
      name: string
      attributes?: Record<string, unknown>
    }>
    const fields = Object.keys(
      schema.find(({name}) => name === 'physician')?.attributes ?? {},
    ).filter((field) => !field.startsWith('_'))
    expect(fields).toContain('npi')
    const filled = (field: string) =>
      physicians.some((physician) => {
        const value = (physician as Record<string, unknown>)[field]
        return Array.isArray(value) ? value.length > 0 : value !== undefined
      })
    expect(fields.filter((field) => !filled(field))).toEqual([])
    expect(physicians.map(({acceptingNewPatients}) => acceptingNewPatients)).toEqual(
      expect.arrayContaining([true, false]),
    )
    expect(physicians.map(({languages}) => languages)).toEqual([
      ['en', 'es'],
      ['en', 'cmn', 'yue'],
      ['en'],
    ])
  })

  it('invents no image: one photo field holds alt text only, the others have none', () => {
    expect(physicians.map(({photo}) => photo && {hasAsset: 'asset' in photo})).toEqual([
      undefined,
      {hasAsset: false},
      undefined,
    ])
    expect(JSON.stringify(physicians)).not.toContain('"asset"')
  })

  it('references only documents in the file, of the kinds each list takes', () => {
    const byId = new Map(example.map((document) => [document._id, document]))
    const added = example.filter(({_id}) => !bundled.some((document) => document._id === _id))
    const refs = [
      ...added,
      ...example.filter(({_id}) => _id === 'treatment-spine-injections'),
    ].flatMap(references)
    expect(refs.length).toBeGreaterThan(10)
    expect(refs.filter((id) => !byId.has(id))).toEqual([])

    const kinds = (list: 'hospitalPrivileges' | 'memberships' | 'treatments' | 'locations') =>
      new Set(
        physicians
          .flatMap((physician) => references((physician as Record<string, unknown>)[list]))
          .map((id) => {
            const target = byId.get(id) as {_type: string; kind?: string; language?: string}
            return `${target._type}:${target.kind ?? target.language}`
          }),
      )
    expect(kinds('hospitalPrivileges')).toEqual(new Set(['affiliation:hospital']))
    expect(kinds('memberships')).toEqual(new Set(['affiliation:professional']))
    expect(kinds('treatments')).toEqual(new Set(['treatment:en']))
    expect(kinds('locations')).toEqual(new Set(['location:undefined']))
  })
})
