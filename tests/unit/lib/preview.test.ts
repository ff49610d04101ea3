/** @jest-environment node */
import {redirectToPath} from '@/lib/preview'

describe('redirectToPath', () => {
  it('redirects with a relative Location and no caching', () => {
    const response = redirectToPath('/treatments')
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/treatments')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})
