/** @jest-environment node */
import {readFileSync} from 'node:fs'
import path from 'node:path'

import {collectMigrationMutations, fromDocuments, type MigrationContext} from 'sanity/migrate'

import migration, {planMainLocation, slugify} from '@/migrations/main-location'
import {migrateDataset, parseDataset, type Document} from '@/scripts/migrate-dataset'

/*
 * The bundled dataset's settings from before locations (`git show main~5:sanity/data/production.ndjson`),
 * with the address and the two old rows "Monday–Friday 8:00 am – 5:00 pm" and
 * "Saturday–Sunday Closed", and one unrelated document.
 */
const BEFORE = readFileSync(
  path.join(__dirname, 'fixtures', 'settings-before-locations.ndjson'),
  'utf8',
)
const NOW = '2026-11-28T12:00:00Z'

const documentsOf = (text: string) => parseDataset(text).map(({document}) => document)
const byId = (text: string) =>
  new Map(documentsOf(text).map((document) => [document._id, document]))
const settingsBefore = () => documentsOf(BEFORE).find(({_id}) => _id === 'siteSettings')!

/** NDJSON of the fixture with the settings replaced by `settings` and `extra` documents added. */
const datasetWith = (settings: Document, ...extra: Document[]) =>
  [settings, ...documentsOf(BEFORE).filter(({_id}) => _id !== 'siteSettings'), ...extra]
    .map((document) => `${JSON.stringify(document)}\n`)
    .join('')

const i18n = (en: string) => [
  {_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: en},
]

/** What the migration yields for `documents`, through Sanity's own collector. */
async function collect(documents: Document[]) {
  const context = {dryRun: true, filtered: {}, client: {}} as unknown as MigrationContext
  const yielded = []
  for await (const item of collectMigrationMutations(
    migration,
    () => fromDocuments(documents as never) as never,
    context,
  )) {
    yielded.push(item)
  }
  return yielded
}

let warn: jest.SpyInstance
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => warn.mockRestore())

const MAIN_LOCATION = {
  _id: 'location-main',
  _type: 'location',
  name: 'Alhambra office',
  slug: {_type: 'slug', current: 'alhambra-office'},
  address: {
    _type: 'postalAddress',
    street: '123 Example Avenue, Suite 100',
    city: 'Alhambra',
    region: 'CA',
    postalCode: '91801',
    country: 'US',
  },
  phone: '(555) 010-0142',
  hours: [
    {
      _key: 'k0001',
      _type: 'weeklyHours',
      days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      opens: '08:00',
      closes: '17:00',
    },
  ],
}

describe('the main-location migration on the settings from before locations', () => {
  it('is what the Sanity CLI loads: a titled migration of the settings without a main location', () => {
    expect(migration.title).toMatch(/main location/)
    expect(migration.documentTypes).toEqual(['siteSettings'])
    expect(migration.filter).toBe('(defined(address) || defined(hours)) && !defined(mainLocation)')
  })

  it('yields one transaction: create the location if missing, then point the settings at it', async () => {
    expect(await collect(documentsOf(BEFORE))).toEqual([
      [
        {
          type: 'transaction',
          mutations: [
            {type: 'createIfNotExists', document: MAIN_LOCATION},
            {
              type: 'patch',
              id: 'siteSettings',
              patches: [
                {
                  path: ['mainLocation'],
                  op: {type: 'set', value: {_type: 'reference', _ref: 'location-main'}},
                },
                {path: ['address'], op: {type: 'unset'}},
                {path: ['hours'], op: {type: 'unset'}},
              ],
            },
          ],
        },
      ],
    ])
    expect(warn).not.toHaveBeenCalled()
  })

  it('gives the dataset a main location and settings without address and hours', async () => {
    const result = await migrateDataset(BEFORE, migration, {id: 'main-location', now: NOW})
    expect(result).toMatchObject({
      created: ['location-main'],
      changed: ['siteSettings'],
      deleted: [],
      transactions: 1,
    })
    const after = byId(result.text)
    expect(after.get('location-main')).toEqual({
      _createdAt: NOW,
      _updatedAt: NOW,
      _rev: 'main-location-1',
      ...MAIN_LOCATION,
    })
    const {address, hours, ...kept} = settingsBefore()
    expect(address).toBeDefined()
    expect(hours).toHaveLength(2)
    expect(after.get('siteSettings')).toEqual({
      ...kept,
      _updatedAt: NOW,
      _rev: 'main-location-1',
      mainLocation: {_type: 'reference', _ref: 'location-main'},
    })
    // Everything else keeps its line, byte for byte.
    expect(result.text.split('\n')[1]).toBe(BEFORE.split('\n')[1])
  })

  it('changes nothing when run again', async () => {
    const once = await migrateDataset(BEFORE, migration, {id: 'main-location', now: NOW})
    expect(await collect(documentsOf(once.text))).toEqual([])
    const twice = await migrateDataset(once.text, migration, {
      id: 'main-location',
      now: '2027-01-01T00:00:00Z',
    })
    expect(twice).toEqual({
      text: once.text,
      created: [],
      changed: [],
      deleted: [],
      transactions: 0,
    })
  })
})

