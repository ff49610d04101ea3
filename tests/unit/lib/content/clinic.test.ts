/** @jest-environment node */
import {toClinic} from '@/lib/content/clinic'

type Settings = Parameters<typeof toClinic>[0]

const mainLocation = {
  _id: 'location-main',
  name: 'Alhambra office',
  slug: 'alhambra',
  address: {street: ' 1 Example St ', city: 'Alhambra', region: 'CA', postalCode: '91801'},
  phone: '(555) 010-0101',
  hours: [{_key: 'w', days: ['monday', 'tuesday'], opens: '08:00', closes: '17:00'}],
  hoursExceptions: [],
}

describe('toClinic (the site settings as pages need them)', () => {
  it('takes the address from the main location: printed lines, a map link, trimmed parts', () => {
    const clinic = toClinic({
      mainLocation,
      seo: {description: '  Spine care in plain words. '},
    } as unknown as Settings)
    expect(clinic.address).toEqual({
      lines: ['1 Example St', 'Alhambra, CA 91801'],
      mapHref: expect.stringMatching(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/),
      parts: {street: '1 Example St', city: 'Alhambra', region: 'CA', postalCode: '91801'},
    })
    expect(clinic.mainLocation).toMatchObject({slug: 'alhambra', name: 'Alhambra office'})
    expect(clinic.mainLocation?.hours.weekly.map(({day}) => day)).toEqual(['monday', 'tuesday'])
    expect(clinic.description).toBe('Spine care in plain words.')
  })

  it("uses the settings' phone number, and the main location's when settings have none", () => {
    const withOwn = toClinic({phone: '(555) 010-0142', mainLocation} as unknown as Settings)
    expect(withOwn.phone?.label).toBe('(555) 010-0142')
    expect(toClinic({mainLocation} as unknown as Settings).phone).toEqual({
      label: '(555) 010-0101',
      href: 'tel:+15550100101',
    })
  })

  it('has no address, location or description when the settings have none', () => {
    const clinic = toClinic({mainLocation: null, seo: null} as unknown as Settings)
    expect(clinic.address).toBeUndefined()
    expect(clinic.mainLocation).toBeUndefined()
    expect(clinic.description).toBeUndefined()
  })

  it('leaves out a main location without a usable web address, with its address', () => {
    const broken = {...mainLocation, slug: '../../etc'}
    const clinic = toClinic({mainLocation: broken} as unknown as Settings)
    expect(clinic.mainLocation).toBeUndefined()
    expect(clinic.address).toBeUndefined()
  })
})
