import {render, screen} from '@testing-library/react'

import {Faqs} from '@/components/Faqs'

const faqs = [
  {_key: '1', question: 'Does it hurt?', answer: 'A little.'},
  {_key: '2', question: 'No answer?', answer: null},
]

describe('Faqs', () => {
  it('uses native disclosure elements and skips incomplete entries', () => {
    const {container} = render(<Faqs faqs={faqs} heading="Questions and answers" />)
    expect(container.querySelectorAll('details')).toHaveLength(1)
    expect(screen.getByText('Does it hurt?').tagName).toBe('SUMMARY')
    expect(screen.getByRole('region', {name: 'Questions and answers'})).toBeInTheDocument()
  })

  it('marks English answers on a page in another language, the heading in the page’s', () => {
    const {container} = render(<Faqs faqs={faqs} heading="Preguntas y respuestas" lang="en" />)
    expect(
      screen.getByRole('heading', {level: 2, name: 'Preguntas y respuestas'}),
    ).not.toHaveAttribute('lang')
    expect(container.querySelector('details')).toHaveAttribute('lang', 'en')
  })

  it('renders nothing without a complete entry', () => {
    const {container} = render(<Faqs faqs={[faqs[1]!]} heading="Questions and answers" />)
    expect(container).toBeEmptyDOMElement()
  })
})
