import {render, screen} from '@testing-library/react'

import {MedicalReview} from '@/components/MedicalReview'

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
