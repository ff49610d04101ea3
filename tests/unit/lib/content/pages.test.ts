/** @jest-environment node */
import {unstable_cache} from 'next/cache'

import {getMenus, getPage, getPages, getPageSlugs, getPagesIndex} from '@/lib/content'
import {toMenu} from '@/lib/content/menus'
import {toPageBlocks} from '@/lib/content/pages'
import {tagsForChange} from '@/lib/content/tags'

import {fixture, withEnv} from '@/tests/support/content'
import {
  i18n,
  translatedDatasetFile,
  translatedDocuments,
} from '@/tests/unit/support/translated-dataset'

// Next's data cache exists only inside a Next.js server; here it runs the query directly and
// records the tags it was given.
jest.mock('next/cache', () => ({unstable_cache: jest.fn((fn: () => unknown) => fn)}))

const LOCAL = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: undefined,
  CONTENT_DATASET_FILE: fixture('content.ndjson'),
}
const TRANSLATED = translatedDatasetFile()
const translated = <T>(body: () => Promise<T>) =>
  withEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: TRANSLATED}, body)

beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined))
afterAll(() => jest.mocked(console.warn).mockRestore())
beforeEach(() => jest.mocked(unstable_cache).mockClear())

describe('a page built by staff', () => {
  it('has its blocks in order, each checked: empty, unknown and broken ones are left out', async () => {
    const page = await withEnv(LOCAL, () => getPage('about-us', 'en'))
    if (page?.kind !== 'page') throw new Error('no page')
    expect(page).toMatchObject({
      title: 'About Us',
      slug: 'about-us',
      summary: 'Who we are and how we care for your spine.',
      language: 'en',
      fallback: false,
      seo: {title: null, description: 'The fixture clinic in a few words.'},
    })
    expect(page.blocks.map(({kind, key}) => `${kind}:${key}`)).toEqual([
      'richText:r1',
      'callout:c1',
      'callout:c2',
      'faqList:q1',
      'callToAction:a1',
      'treatmentList:t1',
      'physicianList:p1',
    ])
    const [, warning, info, faqs, , treatments, physicians] = page.blocks
    expect(warning).toMatchObject({tone: 'warning', text: 'Bring your insurance card.'})
    // A call-out without a tone is "good to know".
    expect(info).toMatchObject({tone: 'info', text: 'Parking is free.'})
    // A question without an answer is left out.
    expect(faqs).toMatchObject({
      heading: 'Your first visit',
      faqs: [{question: 'How long is a visit?'}],
    })
    // In the staff's order; a missing treatment and a nameless physician are left out.
    expect(treatments).toMatchObject({
      heading: 'What we treat',
      treatments: [
        {title: 'Child A', slug: 'child-a'},
        {title: 'Parent Treatment', slug: 'parent'},
      ],
    })
    expect(physicians).toMatchObject({heading: null, physicians: [{name: 'Dr. Pat Lee'}]})
    expect(page.addresses).toEqual([
      {language: 'en', slug: 'about-us', translated: true},
      {language: 'es', slug: 'about-us', translated: false},
      {language: 'zh-Hans', slug: 'about-us', translated: false},
    ])
  })

  it('is tagged with everything it shows, and its own slug', async () => {
    await withEnv(LOCAL, () => getPage('about-us', 'en'))
    const tags = jest.mocked(unstable_cache).mock.calls.map(([, , options]) => options?.tags)
    expect(tags).toContainEqual(['page:about-us', 'page', 'translation.metadata'])
    expect(tags).toContainEqual([
      'page:about-us',
      'page',
      'treatment',
      'physician',
      'location',
      'translation.metadata',
    ])
    expect(tagsForChange('page', ['about-us', 'about'])).toEqual([
      'page',
      'page:about-us',
      'page:about',
    ])
  })

  it('is not found when unpublished, untitled, unknown, implausible or at an address the site uses', async () => {
    for (const slug of ['draft-page', 'untitled', 'nope', '../etc', 'treatments', 'TREATMENTS']) {
      expect(await withEnv(LOCAL, () => getPage(slug, 'en'))).toBeNull()
    }
  })

  it('in another language: its translation, the English text as a fallback, or where it moved', async () => {
    const spanish = await translated(() => getPage('nuevos-pacientes', 'es'))
    expect(spanish).toMatchObject({kind: 'page', title: 'Pacientes nuevos', fallback: false})
    if (spanish?.kind !== 'page') throw new Error('no page')
    // Listed treatments in Spanish, or in English (marked) when not translated.
    expect(spanish.blocks[1]).toMatchObject({
      kind: 'treatmentList',
      treatments: [
        {title: 'Inyecciones en la columna', slug: 'inyecciones-columna', language: 'es'},
        {title: 'Proliferation Injection', slug: 'proliferation-injection', language: 'en'},
      ],
    })
    expect(spanish.addresses).toEqual([
      {language: 'en', slug: 'new-patients', translated: true},
      {language: 'es', slug: 'nuevos-pacientes', translated: true},
      {language: 'zh-Hans', slug: 'new-patients', translated: false},
    ])
    // The English address under /es leads to the translation's.
    expect(await translated(() => getPage('new-patients', 'es'))).toEqual({
      kind: 'moved',
      slug: 'nuevos-pacientes',
    })
    // No Chinese translation: the English text, marked as the fallback.
    expect(await translated(() => getPage('new-patients', 'zh-Hans'))).toMatchObject({
      kind: 'page',
      title: 'New patients',
      language: 'en',
      fallback: true,
    })
    // A translation's address is its language's only.
    expect(await translated(() => getPage('nuevos-pacientes', 'en'))).toBeNull()
  })
})

