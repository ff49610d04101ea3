import {render, screen} from '@testing-library/react'

import {CallToAction} from '@/components/CallToAction'
import {FALLBACK_CLINIC_NAME, toClinic} from '@/lib/content/clinic'

describe('toClinic and CallToAction', () => {
  it('falls back safely when settings are missing', () => {
    const clinic = toClinic(null)
    expect(clinic.name).toBe(FALLBACK_CLINIC_NAME)
    expect(clinic.disclaimer).toMatch(/911/)
    const {container} = render(<CallToAction clinic={clinic} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('offers a tel: link and the appointment link, never an unsafe one', () => {
    const settings = {
      clinicName: 'C',
      tagline: null,
      phone: '(555) 010-0142',
      email: null,
      address: {street: '1 Example St', city: 'Town', region: 'CA', postalCode: '90000'},
      hours: null,
      appointmentUrl: 'https://example.com/book',
      disclaimer: null,
      seo: null,
    } as unknown as Parameters<typeof toClinic>[0]
    render(<CallToAction clinic={toClinic(settings)} />)
    expect(screen.getByRole('link', {name: 'Call (555) 010-0142'})).toHaveAttribute(
      'href',
      'tel:+15550100142',
    )
    expect(screen.getByRole('link', {name: 'Request an appointment'})).toHaveAttribute(
      'href',
      'https://example.com/book',
    )
    const unsafe = toClinic({
      ...settings!,
      appointmentUrl: 'javascript:alert(1)',
    } as typeof settings)
    expect(unsafe.appointmentHref).toBeUndefined()
    expect(toClinic(settings).address?.lines).toEqual(['1 Example St', 'Town, CA 90000'])
  })
})
