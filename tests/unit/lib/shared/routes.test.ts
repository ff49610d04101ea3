/** @jest-environment node */
import {absoluteUrl, isSameOriginPath, resolveHref} from '@/lib/shared/routes'

describe('isSameOriginPath', () => {
  it.each(['/', '/treatments/spine-injections', '/treatments?x=1#faqs', '/a/b/../c'])(
    'accepts %j',
    (path) => expect(isSameOriginPath(path)).toBe(true),
  )

  it.each([
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'treatments',
    '/\t/evil.example',
    '/\r\nSet-Cookie: x=1',
    `/${'a'.repeat(3000)}`,
    '',
    null,
    undefined,
  ])('refuses %j', (path) => expect(isSameOriginPath(path)).toBe(false))
})

describe('resolveHref and absoluteUrl', () => {
  it('resolves every internal link in one place', () => {
    expect(resolveHref({type: 'home'})).toBe('/')
    expect(resolveHref({type: 'treatments'})).toBe('/treatments')
    expect(resolveHref({type: 'treatment', slug: 'spine-injections'})).toBe(
      '/treatments/spine-injections',
    )
    expect(resolveHref({type: 'treatment', slug: 'a b/c'})).toBe('/treatments/a%20b%2Fc')
    expect(resolveHref({type: 'affiliations'})).toBe('/affiliations')
    expect(absoluteUrl('https://clinic.example', '/treatments')).toBe(
      'https://clinic.example/treatments',
    )
  })
})

describe('resolveHref in a language', () => {
  it('keeps English addresses unprefixed and puts the others under their prefix', () => {
    expect(resolveHref({type: 'home'}, 'en')).toBe('/')
    expect(resolveHref({type: 'home'}, 'es')).toBe('/es')
    expect(resolveHref({type: 'home'}, 'zh-Hans')).toBe('/zh')
    expect(resolveHref({type: 'treatments'}, 'es')).toBe('/es/treatments')
    expect(resolveHref({type: 'treatment', slug: 'prp'}, 'zh-Hans')).toBe('/zh/treatments/prp')
    expect(resolveHref({type: 'treatment', slug: 'a b'}, 'es')).toBe('/es/treatments/a%20b')
    expect(resolveHref({type: 'search', query: 'inyección'}, 'es')).toBe(
      '/es/search?q=inyecci%C3%B3n',
    )
    expect(resolveHref({type: 'languageAssistance'}, 'zh-Hans')).toBe('/zh/language-assistance')
    expect(resolveHref({type: 'affiliations'})).toBe('/affiliations')
  })
})