describe('every page', () => {
  it('in every language, without pages at an address the site uses', async () => {
    const pages = await withEnv(LOCAL, () => getPages())
    expect(pages.map(({addresses}) => addresses.map(({slug}) => slug))).toEqual([
      ['about-us', 'about-us', 'about-us'],
    ])
    expect(await withEnv(LOCAL, () => getPageSlugs('es'))).toEqual(['about-us'])
    expect(await translated(() => getPageSlugs('es'))).toEqual(['nuevos-pacientes'])
    expect(await translated(() => getPageSlugs('zh-Hans'))).toEqual(['new-patients'])
  })

  it('for search: title and summary in the language (English where not translated)', async () => {
    expect(await translated(() => getPagesIndex('es'))).toEqual([
      expect.objectContaining({
        title: 'Pacientes nuevos',
        slug: 'nuevos-pacientes',
        summary: 'Qué traer a su primera visita.',
        language: 'es',
      }),
    ])
    expect(await translated(() => getPagesIndex('zh-Hans'))).toEqual([
      expect.objectContaining({title: 'New patients', slug: 'new-patients', language: 'en'}),
    ])
    // The page at a reserved address and the untitled one are not found.
    expect((await withEnv(LOCAL, () => getPagesIndex('en'))).map(({slug}) => slug)).toEqual([
      'about-us',
    ])
  })
})

