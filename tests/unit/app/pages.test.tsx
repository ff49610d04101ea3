import {render, screen, within} from '@testing-library/react'
import type {ReactNode} from 'react'

import AffiliationsPage from '@/app/(site)/affiliations/page'
import TreatmentPage, {generateStaticParams} from '@/app/(site)/treatments/[slug]/page'
import TreatmentsPage from '@/app/(site)/treatments/page'

import {fixture} from '@/tests/support/content'
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
    expect(screen.getByText(/Medically reviewed by Dr. Pat Lee, MD/)).toBeInTheDocument()
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
    expect(
      within(screen.getByRole('region', {name: 'Hospitals'})).getByText('General Hospital'),
    ).toBeInTheDocument()
  })
})
