import {headingIds} from '@/lib/anchors'
import {isExternal, safeHref, telHref, WEB_SCHEMES} from '@/lib/links'
import {absoluteUrl, resolveHref} from '@/lib/routes'

describe('safeHref', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org', 'https://example.org/'],
    ['mailto:info@example.com', 'mailto:info@example.com'],
    ['tel:+15550100142', 'tel:+15550100142'],
    ['/treatments/spine-injections', '/treatments/spine-injections'],
  ])('keeps %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    '/\\evil.example',
    'relative/path',
    '',
    '   ',
    undefined,
    null,
    42,
  ])('drops %j', (input) => {
    expect(safeHref(input)).toBeUndefined()
  })

  it('can be limited to web links', () => {
    expect(safeHref('mailto:a@example.com', {allow: WEB_SCHEMES})).toBeUndefined()
    expect(safeHref('https://example.com', {allow: WEB_SCHEMES})).toBe('https://example.com/')
  })
})

describe('link helpers', () => {
  it('marks only web links as external', () => {
    expect(isExternal('https://a.example')).toBe(true)
    expect(isExternal('/treatments')).toBe(false)
    expect(isExternal('tel:+1555')).toBe(false)
  })

  it.each([
    ['(555) 010-0142', 'tel:+15550100142'],
    ['+44 20 7946 0000', 'tel:+442079460000'],
    ['555-0100', 'tel:5550100'],
  ])('makes a tel: link from %j', (phone, expected) => {
    expect(telHref(phone)).toBe(expected)
  })

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

describe('headingIds', () => {
  it('makes stable, unique fragment ids from headings', () => {
    expect(headingIds(['What it is', 'How it works', 'What it is', 'Café & Co.', '???'])).toEqual([
      'what-it-is',
      'how-it-works',
      'what-it-is-2',
      'cafe-co',
      'section',
    ])
  })
})
