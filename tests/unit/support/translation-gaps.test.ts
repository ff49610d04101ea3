/** @jest-environment node */
import {readFileSync} from 'node:fs'

import {parseNdjson} from '@/lib/content/dataset'

import {BUNDLED_DATASET} from '@/tests/support/content'
import {withoutTranslation} from '@/tests/support/translation-gaps'

const reference = (language: string, ref: string) => ({
  _key: language,
  _type: 'internationalizedArrayReferenceValue',
  language,
  value: {_type: 'reference', _ref: ref},
})

const small = [
  {_id: 'a', _type: 'treatment', language: 'en'},
  {_id: 'a__es', _type: 'treatment', language: 'es'},
  {_id: 'drafts.a__es', _type: 'treatment', language: 'es'},
  {_id: 'a__zh-Hans', _type: 'treatment', language: 'zh-Hans'},
  {_id: 'b', _type: 'treatment', language: 'en'},
  {_id: 'b__es', _type: 'treatment', language: 'es'},
  {
    _id: 'translation.metadata.a',
    _type: 'translation.metadata',
    schemaTypes: ['treatment'],
    translations: [
      reference('en', 'a'),
      reference('es', 'a__es'),
      reference('zh-Hans', 'a__zh-Hans'),
    ],
  },
  {
    _id: 'translation.metadata.b',
    _type: 'translation.metadata',
    schemaTypes: ['treatment'],
    translations: [reference('en', 'b'), reference('es', 'b__es')],
  },
]
  .map((document) => JSON.stringify(document))
  .join('\n')
  .concat('\n')

type Metadata = {_id: string; translations: {language: string; value: {_ref: string}}[]}
const metadataOf = (text: string, id: string) =>
  parseNdjson(text).find((document) => document._id === id) as unknown as Metadata

describe('withoutTranslation', () => {
  it('drops the translation, its draft and its metadata entry, and nothing else', () => {
    const result = withoutTranslation(small, 'a', 'es')
    const ids = parseNdjson(result).map(({_id}) => _id)
    expect(ids).toEqual([
      'a',
      'a__zh-Hans',
      'b',
      'b__es',
      'translation.metadata.a',
      'translation.metadata.b',
    ])
    const languages = metadataOf(result, 'translation.metadata.a').translations.map(
      ({language}) => language,
    )
    expect(languages).toEqual(['en', 'zh-Hans'])
    // Untouched lines stay byte for byte, and the file still ends with a newline.
    const before = small.split('\n')
    const after = result.split('\n')
    expect(after).toContain(before[4])
    expect(after).toContain(before[7])
    expect(result.endsWith('}\n')).toBe(true)
  })

  it('refuses what it cannot remove, so a test never runs on the full dataset by mistake', () => {
    expect(() => withoutTranslation(small, 'b', 'zh-Hans')).toThrow(/no translation in "zh-Hans"/)
    expect(() => withoutTranslation(small, 'missing', 'es')).toThrow(/No translation metadata/)
    expect(() => withoutTranslation(small, 'a', 'en')).toThrow(/source document/)
  })

  it('leaves one bundled treatment untranslated in one language', () => {
    const bundled = readFileSync(BUNDLED_DATASET, 'utf8')
    const result = withoutTranslation(bundled, 'treatment-neural-prolotherapy', 'es')
    const before = parseNdjson(bundled)
    const after = parseNdjson(result)
    expect(before.map(({_id}) => _id)).toContain('treatment-neural-prolotherapy__es')
    expect(after.map(({_id}) => _id)).toEqual(
      before.map(({_id}) => _id).filter((id) => id !== 'treatment-neural-prolotherapy__es'),
    )
    const translations = metadataOf(
      result,
      'translation.metadata.treatment-neural-prolotherapy',
    ).translations
    expect(translations.map(({value}) => value._ref)).toEqual([
      'treatment-neural-prolotherapy',
      'treatment-neural-prolotherapy__zh-Hans',
    ])
  })
})
