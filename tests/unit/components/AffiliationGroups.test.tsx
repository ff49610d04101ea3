import {render, screen, within} from '@testing-library/react'

import {AffiliationGroups} from '@/components/AffiliationGroups'

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
