/** @jest-environment node */
import {evaluate, parse} from 'groq-js'

import {inLanguage, locations, mainDocuments} from '@/sanity/presentation/resolve'

describe('Presentation tool', () => {
  const resolveLocations = (type: string, value: Record<string, unknown> | null) => {
    const resolver = locations[type]
    if (!resolver || !('resolve' in resolver)) throw new Error(`no resolver for ${type}`)
    return resolver.resolve(value)
  }

  it('opens a treatment beside its page and the treatments index', () => {
    expect(
      resolveLocations('treatment', {title: 'Neural Prolotherapy', slug: 'neural-prolotherapy'}),
    ).toEqual({
      locations: [
        {title: 'Neural Prolotherapy', href: '/treatments/neural-prolotherapy'},
        {title: 'All treatments', href: '/treatments'},
      ],
    })
    expect(resolveLocations('treatment', {title: 'No slug yet', slug: null})).toBeNull()
  })

  it('opens an affiliation beside /affiliations and the home page', () => {
    expect(resolveLocations('affiliation', {name: 'NASS'})).toEqual({
      locations: [
        {title: 'Affiliations', href: '/affiliations'},
        {title: 'Home', href: '/'},
      ],
    })
  })

  it('knows which document a treatment page is about', async () => {
    const route = mainDocuments.find(({route}) => route === '/treatments/:slug')
    const tree = parse(`*[${route!.filter}]._id`, {params: {slug: 'neural-prolotherapy'}})
    const dataset = [
      {
        _id: 'treatment-neural-prolotherapy',
        _type: 'treatment',
        slug: {current: 'neural-prolotherapy'},
      },
      {_id: 'treatment-other', _type: 'treatment', slug: {current: 'other'}},
    ]
    const ids = await (await evaluate(tree, {dataset, params: {slug: 'neural-prolotherapy'}})).get()
    expect(ids).toEqual(['treatment-neural-prolotherapy'])
  })

  it('opens a translation beside its page under its language prefix', () => {
    expect(
      resolveLocations('treatment', {
        title: 'Proloterapia neural',
        slug: 'proloterapia-neural',
        language: 'es',
      }),
    ).toEqual({
      locations: [
        {title: 'Proloterapia neural', href: '/es/treatments/proloterapia-neural'},
        {title: 'All treatments', href: '/es/treatments'},
      ],
    })
    expect(resolveLocations('bodyArea', {title: '脊柱', language: 'zh-Hans'})).toEqual({
      locations: [{title: 'All treatments', href: '/zh/treatments'}],
    })
    expect(inLanguage('/', 'es')).toBe('/es')
    expect(inLanguage('/treatments', undefined)).toBe('/treatments')
  })

  it('opens language assistance beside its page in every language', () => {
    expect(resolveLocations('languageAssistance', {_id: 'languageAssistance'})).toMatchObject({
      locations: [
        {href: '/language-assistance'},
        {href: '/es/language-assistance'},
        {href: '/zh/language-assistance'},
      ],
    })
  })

  it('knows which translation a prefixed treatment page is about (slugs may repeat across languages)', async () => {
    const dataset = [
      {_id: 'spine', _type: 'treatment', language: 'en', slug: {current: 'spine'}},
      {_id: 'spine__es', _type: 'treatment', language: 'es', slug: {current: 'spine'}},
      {_id: 'old', _type: 'treatment', slug: {current: 'old'}},
    ]
    const about = async (route: string, slug: string) => {
      const {filter} = mainDocuments.find((entry) => entry.route === route)!
      const params = {slug}
      const tree = parse(`*[${filter}]._id`, {params})
      return (await evaluate(tree, {dataset, params})).get()
    }
    expect(await about('/treatments/:slug', 'spine')).toEqual(['spine'])
    expect(await about('/es/treatments/:slug', 'spine')).toEqual(['spine__es'])
    expect(await about('/zh/treatments/:slug', 'spine')).toEqual([])
    // Old data without a language is English.
    expect(await about('/treatments/:slug', 'old')).toEqual(['old'])
  })
})

describe('Presentation tool and pages built by staff', () => {
  const resolvePage = (value: Record<string, unknown> | null) => {
    const resolver = locations.page
    if (!resolver || !('resolve' in resolver)) throw new Error('no resolver for page')
    return resolver.resolve(value)
  }

  it('opens a page beside itself, a translation under its language prefix', () => {
    expect(resolvePage({title: 'About the clinic', slug: 'about'})).toEqual({
      locations: [{title: 'About the clinic', href: '/about'}],
    })
    expect(resolvePage({title: 'La clínica', slug: 'la-clinica', language: 'es'})).toEqual({
      locations: [{title: 'La clínica', href: '/es/la-clinica'}],
    })
    expect(resolvePage({title: 'No address yet', slug: null})).toBeNull()
  })

  it('knows which page an address is about, after the site’s own pages', async () => {
    const dataset = [
      {_id: 'about', _type: 'page', language: 'en', slug: {current: 'about'}},
      {_id: 'about__es', _type: 'page', language: 'es', slug: {current: 'about'}},
    ]
    const about = async (route: string, slug: string) => {
      const {filter} = mainDocuments.find((entry) => entry.route === route)!
      const tree = parse(`*[${filter}]._id`, {params: {slug}})
      return (await evaluate(tree, {dataset, params: {slug}})).get()
    }
    expect(await about('/:slug', 'about')).toEqual(['about'])
    expect(await about('/es/:slug', 'about')).toEqual(['about__es'])
    const routes = mainDocuments.map(({route}) => route)
    expect(routes.indexOf('/:slug')).toBeGreaterThan(routes.indexOf('/es'))
    expect(routes.indexOf('/:slug')).toBeGreaterThan(routes.indexOf('/language-assistance'))
  })
})
