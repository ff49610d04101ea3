import {cleanup, render, screen, within} from '@testing-library/react'
import type {ReactNode} from 'react'

import AffiliationsPage from '@/app/(site)/affiliations/page'
import TreatmentPage, {generateStaticParams} from '@/app/(site)/treatments/[slug]/page'
import LocationPage from '@/app/(site)/locations/[slug]/page'
import LocationsPage from '@/app/(site)/locations/page'
import PhysicianPage from '@/app/(site)/physicians/[slug]/page'
import PhysiciansPage from '@/app/(site)/physicians/page'
import TreatmentsPage from '@/app/(site)/treatments/page'

import {SiteChrome} from '@/app/_views/SiteDocument'
import {BUNDLED_DATASET, fixture, withEnv} from '@/tests/support/content'
import {resolveServer} from '@/tests/unit/support/server-components'

/** An element whose whole text is `text` (the names sit in a span of their own inside it). */
const wholeText = (text: string) => (_: string, element: Element | null) =>
  element?.textContent === text &&
  [...element.children].every((child) => child.textContent !== text)

const renderPage = async (page: ReactNode | Promise<ReactNode>) => render(await resolveServer(page))

// Server components are rendered by awaiting them, over the fixture dataset (local backend).
// Next's data cache exists only inside a Next.js server: here queries run uncached.
jest.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))

beforeAll(() => {
  delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
  process.env.CONTENT_DATASET_FILE = fixture('content.ndjson')
})
afterAll(() => {
  delete process.env.CONTENT_DATASET_FILE
})

const treatmentPage = async (slug: string) =>
  renderPage(TreatmentPage({params: Promise.resolve({slug})}))

