/** @jest-environment node */
import {readdirSync} from 'node:fs'
import path from 'node:path'

import {
  absoluteUrl,
  isReservedSegment,
  isSameOriginPath,
  RESERVED_SEGMENTS,
  resolveHref,
} from '@/lib/shared/routes'

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

describe('pages built by staff', () => {
  it('live at the top level, under the language prefix in other languages', () => {
    expect(resolveHref({type: 'page', slug: 'about'})).toBe('/about')
    expect(resolveHref({type: 'page', slug: 'sobre-nosotros'}, 'es')).toBe('/es/sobre-nosotros')
    expect(resolveHref({type: 'page', slug: 'a b'}, 'zh-Hans')).toBe('/zh/a%20b')
  })

  it('may not take an address the site already uses, whatever its case', () => {
    for (const slug of ['treatments', 'Search', 'es', 'zh', 'studio', 'api', 'sitemap.xml']) {
      expect(isReservedSegment(slug)).toBe(true)
    }
    for (const slug of ['about', 'new-patients', 'treatment', 'spanish']) {
      expect(isReservedSegment(slug)).toBe(false)
    }
  })

  it('reserves every first segment that app/ answers (its folders and files)', () => {
    const app = path.join(__dirname, '..', '..', '..', '..', 'app')
    // A route group's or a language's folders are first segments; a file is one too once named
    // as Next.js serves it (sitemap.ts → sitemap.xml).
    const served: Record<string, string> = {
      'sitemap.ts': 'sitemap.xml',
      'robots.ts': 'robots.txt',
      'manifest.ts': 'manifest.webmanifest',
      'icon.svg': 'icon.svg',
      'opengraph-image.tsx': 'opengraph-image',
    }
    const segments = (folder: string): string[] =>
      readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
        if (entry.isDirectory()) {
          // Route groups add no segment; dynamic segments and private folders are not addresses.
          if (/^\(.+\)$/.test(entry.name)) return segments(path.join(folder, entry.name))
          return /^[[_]/.test(entry.name) ? [] : [entry.name]
        }
        return served[entry.name] ? [served[entry.name]!] : []
      })
    const used = [...segments(app), ...segments(path.join(app, '[lang]'))]
    expect(used).toEqual(expect.arrayContaining(['treatments', 'studio', 'api', 'sitemap.xml']))
    expect(used.filter((segment) => !RESERVED_SEGMENTS.includes(segment))).toEqual([])
    // And the framework's own files.
    expect(RESERVED_SEGMENTS).toContain('_next')
  })
})
