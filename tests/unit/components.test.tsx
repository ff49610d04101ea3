import {render, screen, within} from '@testing-library/react'

import {AffiliationGroups} from '@/components/AffiliationGroups'
import {CallToAction} from '@/components/CallToAction'
import {Faqs} from '@/components/Faqs'
import {MedicalReview} from '@/components/MedicalReview'
import {PortableBody} from '@/components/PortableBody'
import {TreatmentList} from '@/components/TreatmentList'
import {FALLBACK_CLINIC_NAME, toClinic} from '@/lib/clinic'

import {withEnv} from '../support/content'

const block = (key: string, text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}s`, text, marks: []}],
  ...extra,
})

describe('PortableBody', () => {
  it('renders text and headings, keeping the page h1 unique', () => {
    render(
      <PortableBody
        value={[block('a', 'What it is', {style: 'h1'}), block('b', 'Plain words.')]}
      />,
    )
    expect(screen.getByRole('heading', {level: 2, name: 'What it is'})).toHaveAttribute(
      'id',
      'what-it-is',
    )
    expect(screen.queryByRole('heading', {level: 1})).not.toBeInTheDocument()
    expect(screen.getByText('Plain words.')).toBeInTheDocument()
  })

  it.each([
    ['https://example.org/', 'https://example.org/', 'noopener noreferrer'],
    ['mailto:a@example.com', 'mailto:a@example.com', null],
    ['tel:+15550100142', 'tel:+15550100142', null],
  ])('links to %s', (href, expected, rel) => {
    render(
      <PortableBody
        value={[
          {
            ...block('a', ''),
            markDefs: [{_type: 'link', _key: 'l', href}],
            children: [{_type: 'span', _key: 's', text: 'the link', marks: ['l']}],
          },
        ]}
      />,
    )
    const link = screen.getByRole('link', {name: 'the link'})
    expect(link).toHaveAttribute('href', expected)
    if (rel) expect(link).toHaveAttribute('rel', rel)
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example',
  ])('keeps the text but drops an unsafe link to %j', (href) => {
    const {container} = render(
      <PortableBody
        value={[
          {
            ...block('a', ''),
            markDefs: [{_type: 'link', _key: 'l', href}],
            children: [{_type: 'span', _key: 's', text: 'click me', marks: ['l']}],
          },
        ]}
      />,
    )
    expect(screen.getByText('click me')).toBeInTheDocument()
    expect(container.querySelector('a')).toBeNull()
  })

  it('renders nothing for unknown block types and images without alt text', () => {
    const {container} = render(
      <PortableBody
        value={[
          {_type: 'mysteryWidget', _key: 'm'},
          {
            _type: 'imageWithAlt',
            _key: 'i',
            asset: {url: 'https://cdn.sanity.io/x.png', metadata: null},
          },
          block('b', 'Still here.'),
        ]}
      />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText('Still here.')).toBeInTheDocument()
  })

  const bodyImage = (url: string) => [
    {
      _type: 'imageWithAlt',
      _key: 'i',
      alt: 'A spine model',
      asset: {url, metadata: {dimensions: {width: 800, height: 600}}},
    },
  ]

  it('renders an image from the project’s CDN with its alt text, resized by the CDN', async () => {
    await withEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: 'p', NEXT_PUBLIC_SANITY_DATASET: 'd'}, () => {
      render(<PortableBody value={bodyImage('https://cdn.sanity.io/images/p/d/x-800x600.png')} />)
    })
    const image = screen.getByRole('img', {name: 'A spine model'})
    expect(image).toHaveAttribute('width', '800')
    expect(image.getAttribute('srcset')).toContain(
      'https://cdn.sanity.io/images/p/d/x-800x600.png?w=390&auto=format 390w',
    )
    expect(image).toHaveAttribute('fetchpriority', 'high')
  })

  it('leaves out an image from anywhere else (another project, another host)', async () => {
    await withEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: 'p', NEXT_PUBLIC_SANITY_DATASET: 'd'}, () => {
      for (const url of [
        'https://cdn.sanity.io/images/other/d/x.png',
        'https://evil.example/images/p/d/x.png',
      ]) {
        const {container, unmount} = render(<PortableBody value={bodyImage(url)} />)
        expect(container.querySelector('img')).toBeNull()
        unmount()
      }
    })
  })
})

describe('TreatmentList', () => {
  it('lists treatments with summaries and children under their parent', () => {
    render(
      <TreatmentList
        treatments={[
          {
            _id: 'p',
            title: 'Spine Injections',
            slug: 'spine-injections',
            summary: 'Parent summary.',
            children: [
              {
                _id: 'c',
                title: 'Neural Prolotherapy',
                slug: 'neural-prolotherapy',
                summary: 'Child.',
                aliases: ['NPT'],
              },
            ],
          },
          {_id: 'x', title: null, slug: 'untitled', summary: 'hidden'},
        ]}
      />,
    )
    expect(screen.getByRole('link', {name: 'Spine Injections'})).toHaveAttribute(
      'href',
      '/treatments/spine-injections',
    )
    const children = screen.getByRole('list', {name: 'Types of Spine Injections'})
    expect(within(children).getByRole('link', {name: 'Neural Prolotherapy'})).toHaveAttribute(
      'href',
      '/treatments/neural-prolotherapy',
    )
    expect(within(children).getByText('Also called NPT')).toBeInTheDocument()
    expect(screen.queryByText('hidden')).not.toBeInTheDocument()
  })
})

describe('AffiliationGroups', () => {
  it('shows two labelled groups linking out safely, unsafe URLs unlinked', () => {
    render(
      <AffiliationGroups
        professional={[
          {
            _id: '1',
            name: 'North American Spine Society',
            abbreviation: 'NASS',
            url: 'https://www.spine.org',
          },
        ]}
        hospital={[
          {
            _id: '2',
            name: 'Garfield Medical Center',
            abbreviation: null,
            url: 'javascript:alert(1)',
          },
        ]}
      />,
    )
    const professional = screen.getByRole('region', {name: 'Professional societies'})
    const link = within(professional).getByRole('link', {name: /North American Spine Society/})
    expect(link).toHaveAttribute('href', 'https://www.spine.org/')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    const hospitals = screen.getByRole('region', {name: 'Hospitals'})
    expect(within(hospitals).getByText('Garfield Medical Center')).toBeInTheDocument()
    expect(within(hospitals).queryByRole('link')).toBeNull()
  })
})

describe('MedicalReview', () => {
  it('shows who reviewed the page and when', () => {
    render(
      <MedicalReview
        review={{lastReviewed: '2026-03-04', reviewedBy: {name: 'Dr. Pat Lee', credentials: 'MD'}}}
      />,
    )
    expect(screen.getByText(/Medically reviewed by Dr. Pat Lee, MD on/)).toBeInTheDocument()
    expect(screen.getByText('March 4, 2026')).toHaveAttribute('datetime', '2026-03-04')
  })

  it.each([
    [null],
    [{lastReviewed: null, reviewedBy: {name: 'Dr. Pat Lee', credentials: null}}],
    [{lastReviewed: '2026-03-04', reviewedBy: null}],
    [{lastReviewed: 'not a date', reviewedBy: {name: 'Dr. Pat Lee', credentials: null}}],
  ])('shows nothing for an incomplete review %j', (review) => {
    const {container} = render(<MedicalReview review={review} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('Faqs', () => {
  it('uses native disclosure elements and skips incomplete entries', () => {
    const {container} = render(
      <Faqs
        faqs={[
          {_key: '1', question: 'Does it hurt?', answer: 'A little.'},
          {_key: '2', question: 'No answer?', answer: null},
        ]}
      />,
    )
    expect(container.querySelectorAll('details')).toHaveLength(1)
    expect(screen.getByText('Does it hurt?').tagName).toBe('SUMMARY')
  })
})

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
