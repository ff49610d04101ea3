import {render, screen} from '@testing-library/react'

import {Faqs} from '@/components/Faqs'

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
