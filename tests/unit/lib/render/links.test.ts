import {isExternal, safeHref, telHref, WEB_SCHEMES} from '@/lib/render/links'

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
})
