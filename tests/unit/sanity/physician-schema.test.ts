/** @jest-environment node */
import {readFileSync} from 'node:fs'

import {evaluate, parse} from 'groq-js'

import {parseNdjson} from '@/lib/content/dataset'
import {EDUCATION_KINDS, SPECIALTIES, SPOKEN_LANGUAGES} from '@/lib/shared/physicians'
import {
  ENGLISH_SOURCE_FILTER,
  HOSPITAL_FILTER,
  physician,
  PROFESSIONAL_FILTER,
} from '@/sanity/schemaTypes/documents/physician'
import {education} from '@/sanity/schemaTypes/objects/education'

import {BUNDLED_DATASET} from '@/tests/support/content'

/*
 * What the Studio's pickers offer: the pick lists come from lib/shared/physicians.ts, and the
 * reference pickers' GROQ filters, run by groq-js over the bundled dataset, offer exactly the
 * hospitals, the societies and the English treatments.
 */

// The `sanity` package is ES modules only and too big to transform for jest; its define*
// helpers are identities (they only add types), so the schema reads the same without it.
jest.mock('sanity', () => ({
  defineType: <T>(definition: T) => definition,
  defineField: <T>(definition: T) => definition,
  defineArrayMember: <T>(definition: T) => definition,
}))

type Field = {
  name: string
  of?: Array<{type: string; to?: Array<{type: string}>; options?: {filter?: string}}>
  options?: {list?: Array<{title: string; value: string}>}
}
const fields = physician.fields as unknown as Field[]
const field = (name: string) => {
  const found = fields.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`No field ${name}`)
  return found
}

const dataset = parseNdjson(readFileSync(BUNDLED_DATASET, 'utf8'))
async function query(groq: string): Promise<unknown> {
  return (await evaluate(parse(groq), {dataset})).get()
}

describe('the physician form', () => {
  it('has the fields of the profile, in the order staff fill them in', () => {
    expect(fields.map(({name}) => name)).toEqual([
      'name',
      'slug',
      'credentials',
      'photo',
      'specialties',
      'boardCertifications',
      'education',
      'languages',
      'hospitalPrivileges',
      'memberships',
      'treatments',
      'locations',
      'acceptingNewPatients',
      'npi',
      'bio',
    ])
  })

  it.each([
    ['specialties', SPECIALTIES],
    ['languages', SPOKEN_LANGUAGES],
  ] as const)('picks %s from the shared list', (name, list) => {
    expect(field(name).options?.list).toEqual(list.map(({title, value}) => ({title, value})))
  })

  it('picks the kind of training from the shared list', () => {
    const kind = (education.fields as unknown as Field[]).find(({name}) => name === 'kind')
    expect(kind?.options?.list).toEqual(EDUCATION_KINDS.map(({title, value}) => ({title, value})))
  })

  it.each([
    ['hospitalPrivileges', 'affiliation', HOSPITAL_FILTER],
    ['memberships', 'affiliation', PROFESSIONAL_FILTER],
    ['treatments', 'treatment', ENGLISH_SOURCE_FILTER],
  ])('declares the picker filter of %s', (name, type, filter) => {
    expect(field(name).of).toEqual([expect.objectContaining({type: 'reference', to: [{type}]})])
    expect(field(name).of?.[0]?.options?.filter).toBe(filter)
  })

  it('offers the four hospitals for hospital privileges', async () => {
    expect(await query(`*[_type == "affiliation" && (${HOSPITAL_FILTER})].name`)).toEqual([
      'Methodist Hospital of Southern California',
      'San Gabriel Valley Medical Center',
      'Garfield Medical Center',
      'Alhambra Hospital Medical Center',
    ])
  })

  it('offers the seven professional societies for memberships', async () => {
    const names = await query(`*[_type == "affiliation" && (${PROFESSIONAL_FILTER})].name`)
    expect(names).toHaveLength(7)
    expect(names).toContain('North American Spine Society')
    expect(names).not.toContain('Garfield Medical Center')
  })

  it('offers the English treatments only, not their translations', async () => {
    expect(await query(`*[_type == "treatment" && (${ENGLISH_SOURCE_FILTER})]._id`)).toEqual([
      'treatment-spine-injections',
      'treatment-proliferation-injection',
      'treatment-neural-prolotherapy',
    ])
    // A treatment saved before translations existed has no language and is English too.
    const legacy = {_id: 'legacy', _type: 'treatment'}
    const result = await evaluate(parse(`*[${ENGLISH_SOURCE_FILTER}]._id`), {dataset: [legacy]})
    expect(await result.get()).toEqual(['legacy'])
  })

  it('starts a new physician as accepting new patients', () => {
    expect(field('acceptingNewPatients')).toMatchObject({type: 'boolean', initialValue: true})
  })
})
