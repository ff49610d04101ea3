/** @jest-environment node */
import {toClinic} from '@/lib/content/clinic'

type Settings = Parameters<typeof toClinic>[0]

describe('toClinic (the site settings as pages need them)', () => {
  it('keeps the address as printed lines, a map link and trimmed parts for structured data', () => {
    const clinic = toClinic({
      address: {street: ' 1 Example St ', city: 'Alhambra', region: 'CA', postalCode: '91801'},
      seo: {description: '  Spine care in plain words. '},
    } as unknown as Settings)
    expect(clinic.address).toEqual({
      lines: ['1 Example St', 'Alhambra, CA 91801'],
      mapHref: expect.stringMatching(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/),
      parts: {street: '1 Example St', city: 'Alhambra', region: 'CA', postalCode: '91801'},
    })
    expect(clinic.description).toBe('Spine care in plain words.')
  })

  it('has no address and no description when the settings have none', () => {
    const clinic = toClinic({address: {street: '  '}, seo: null} as unknown as Settings)
    expect(clinic.address).toBeUndefined()
    expect(clinic.description).toBeUndefined()
  })
})
