/** @jest-environment node */
import {toLocationCard, toLocationDetails} from '@/lib/content/locations'

const i18n = (values: Record<string, string>) =>
  Object.entries(values).map(([language, value]) => ({_key: language, language, value}))

const row = {
  _id: 'loc',
  name: ' Alhambra office ',
  slug: 'alhambra',
  address: {street: '1 Example St', city: 'Alhambra', region: 'CA', postalCode: '91801'},
  phone: '(555) 010-0101',
  fax: '(555) 010-0102',
  hours: [
    {_key: 'a', days: ['monday', 'tuesday'], opens: '08:00', closes: '17:00'},
    // A lunch break: two rows for one day.
    {_key: 'b', days: ['wednesday'], opens: '09:00', closes: '12:00'},
    {_key: 'c', days: ['wednesday'], opens: '13:00', closes: '17:00'},
  ],
  hoursExceptions: [
    {
      _key: 'x',
      date: '2026-11-26',
      closed: true,
      label: i18n({en: 'Thanksgiving', es: 'Acción de Gracias'}),
    },
  ],
}

// Skipped documents are logged for the operator; the tests assert what is shown instead.
beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined))
afterAll(() => jest.mocked(console.warn).mockRestore())

describe('toLocationCard', () => {
  it('reads a location: one weekly row per ticked day, holiday names in the language', () => {
    const card = toLocationCard(row, 'es')
    expect(card).toMatchObject({
      name: 'Alhambra office',
      slug: 'alhambra',
      phone: {label: '(555) 010-0101', href: 'tel:+15550100101'},
      fax: {label: '(555) 010-0102'},
      address: {lines: ['1 Example St', 'Alhambra, CA 91801']},
      labelLanguages: {},
    })
    expect(card?.hours.weekly.map(({day, opens, closes}) => `${day} ${opens}-${closes}`)).toEqual([
      'monday 08:00-17:00',
      'tuesday 08:00-17:00',
      'wednesday 09:00-12:00',
      'wednesday 13:00-17:00',
    ])
    expect(card?.hours.exceptions).toEqual([
      {_key: 'x', date: '2026-11-26', closed: true, label: 'Acción de Gracias'},
    ])
  })

  it('keeps its own appointment page only over https', () => {
    const href = (appointmentUrl: unknown) =>
      toLocationCard({...row, appointmentUrl}, 'en')?.appointmentHref
    expect(href('https://example.com/book')).toBe('https://example.com/book')
    expect(href('http://example.com/book')).toBeNull()
    expect(href('javascript:alert(1)')).toBeNull()
    expect(href(undefined)).toBeNull()
  })

  it('is null without a name or a usable web address', () => {
    expect(toLocationCard({...row, name: '  '}, 'en')).toBeNull()
    expect(toLocationCard({...row, slug: '../admin'}, 'en')).toBeNull()
    expect(toLocationCard(null, 'en')).toBeNull()
  })

  it('drops what was saved around the Studio: bad phones, hours and dates', () => {
    const card = toLocationCard(
      {
        ...row,
        phone: 'javascript:alert(1)',
        fax: 42,
        address: '1 Example St',
        hours: [
          {_key: 'a', days: ['monday', 'funday'], opens: '17:00', closes: '08:00'},
          {_key: 'b', days: 'tuesday', opens: '08:00', closes: '17:00'},
          {_key: 'c', days: ['friday'], opens: '25:00', closes: '26:00'},
          {_key: 'd', days: ['thursday'], opens: '08:00', closes: '12:00'},
          'nonsense',
        ],
        hoursExceptions: [
          {_key: 'x', date: '2026-02-30', closed: true},
          {_key: 'y', date: '2026-12-25', closed: true, label: '<script>alert(1)</script>'},
          {_key: 'z', date: '2026-12-25', closed: false, opens: '08:00', closes: '12:00'},
        ],
      },
      'en',
    )
    expect(card).toMatchObject({phone: null, fax: null, address: null})
    expect(card?.hours.weekly).toEqual([
      {_key: 'd-0', day: 'thursday', opens: '08:00', closes: '12:00'},
    ])
    // One entry per date (the first wins); the label stays text, rendered escaped by React.
    expect(card?.hours.exceptions).toEqual([
      {_key: 'y', date: '2026-12-25', closed: true, label: '<script>alert(1)</script>'},
    ])
  })

  it('says which holiday names are English on a page in another language', () => {
    const card = toLocationCard(
      {
        ...row,
        hoursExceptions: [{date: '2026-11-26', closed: true, label: i18n({en: 'Thanksgiving'})}],
      },
      'zh-Hans',
    )
    expect(card?.labelLanguages).toEqual({'2026-11-26': 'en'})
  })
})

describe('toLocationDetails', () => {
  it('picks the directions in the language, English where missing, and the access flag', () => {
    const details = toLocationDetails(
      {
        _updatedAt: '2026-11-01T00:00:00Z',
        parking: i18n({en: 'Free parking behind the building.', es: 'Estacionamiento gratis.'}),
        transit: i18n({en: 'Buses stop on Main Street.'}),
        stepFreeAccess: true,
        accessNotes: 7,
      },
      'es',
    )
    expect(details).toEqual({
      updatedAt: '2026-11-01T00:00:00Z',
      parking: {text: 'Estacionamiento gratis.', language: 'es'},
      transit: {text: 'Buses stop on Main Street.', language: 'en'},
      stepFreeAccess: true,
    })
    expect(toLocationDetails({stepFreeAccess: 'yes'}, 'en').stepFreeAccess).toBeNull()
  })
})
