/** @jest-environment node */
import {
  cleanQuery,
  MAX_QUERY_LENGTH,
  searchPages,
  searchPhysicians,
  searchTreatments,
  searchWords,
  type Searchable,
} from '@/lib/content/search'

const treatment = (title: string, extra: Partial<Searchable> = {}): Searchable => ({
  _id: title,
  title,
  slug: title.toLowerCase().replace(/\s+/g, '-'),
  summary: null,
  ...extra,
})

const INDEX: Searchable[] = [
  treatment('Spine Injections', {
    aliases: ['Spinal injections'],
    summary: 'Medicine is injected near the spine.',
    children: [
      treatment('Proliferation Injection', {
        aliases: ['Sclerotherapy'],
        conditions: ['Injured ligaments'],
        summary: 'A sugar solution helps ligaments heal.',
      }),
    ],
  }),
  treatment('Physical Therapy', {conditions: ['Neck pain'], summary: 'Exercises for the spine.'}),
]
const titles = (query: string) => searchTreatments(INDEX, query).map((hit) => hit.title)

describe('searchTreatments', () => {
  it('finds a child treatment by another name, and says whose kind it is', () => {
    const [hit] = searchTreatments(INDEX, 'sclerotherapy')
    expect(hit).toMatchObject({title: 'Proliferation Injection', parentTitle: 'Spine Injections'})
  })

  it('matches word starts, any case and accents, every word required', () => {
    expect(titles('INJECT')).toEqual(['Proliferation Injection', 'Spine Injections'])
    expect(titles('neck')).toEqual(['Physical Therapy'])
    expect(titles('sclérotherapy')).toEqual(['Proliferation Injection'])
    expect(titles('ligaments sugar')).toEqual(['Proliferation Injection'])
    expect(titles('ligaments neck')).toEqual([])
  })

  it('ranks title matches above summary matches', () => {
    expect(titles('spine')).toEqual(['Spine Injections', 'Physical Therapy'])
  })

  it('finds nothing for empty, punctuation-only or hostile queries, without throwing', () => {
    for (const query of ['', '   ', '***', '(.*)+', '<script>', '"] | *[_type == "x"]']) {
      expect(() => searchTreatments(INDEX, query)).not.toThrow()
    }
    expect(titles('***')).toEqual([])
    expect(titles('<script>')).toEqual([])
  })
})

describe('cleanQuery and searchWords', () => {
  it('takes the first value, trims it and cuts it to a sane length', () => {
    expect(cleanQuery(['  back  ', 'neck'])).toBe('back')
    expect(cleanQuery(undefined)).toBe('')
    expect(cleanQuery({toString: () => 'x'})).toBe('')
    expect(cleanQuery('x'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH)
  })

  it('keeps Chinese characters and cuts by characters, not UTF-16 units', () => {
    expect(cleanQuery('\u3000增生疗法\u3000')).toBe('增生疗法')
    // U+20BB7 (𠮷) is two UTF-16 units: a cut must not leave half of it.
    const cut = cleanQuery('𠮷'.repeat(MAX_QUERY_LENGTH + 1))
    expect(Array.from(cut)).toHaveLength(MAX_QUERY_LENGTH)
    expect(cut.isWellFormed()).toBe(true)
  })

  it('splits on anything but letters and digits', () => {
    expect(searchWords('Back-pain, L4/L5 Über')).toEqual(['back', 'pain', 'l4', 'l5', 'uber'])
    expect(searchWords('\u200b\u202e')).toEqual([])
  })
})

describe('searchPhysicians', () => {
  const PHYSICIANS = [
    {name: 'Dr. Example Person', labels: ['Cirugía ortopédica de la columna', 'español']},
    {name: 'Dr. Sample Doctor', labels: ['疼痛医学', '普通话', '粤语']},
    {name: 'Dr. Placeholder Name', labels: ['Pain medicine', 'English']},
  ]
  const names = (query: string, language: 'en' | 'es' | 'zh-Hans' = 'en') =>
    searchPhysicians(PHYSICIANS, query, language, ({labels}) => labels).map(({name}) => name)

  it('finds physicians by name, best match first', () => {
    expect(names('sample')).toEqual(['Dr. Sample Doctor'])
    expect(names('dr')).toEqual(['Dr. Example Person', 'Dr. Placeholder Name', 'Dr. Sample Doctor'])
  })

  it('finds them by specialty and language, without accents and without spaces', () => {
    expect(names('cirugia columna', 'es')).toEqual(['Dr. Example Person'])
    expect(names('espanol', 'es')).toEqual(['Dr. Example Person'])
    expect(names('粤语', 'zh-Hans')).toEqual(['Dr. Sample Doctor'])
    expect(names('疼痛', 'zh-Hans')).toEqual(['Dr. Sample Doctor'])
    expect(names('pain')).toEqual(['Dr. Placeholder Name'])
  })

  it('needs every word of the query', () => {
    expect(names('pain sample')).toEqual([])
  })
})

describe('searchPages', () => {
  const PAGES = [
    {_id: 'a', title: 'About the clinic', slug: 'about', summary: 'Who we are.'},
    {_id: 'n', title: 'New patients', slug: 'new-patients', summary: 'Bring your insurance card.'},
    {_id: 'x', title: null, slug: 'untitled', summary: 'Insurance, untitled.'},
    {_id: 'e', title: 'Pacientes nuevos', slug: 'nuevos', summary: 'Qué traer a la clínica.'},
  ]
  const found = (query: string, language: 'en' | 'es' = 'en') =>
    searchPages(PAGES, query, language).map(({_id}) => _id)

  it('finds a page by its title first, then its summary; never one without a title', () => {
    expect(found('insurance')).toEqual(['n'])
    expect(found('clinic')).toEqual(['a', 'e'])
    expect(found('new pat')).toEqual(['n'])
    expect(found('CLÍNICA', 'es')).toEqual(['e'])
    expect(found('nothing here')).toEqual([])
  })
})