describe('menus', () => {
  it('keep the items that lead somewhere: sections, published documents, https sites', async () => {
    const menus = await withEnv(LOCAL, () => getMenus('en'))
    expect(menus.header.map(({label, href}) => [label?.text, href])).toEqual([
      ['Treatments', '/treatments'],
      ['Physicians', '/physicians'],
      ['Locations', '/locations'],
      ['About us', '/about-us'],
      ['Patient portal', 'https://portal.example.com/'],
    ])
    expect(menus.header.map(({section, external}) => [section, external])).toEqual([
      ['treatments', false],
      ['physicians', false],
      ['locations', false],
      [undefined, false],
      [undefined, true],
    ])
    // An item without text shows the title of what it links to; a nameless physician is no page.
    expect(menus.footer.map(({label, href}) => [label?.text, href])).toEqual([
      ['All treatments', '/treatments'],
      ['Physicians', '/physicians'],
      ['Locations', '/locations'],
      ['Affiliations', '/affiliations'],
      ['Orphan', '/treatments/orphan'],
    ])
    const tags = jest.mocked(unstable_cache).mock.calls.map(([, , options]) => options?.tags)
    expect(tags).toContainEqual(['siteSettings', 'siteSettings:menus'])
  })

  it('link each language to its translation, with the text in that language or English', async () => {
    const documents = translatedDocuments().map((document) =>
      document._id === 'siteSettings'
        ? {
            ...document,
            headerMenu: [
              {
                _type: 'menuItem',
                _key: 'visit',
                label: i18n({en: 'New patients', es: 'Pacientes nuevos'}),
                target: {_type: 'reference', _ref: 'p-visit'},
              },
              {
                _type: 'menuItem',
                _key: 'injections',
                label: i18n({en: 'Injections'}),
                target: {_type: 'reference', _ref: 't-parent'},
              },
              {
                _type: 'menuItem',
                _key: 'where',
                label: i18n({en: 'Where we are', 'zh-Hans': '诊所地址'}),
                section: 'locations',
              },
            ],
          }
        : document,
    )
    const file = translatedDatasetFile(documents)
    const menu = (language: 'en' | 'es' | 'zh-Hans') =>
      withEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: file}, () =>
        getMenus(language),
      ).then(({header}) => header.map(({label, href}) => [label?.text, label?.language, href]))
    expect(await menu('es')).toEqual([
      ['Pacientes nuevos', 'es', '/es/nuevos-pacientes'],
      ['Injections', 'en', '/es/treatments/inyecciones-columna'],
      ['Where we are', 'en', '/es/locations'],
    ])
    expect(await menu('zh-Hans')).toEqual([
      ['New patients', 'en', '/zh/new-patients'],
      ['Injections', 'en', '/zh/treatments/jizhu-zhushe'],
      ['诊所地址', 'zh-Hans', '/zh/locations'],
    ])
  })

  it('refuse what the Studio refuses, whatever an import brings', () => {
    const label = i18n({en: 'x'})
    expect(
      toMenu(
        [
          null,
          'a string',
          {_key: 'a', label, url: 'http://example.com/'},
          {_key: 'b', label, url: ' javascript:alert(1)'},
          {_key: 'c', label, url: '/treatments'},
          {_key: 'd', label, url: 'https://example.com/ok'},
          {_key: 'e', url: 'https://example.com/no-text'},
          {_key: 'f', label, section: 'nowhere'},
          {_key: 'g', label, target: {_type: 'page', shown: {title: 'x', slug: '../etc'}}},
          {_key: 'h', label, target: {_type: 'redirect', slug: 'x', title: 'x'}},
          {_key: 'i', label, target: {_type: 'page', shown: {title: 'x', slug: 'treatments'}}},
          {_key: 'd', label, section: 'search'},
        ],
        'en',
      ).map(({key, href}) => [key, href]),
    ).toEqual([
      ['d', 'https://example.com/ok'],
      ['d-11', '/search'],
    ])
  })
})

describe('page blocks', () => {
  it('accept only the known types with what they need', () => {
    const none = {treatments: () => [], physicians: () => []}
    expect(
      toPageBlocks(
        [
          {_type: 'richText', _key: 'a', text: 'not blocks'},
          {_type: 'callout', _key: 'b', text: 42},
          {_type: 'faqList', _key: 'c', items: [{question: 'Q?', answer: 7}]},
          {_type: 'callToAction', _key: 'd', text: '   '},
          {_type: 'treatmentList', _key: 'e', treatments: 'x'},
          {_type: 'callout', _key: 'f', tone: '<script>', text: 'Kept, as good to know.'},
          {_type: 'richText', text: [{_type: 'block', children: []}]},
        ],
        none,
      ),
    ).toEqual([
      {kind: 'callout', key: 'f', tone: 'info', text: 'Kept, as good to know.'},
      {kind: 'richText', key: 'block-6', body: [{_type: 'block', children: []}]},
    ])
    expect(toPageBlocks('not a list', none)).toEqual([])
  })
})
