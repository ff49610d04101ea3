/** @jest-environment node */
import {foldText, queryTerms, searchTreatments, type Searchable} from '@/lib/content/search'
import type {LanguageId} from '@/lib/shared/languages'

const treatment = (_id: string, title: string, extra: Partial<Searchable> = {}): Searchable => ({
  _id,
  title,
  slug: _id,
  summary: null,
  ...extra,
})

// The bundled treatments' words, as their translations name them.
const SPANISH: Searchable[] = [
  treatment('spine', 'Inyecciones en la columna', {
    aliases: ['Inyección epidural', 'Bloqueo facetario'],
    conditions: ['Dolor de espalda', 'Ciática'],
    summary: 'Un médico inyecta medicamento cerca de la columna.',
    children: [
      treatment('prolo', 'Proloterapia', {
        aliases: ['Escleroterapia', 'Inyección de proliferación'],
        conditions: ['Ligamentos lesionados'],
        summary: 'Una solución de azúcar ayuda a sanar los ligamentos.',
      }),
      treatment('neural', 'Proloterapia neural', {
        aliases: ['Inyección subcutánea perineural'],
        conditions: ['Dolor de los nervios'],
        summary: 'Pequeñas inyecciones bajo la piel.',
      }),
    ],
  }),
]

const CHINESE: Searchable[] = [
  treatment('spine', '脊柱注射', {
    aliases: ['硬膜外注射', '小关节阻滞'],
    conditions: ['腰背痛', '坐骨神经痛'],
    summary: '医生把药物注射到脊柱附近，减轻疼痛。',
    children: [
      treatment('prolo', '增生疗法', {
        aliases: ['硬化疗法', '增生注射'],
        conditions: ['韧带损伤'],
        summary: '注射糖溶液，帮助韧带修复。',
      }),
      treatment('neural', '神经增生疗法', {
        aliases: ['皮下神经周围注射', 'Neural Prolotherapy'],
        conditions: ['神经痛'],
        summary: '在皮肤下做小注射，缓解神经痛。',
      }),
    ],
  }),
]

const search = (index: Searchable[], language: LanguageId) => (query: string) =>
  searchTreatments(index, query, language).map((hit) => hit.slug)

describe('Spanish', () => {
  const find = search(SPANISH, 'es')

  it('finds words without their accents, in any case', () => {
    expect(find('inyeccion')).toEqual(['spine', 'prolo', 'neural'])
    expect(find('INYECCIÓN epidural')).toEqual(['spine'])
    expect(find('proloterapia')).toEqual(['prolo', 'neural'])
    expect(find('escleroterapia')).toEqual(['prolo'])
    expect(find('ciatica')).toEqual(['spine'])
    expect(find('subcutanea')).toEqual(['neural'])
    expect(find('pequenas')).toEqual(['neural'])
    expect(find('medico')).toEqual(['spine'])
  })

  it('matches the start of words and needs every word', () => {
    expect(find('escler')).toEqual(['prolo'])
    expect(find('proloterapia neural')).toEqual(['neural'])
    expect(find('proloterapia columna')).toEqual([])
    expect(find('terapia')).toEqual([])
  })

  it('reads full-width letters as ordinary ones', () => {
    expect(find('ｉｎｙｅｃｃｉｏｎ　ｅｐｉｄｕｒａｌ')).toEqual(['spine'])
  })
})

describe('Chinese (Simplified)', () => {
  const find = search(CHINESE, 'zh-Hans')

  // Equal matches come in the language's order: for Chinese, by pinyin (神 shén before 增 zēng).
  it('finds a word inside a longer one, without spaces between words', () => {
    expect(find('增生')).toEqual(['neural', 'prolo'])
    expect(find('增生疗法')).toEqual(['neural', 'prolo'])
    expect(find('神经增生疗法')).toEqual(['neural'])
    expect(find('脊柱注射')).toEqual(['spine'])
    expect(find('硬化疗法')).toEqual(['prolo'])
    expect(find('坐骨神经痛')).toEqual(['spine'])
  })

  it('ranks the title above other names, conditions and the summary', () => {
    expect(find('注射')).toEqual(['spine', 'neural', 'prolo'])
    expect(find('脊柱')).toEqual(['spine'])
    expect(find('神经')).toEqual(['neural', 'spine'])
  })

  it('finds the words of a query in another order or with other words between', () => {
    expect(find('神经疗法')).toEqual(['neural'])
    expect(find('注射 脊柱')).toEqual(['spine'])
    expect(find('疗法增生')).toEqual(['neural', 'prolo'])
  })

  it('keeps characters that make no word together, as typed', () => {
    expect(find('柱注')).toEqual(['spine'])
    expect(find('脊射')).toEqual([])
    expect(find('增生 手术')).toEqual([])
  })

  it('reads full-width and ideographic spaces and punctuation as separators', () => {
    expect(find('增生　疗法')).toEqual(['neural', 'prolo'])
    expect(find('增生，疗法。')).toEqual(['neural', 'prolo'])
  })

  it('still finds Latin other names on a Chinese page, and mixed queries', () => {
    expect(find('neural')).toEqual(['neural'])
    expect(find('ＮＥＵＲＡＬ 神经')).toEqual(['neural'])
  })
})

describe('English', () => {
  it('is unchanged: accents and full-width letters fold', () => {
    expect(foldText('Sclérothérapie ＰＲＰ', 'en')).toBe('sclerotherapie prp')
  })

  it('keeps the marks of scripts where they are parts of letters', () => {
    // Japanese voiced marks and Hindi vowel signs would otherwise turn words into other words.
    expect(foldText('ガ', 'en')).toBe('ガ')
    expect(foldText('काम', 'en')).not.toBe(foldText('कम', 'en'))
  })
})

describe('queryTerms', () => {
  it('splits Chinese into dictionary words and other scripts into word starts', () => {
    expect(queryTerms('PRP 神经增生疗法', 'zh-Hans')).toEqual([
      {text: 'prp', kind: 'prefix'},
      {text: '神经', kind: 'substring'},
      {text: '增生', kind: 'substring'},
      {text: '疗法', kind: 'substring'},
    ])
  })

  it('asks for at most eight things, whatever the query', () => {
    expect(queryTerms('一二三四五六七八九十'.repeat(10), 'zh-Hans').length).toBeLessThanOrEqual(8)
    expect(queryTerms('a b c d e f g h i j', 'es')).toHaveLength(8)
  })
})
