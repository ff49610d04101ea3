/** @jest-environment node */
import {evaluate, parse} from 'groq-js'

import {
  hiddenOnTranslations,
  isSourceLanguage,
  languageTitle,
  MISSING_TRANSLATION_FILTER,
  OUTDATED_TRANSLATION_FILTER,
  TRANSLATED_TYPES,
  TRANSLATION_LANGUAGES,
} from '@/sanity/i18n'

/*
 * The GROQ filters of the Studio's "Translations" lists, run by groq-js over a small dataset shaped
 * as the plugins write it (metadata items {_key, _type, language, value: reference}).
 */

const ref = (language: string, id: string) => ({
  _key: `k-${id}`,
  _type: 'internationalizedArrayReferenceValue',
  language,
  value: {_type: 'reference', _ref: id},
})

const treatment = (id: string, language: string | undefined, updatedAt: string) => ({
  _id: id,
  _type: 'treatment',
  _updatedAt: updatedAt,
  ...(language ? {language} : {}),
  title: id,
  slug: {_type: 'slug', current: id},
})

const DATASET = [
  // Translated into both languages; the Spanish one before the last English change, the Chinese
  // one after it (as strings "…00.250Z" < "…00Z": the filter must compare times).
  treatment('spine', 'en', '2026-05-01T10:00:00Z'),
  treatment('spine__es', 'es', '2026-05-01T09:59:59.900Z'),
  treatment('spine__zh-Hans', 'zh-Hans', '2026-05-01T10:00:00.250Z'),
  {
    _id: 'translation.metadata.spine',
    _type: 'translation.metadata',
    schemaTypes: ['treatment'],
    translations: [ref('en', 'spine'), ref('es', 'spine__es'), ref('zh-Hans', 'spine__zh-Hans')],
  },
  // Old data without a language field (English); Spanish translation started as a draft only,
  // its reference still weak as the plugin writes it before publishing.
  treatment('prolo', undefined, '2026-01-01T00:00:00Z'),
  {
    _id: 'random-metadata-id',
    _type: 'translation.metadata',
    schemaTypes: ['treatment'],
    translations: [
      ref('en', 'prolo'),
      {
        ...ref('es', 'new-uuid'),
        value: {
          _type: 'reference',
          _ref: 'new-uuid',
          _weak: true,
          _strengthenOnPublish: {type: 'treatment'},
        },
      },
    ],
  },
  {...treatment('drafts.new-uuid', 'es', '2026-01-02T00:00:00Z')},
  // Never translated, and its unpublished draft.
  treatment('neural', 'en', '2026-02-01T00:00:00Z'),
  treatment('drafts.neural', 'en', '2026-02-03T00:00:00Z'),
  // A body area with no translation, and another type that is never listed.
  {_id: 'area-spine', _type: 'bodyArea', language: 'en', _updatedAt: '2026-01-01T00:00:00Z'},
  {_id: 'affiliation-aaos', _type: 'affiliation', _updatedAt: '2026-01-01T00:00:00Z'},
]

async function ids(filter: string, params: Record<string, unknown>) {
  const tree = parse(`*[${filter}]._id`, {params})
  return ((await (await evaluate(tree, {dataset: DATASET, params})).get()) as string[]).sort()
}

describe('the missing translations filter', () => {
  it('lists English documents with no translation in the language, old data included', async () => {
    expect(await ids(MISSING_TRANSLATION_FILTER, {type: 'treatment', language: 'es'})).toEqual([
      'neural',
    ])
    expect(await ids(MISSING_TRANSLATION_FILTER, {type: 'treatment', language: 'zh-Hans'})).toEqual(
      ['neural', 'prolo'],
    )
  })

  it('lists each type on its own, and never a translation or a draft', async () => {
    expect(await ids(MISSING_TRANSLATION_FILTER, {type: 'bodyArea', language: 'es'})).toEqual([
      'area-spine',
    ])
  })
})

describe('the outdated translations filter', () => {
  it('lists published translations older than their English source’s last change', async () => {
    const types = TRANSLATED_TYPES
    expect(await ids(OUTDATED_TRANSLATION_FILTER, {types, language: 'es'})).toEqual(['spine__es'])
    expect(await ids(OUTDATED_TRANSLATION_FILTER, {types, language: 'zh-Hans'})).toEqual([])
  })
})

describe('language helpers', () => {
  it('treats documents without a language as English', () => {
    expect(isSourceLanguage(undefined)).toBe(true)
    expect(isSourceLanguage('en')).toBe(true)
    expect(isSourceLanguage('es')).toBe(false)
    expect(hiddenOnTranslations({document: {}} as never)).toBe(false)
    expect(hiddenOnTranslations({document: {language: 'zh-Hans'}} as never)).toBe(true)
  })

  it('translates into every language but the default one', () => {
    expect(TRANSLATION_LANGUAGES.map(({id}) => id)).toEqual(['es', 'zh-Hans'])
    expect(languageTitle('zh-Hans')).toBe('Chinese (Simplified)')
    expect(languageTitle('xx')).toBe('xx')
  })
})
