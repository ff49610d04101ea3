import {render, screen} from '@testing-library/react'

import {CallToAction} from '@/components/CallToAction'
import {FALLBACK_CLINIC_NAME, toClinic} from '@/lib/content/clinic'
import {getTranslator} from '@/lib/i18n'

const en = getTranslator('en')
const es = getTranslator('es')

const settings = {
  clinicName: 'C',
  tagline: null,
  phone: '(555) 010-0142',
  email: null,
  mainLocation: {
    _id: 'l',
    name: 'Town office',
    slug: 'town',
    address: {street: '1 Example St', city: 'Town', region: 'CA', postalCode: '90000'},
    hours: [{_key: 'w', days: ['monday', 'tuesday', 'wednesday'], opens: '09:00', closes: '17:00'}],
  },
  appointmentUrl: 'https://example.com/book',
  disclaimer: null,
  seo: null,
} as unknown as Parameters<typeof toClinic>[0]

/** An internationalized-array item as the plugin stores it. */
const item = (language: string, value: string) => ({
  _key: language,
  _type: 'internationalizedArrayTextValue',
  language,
  value,
})

describe('toClinic and CallToAction', () => {
  it('falls back safely when settings are missing', () => {
    const clinic = toClinic(null)
    expect(clinic.name).toBe(FALLBACK_CLINIC_NAME)
    expect(clinic.disclaimer.text).toMatch(/911/)
    expect(clinic.disclaimer.language).toBe('en')
    const {container} = render(<CallToAction clinic={clinic} t={en} language="en" />)
    expect(container).toBeEmptyDOMElement()
  })

  it('offers a tel: link and the appointment link, never an unsafe one', () => {
    render(<CallToAction clinic={toClinic(settings)} t={en} language="en" />)
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

  it('speaks Spanish on a Spanish page: heading, buttons and the catalog’s sentence', () => {
    render(<CallToAction clinic={toClinic(settings, 'es')} t={es} language="es" />)
    expect(
      screen.getByRole('heading', {level: 2, name: 'Hable con nuestro equipo'}),
    ).toBeInTheDocument()
    expect(screen.getByText(es('cta.text'))).not.toHaveAttribute('lang')
    expect(screen.getByRole('link', {name: 'Llame al (555) 010-0142'})).toHaveAttribute(
      'href',
      'tel:+15550100142',
    )
    expect(screen.getByRole('link', {name: 'Pedir una cita'})).toBeInTheDocument()
    expect(
      screen.getByRole('link', {name: 'Abrir en el mapa (se abre en una pestaña nueva)'}),
    ).toBeInTheDocument()
  })

  it('shows staff’s sentence in the page’s language, or the English one marked lang="en"', () => {
    const withSentence = {
      ...settings!,
      callToAction: [item('en', 'Call us today.'), item('es', 'Llámenos hoy.')],
    } as unknown as Parameters<typeof toClinic>[0]
    const {unmount} = render(
      <CallToAction clinic={toClinic(withSentence, 'es')} t={es} language="es" />,
    )
    expect(screen.getByText('Llámenos hoy.')).not.toHaveAttribute('lang')
    // The main location's week, in words of the page's language (Intl's, not a translation).
    expect(screen.getByText(/^lunes a miércoles: 9:00.17:00$/)).not.toHaveAttribute('lang')
    expect(screen.queryByText(es('cta.text'))).not.toBeInTheDocument()
    unmount()

    render(
      <CallToAction
        clinic={toClinic(withSentence, 'zh-Hans')}
        t={getTranslator('zh-Hans')}
        language="zh-Hans"
      />,
    )
    expect(screen.getByText('Call us today.')).toHaveAttribute('lang', 'en')
    expect(screen.getByText(/^星期一至星期三: 09:00.17:00$/)).not.toHaveAttribute('lang')
  })
})