describe('rows it cannot read', () => {
  const settings = () => {
    const before = settingsBefore()
    return {
      ...before,
      hours: [
        ...(before.hours as object[]),
        {_type: 'openingHours', _key: 'k0003', days: i18n('Holidays'), hours: i18n('Closed')},
        {_type: 'openingHours', _key: 'k0004', days: i18n('Saturday'), hours: i18n('9–1')},
      ],
    }
  }

  it('keeps the old hours in the settings, says which rows to enter, and still makes the location', async () => {
    const result = await migrateDataset(datasetWith(settings()), migration, {
      id: 'main-location',
      now: NOW,
    })
    const after = byId(result.text)
    expect(after.get('location-main')).toMatchObject({hours: MAIN_LOCATION.hours})
    expect(after.get('siteSettings')).toMatchObject({
      mainLocation: {_type: 'reference', _ref: 'location-main'},
      hours: settings().hours,
    })
    expect(after.get('siteSettings')).not.toHaveProperty('address')
    const messages = warn.mock.calls.map(([message]) => String(message))
    expect(messages).toEqual([
      expect.stringMatching(/old hours row k0003 .*"Holidays".*"Closed"/),
      expect.stringMatching(/old hours row k0004 .*"Saturday".*"9–1"/),
    ])
    expect(messages.join('\n')).not.toMatch(/k0001|k0002/)

    // The next run leaves it alone: the settings now have a main location (also when the
    // migration is handed the settings without the runner's filter).
    warn.mockClear()
    expect(await collect(documentsOf(result.text))).toEqual([])
    const again = await migrateDataset(result.text, migration, {id: 'main-location', now: NOW})
    expect(again.text).toBe(result.text)
    expect(warn).not.toHaveBeenCalled()
  })

  it('makes a location without hours when no row can be read', () => {
    const plan = planMainLocation({
      _id: 'siteSettings',
      address: {city: 'Alhambra'},
      hours: [{_key: 'a', days: i18n('By appointment'), hours: i18n('Call us')}],
    })
    expect(plan.location).not.toHaveProperty('hours')
    expect(plan.unset).toEqual(['address'])
    expect(plan.unreadable).toHaveLength(1)
  })
})

describe('which documents it changes', () => {
  it('leaves settings that already have a main location, or never had address and hours', async () => {
    const {address, hours, ...newShape} = settingsBefore()
    const chosen = {...newShape, mainLocation: {_type: 'reference', _ref: 'location-other'}}
    for (const settings of [{...chosen, address, hours}, chosen, newShape]) {
      const text = datasetWith(settings as Document)
      const result = await migrateDataset(text, migration, {id: 'main-location', now: NOW})
      expect(result.transactions).toBe(0)
      expect(result.text).toBe(text)
    }
  })

  it('skips, with a warning, a settings document the site does not read', async () => {
    const other = {...settingsBefore(), _id: 'settings-copy'}
    expect(await collect([other])).toEqual([])
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/skipped settings-copy/))
  })

  it('keeps a location that already has the id, and points the settings at it', async () => {
    const existing = {_id: 'location-main', _type: 'location', name: 'Made by hand'} as Document
    const text = datasetWith(settingsBefore(), existing)
    const result = await migrateDataset(text, migration, {id: 'main-location', now: NOW})
    expect(result).toMatchObject({created: [], changed: ['siteSettings']})
    expect(byId(result.text).get('location-main')).toEqual(existing)
  })

  it('migrates a draft into a draft location, with a reference that is weak until published', async () => {
    const draft = {...settingsBefore(), _id: 'drafts.siteSettings', phone: '(555) 010-0150'}
    const result = await migrateDataset(datasetWith(settingsBefore(), draft), migration, {
      id: 'main-location',
      now: NOW,
    })
    expect(result.created.sort()).toEqual(['drafts.location-main', 'location-main'])
    const after = byId(result.text)
    expect(after.get('drafts.location-main')).toMatchObject({phone: '(555) 010-0150'})
    expect(after.get('location-main')).toMatchObject({phone: '(555) 010-0142'})
    expect(after.get('drafts.siteSettings')?.mainLocation).toEqual({
      _type: 'reference',
      _ref: 'location-main',
      _weak: true,
      _strengthenOnPublish: {type: 'location'},
    })
    expect(after.get('siteSettings')?.mainLocation).toEqual({
      _type: 'reference',
      _ref: 'location-main',
    })
  })
})

describe('planMainLocation without an address', () => {
  it('names the location after the clinic and says what to write', () => {
    const plan = planMainLocation({_id: 'siteSettings', clinicName: ' Orthopedic Spine Clinic '})
    expect(plan.location).toEqual({
      _id: 'location-main',
      _type: 'location',
      name: 'Orthopedic Spine Clinic',
      slug: {_type: 'slug', current: 'orthopedic-spine-clinic'},
    })
    expect(plan.unset).toEqual([])
    expect(plan.notes).toEqual([
      'The settings had no address: write it on the location.',
      'The settings had no phone number: write it on the location.',
    ])
  })

  it('falls back to "Main office" without a clinic name either', () => {
    expect(planMainLocation({_id: 'siteSettings', clinicName: 7}).location.name).toBe('Main office')
  })
})

describe('slugify', () => {
  it.each([
    ['Alhambra office', 'alhambra-office'],
    ['  San Gabriel  Valley — Suite #2 ', 'san-gabriel-valley-suite-2'],
    ['Cañada Flintridge', 'canada-flintridge'],
    ['阿罕布拉', ''],
    ['x'.repeat(120), 'x'.repeat(96)],
  ])('%j → %j', (name, slug) => expect(slugify(name)).toBe(slug))
})