describe('treatment page', () => {
  it('shows a parent treatment with its children, FAQs, review, call to action and disclaimer', async () => {
    await treatmentPage('parent')
    expect(screen.getByRole('heading', {level: 1, name: 'Parent Treatment'})).toBeInTheDocument()
    expect(screen.getByText(wholeText('Also called: Umbrella'))).toBeInTheDocument()
    expect(screen.getByText('Parent summary.')).toBeInTheDocument()
    const types = screen.getByRole('region', {name: 'Types of Parent Treatment'})
    expect(
      within(types)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Child A', 'Child B'])
    expect(screen.getByText('Back pain')).toBeInTheDocument()
    expect(screen.getByText('Q1?').tagName).toBe('SUMMARY')
    expect(
      screen.getByText(wholeText('Medically reviewed by Dr. Pat Lee, MD on March 4, 2026')),
    ).toBeInTheDocument()
    // The reviewer's name links to their profile.
    expect(
      within(screen.getByText(/Medically reviewed by/)).getByRole('link', {
        name: 'Dr. Pat Lee, MD',
      }),
    ).toHaveAttribute('href', '/physicians/pat-lee')
    // The physicians who provide it, each linking to their profile; the nameless one is left out.
    const physicians = screen.getByRole('region', {name: 'Physicians who provide this treatment'})
    expect(
      within(physicians)
        .getAllByRole('heading', {level: 3})
        .map((heading) => heading.textContent),
    ).toEqual(['Dr. Alex Kim', 'Dr. Pat Lee, MD'])
    expect(within(physicians).getByText('Orthopedic spine surgery · Pain medicine')).toBeVisible()
    expect(within(physicians).getByText('Speaks: English, Spanish, and Mandarin')).toBeVisible()
    expect(within(physicians).getByText('Not accepting new patients at the moment')).toBeVisible()
    expect(screen.getByRole('link', {name: 'Call (555) 010-0199'})).toHaveAttribute(
      'href',
      'tel:+15550100199',
    )
    expect(screen.getByText('Fixture disclaimer.')).toBeInTheDocument()
    // The body's javascript: link is rendered as text only.
    expect(screen.getByRole('link', {name: 'Safe link'})).toBeInTheDocument()
    expect(screen.queryByRole('link', {name: 'bad link'})).not.toBeInTheDocument()
  })

  it('shows a child treatment with breadcrumbs and a link back to its parent', async () => {
    await treatmentPage('child-b')
    const breadcrumb = screen.getByRole('navigation', {name: 'Breadcrumb'})
    expect(
      within(breadcrumb)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Treatments', 'Parent Treatment', 'Child B'])
    // Related: the parent, then the siblings (child-b's only sibling is Child A).
    const related = screen.getByRole('region', {name: 'Related treatments'})
    expect(
      within(related)
        .getAllByRole('heading', {level: 3})
        .map((heading) => heading.textContent),
    ).toEqual(['Parent Treatment', 'Child A'])
    expect(within(related).getAllByRole('link', {name: 'Parent Treatment'})[0]).toHaveAttribute(
      'href',
      '/treatments/parent',
    )
    expect(screen.queryByRole('region', {name: /Types of/})).not.toBeInTheDocument()
  })

  it('answers not found for unknown, unpublished and implausible slugs', async () => {
    for (const slug of ['no-such-thing', 'unpublished', '../../etc/passwd']) {
      await expect(
        resolveServer(TreatmentPage({params: Promise.resolve({slug})})),
      ).rejects.toMatchObject({
        digest: expect.stringContaining('404'),
      })
    }
  })

  it('prerenders every published treatment', async () => {
    const params = await generateStaticParams()
    expect(params.map(({slug}) => slug).sort()).toEqual([
      'child-a',
      'child-b',
      'minimal',
      'orphan',
      'parent',
    ])
  })
})

describe('treatments page', () => {
  it('groups by body area with children under their parent', async () => {
    await renderPage(TreatmentsPage())
    const back = screen.getByRole('region', {name: 'Back'})
    expect(within(back).getByRole('link', {name: 'Parent Treatment'})).toBeInTheDocument()
    expect(
      within(within(back).getByRole('list', {name: 'Types of Parent Treatment'})).getAllByRole(
        'link',
      ),
    ).toHaveLength(2)
    // An empty body area is not shown; a treatment without one is.
    expect(screen.queryByRole('region', {name: 'Empty area'})).not.toBeInTheDocument()
    const other = screen.getByRole('region', {name: 'Other treatments'})
    expect(within(other).getByRole('link', {name: 'Minimal'})).toBeInTheDocument()
  })
})

describe('affiliations page', () => {
  it('shows professional societies and hospitals as two groups', async () => {
    await renderPage(AffiliationsPage())
    expect(
      within(screen.getByRole('region', {name: 'Professional societies'}))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Society Two', 'Society One (S1) (external website)'])
    const hospitals = screen.getByRole('region', {name: 'Hospitals'})
    expect(within(hospitals).getByText('General Hospital')).toBeInTheDocument()
    // Each hospital names the clinic's physicians with privileges there, linked to their profile.
    expect(within(hospitals).getByText(/Our physicians with privileges here:/)).toBeVisible()
    expect(within(hospitals).getByRole('link', {name: 'Dr. Pat Lee, MD'})).toHaveAttribute(
      'href',
      '/physicians/pat-lee',
    )
  })
})

describe('physicians', () => {
  it('lists every physician with a name and an address, by name', async () => {
    await renderPage(PhysiciansPage())
    expect(screen.getByRole('heading', {level: 1, name: 'Our physicians'})).toBeVisible()
    expect(
      screen.getAllByRole('heading', {level: 2}).map((heading) => heading.textContent),
    ).toEqual(['Dr. Alex Kim', 'Dr. Pat Lee, MD', 'Talk with our team'])
    expect(screen.getByRole('link', {name: 'Dr. Alex Kim'})).toHaveAttribute(
      'href',
      '/physicians/alex-kim',
    )
  })

  it('shows a profile: facts from the lists only, training in order, what they provide, where', async () => {
    await renderPage(PhysicianPage({params: Promise.resolve({slug: 'pat-lee'})}))
    expect(screen.getByRole('heading', {level: 1, name: 'Dr. Pat Lee, MD'})).toBeVisible()
    // Values outside the fixed lists (a made-up specialty, language, kind of training) are dropped.
    expect(screen.getByText('Orthopedic spine surgery · Pain medicine')).toBeVisible()
    expect(screen.getByText('Speaks: English, Spanish, and Mandarin')).toBeVisible()
    expect(screen.getByText('Accepting new patients')).toBeVisible()
    expect(screen.getByText('Dr. Lee treats back pain.')).toBeVisible()
    expect(
      within(screen.getByRole('region', {name: 'Education and training'}))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Medical school: Fixture School of Medicine, 2005',
      'Fellowship: Fixture Spine Center, Spine surgery, 2012',
    ])
    expect(
      within(screen.getByRole('region', {name: 'Board certifications'})).getByText(
        'American Board of Orthopaedic Surgery',
      ),
    ).toBeVisible()
    // The hospital's javascript: address is not a link.
    const hospitals = screen.getByRole('region', {name: 'Hospital privileges'})
    expect(within(hospitals).getByText('General Hospital')).toBeVisible()
    expect(within(hospitals).queryByRole('link')).toBeNull()
    expect(
      within(screen.getByRole('region', {name: 'Professional memberships'})).getByRole('link', {
        name: 'Society One (external website)',
      }),
    ).toHaveAttribute('href', 'https://one.example/')
    expect(
      within(screen.getByRole('region', {name: 'Treatments they provide'})).getByRole('link', {
        name: 'Parent Treatment',
      }),
    ).toHaveAttribute('href', '/treatments/parent')
    expect(screen.getByText('National Provider Identifier (NPI): 1234567893')).toBeVisible()
  })

  it('does not show an NPI that fails its check digit', async () => {
    await renderPage(PhysicianPage({params: Promise.resolve({slug: 'alex-kim'})}))
    expect(screen.getByRole('heading', {level: 1, name: 'Dr. Alex Kim'})).toBeVisible()
    expect(screen.queryByText(/NPI/)).toBeNull()
  })

  it('answers 404 for a physician without a name or an unknown address', async () => {
    for (const slug of ['nameless', 'nobody', '../x']) {
      await expect(
        resolveServer(PhysicianPage({params: Promise.resolve({slug})})),
      ).rejects.toMatchObject({digest: expect.stringContaining('404')})
    }
  })
})

describe('locations', () => {
  it('lists every location with a name and an address, and marks the main one', async () => {
    await renderPage(LocationsPage())
    expect(screen.getByRole('heading', {level: 1, name: 'Our locations'})).toBeVisible()
    // The nameless location is left out.
    const list = document.querySelector('.location-list') as HTMLElement
    expect(
      within(list)
        .getAllByRole('heading', {level: 2})
        .map((h) => h.textContent),
    ).toEqual(['Main office'])
    expect(screen.getByText('Main location')).toBeVisible()
  })

  it('shows a location: status, address with directions, the week, its physicians', async () => {
    await renderPage(LocationPage({params: Promise.resolve({slug: 'main-office'})}))
    expect(screen.getByRole('heading', {level: 1, name: 'Main office'})).toBeVisible()
    // Rendered now, by the real clock: whichever state it is, it says it.
    expect(document.querySelector('.opening-status')?.textContent).toMatch(/^(Open now|Closed)/)
    const address = document.querySelector('main address, address')!
    expect(address.textContent).toContain('1 Fixture Way')
    expect(
      within(address as HTMLElement).getByRole('link', {name: /Directions in your map app/}),
    ).toHaveAttribute('target', '_blank')
    expect(screen.getByRole('link', {name: '(555) 010-0198'})).toHaveAttribute(
      'href',
      'tel:+15550100198',
    )
    const week = document.querySelector(
      'main dl[aria-label="Opening hours"], dl[aria-label="Opening hours"]',
    )
    expect(week?.textContent).toMatch(/^Monday9:00\sAM\s–\s5:00\sPMTuesday to SundayClosed$/)
    const physicians = screen.getByRole('region', {name: 'Physicians who see patients here'})
    expect(within(physicians).getByRole('link', {name: 'Dr. Pat Lee, MD'})).toHaveAttribute(
      'href',
      '/physicians/pat-lee',
    )
  })

  it("a physician's profile links where they see patients (a missing location is left out)", async () => {
    await renderPage(PhysicianPage({params: Promise.resolve({slug: 'pat-lee'})}))
    expect(screen.getByText(/Sees patients at:/)).toBeVisible()
    expect(screen.getByRole('link', {name: 'Main office'})).toHaveAttribute(
      'href',
      '/locations/main-office',
    )
  })

  it('answers 404 for a location without a name or an unknown address', async () => {
    for (const slug of ['nameless-office', 'nowhere', '../etc']) {
      await expect(
        resolveServer(LocationPage({params: Promise.resolve({slug})})),
      ).rejects.toMatchObject({digest: expect.stringContaining('404')})
    }
  })

  it('the footer shows the main location: its week, with a link to its page', async () => {
    await renderPage(SiteChrome({language: 'en', children: null}))
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByText('Monday')).toBeVisible()
    expect(
      within(footer).getByRole('link', {name: 'Address, hours and directions'}),
    ).toHaveAttribute('href', '/locations/main-office')
    expect(
      screen.getAllByRole('link', {name: 'Locations'}).map((a) => a.getAttribute('href')),
    ).toEqual(['/locations', '/locations'])
  })
})

describe('without physicians (the bundled content names none)', () => {
  const bundled = <T,>(body: () => Promise<T>) =>
    withEnv({CONTENT_DATASET_FILE: BUNDLED_DATASET}, body)

  it('header and footer link the physicians only when there are some', async () => {
    await renderPage(SiteChrome({language: 'en', children: null}))
    expect(
      screen.getAllByRole('link', {name: 'Physicians'}).map((a) => a.getAttribute('href')),
    ).toEqual(['/physicians', '/physicians'])
    cleanup()
    await bundled(() => renderPage(SiteChrome({language: 'en', children: null})))
    expect(screen.queryByRole('link', {name: 'Physicians'})).toBeNull()
    expect(screen.getAllByRole('link', {name: 'Treatments'}).length).toBeGreaterThan(0)
  })

  it('has no physicians page and no physician section on a treatment page', async () => {
    await bundled(async () => {
      await expect(resolveServer(PhysiciansPage())).rejects.toMatchObject({
        digest: expect.stringContaining('404'),
      })
      await renderPage(TreatmentPage({params: Promise.resolve({slug: 'spine-injections'})}))
    })
    expect(screen.getByRole('heading', {level: 1, name: 'Spine Injections'})).toBeVisible()
    expect(screen.queryByRole('region', {name: /Physicians who provide/})).toBeNull()
  })
})
