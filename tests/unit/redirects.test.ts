/** @jest-environment node */
import {isSameOriginPath, redirectToPath} from '@/lib/redirects'

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

describe('redirectToPath', () => {
  it('redirects with a relative Location and no caching', () => {
    const response = redirectToPath('/treatments')
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/treatments')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})
