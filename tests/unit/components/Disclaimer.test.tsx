import {render, screen} from '@testing-library/react'

import {Disclaimer} from '@/components/Disclaimer'
import {FallbackNote} from '@/components/FallbackNote'
import {getTranslator} from '@/lib/i18n'

describe('Disclaimer and FallbackNote', () => {
  it('marks an English disclaimer on a Spanish page, labelled in Spanish', () => {
    render(
      <Disclaimer
        text={{text: 'Not medical advice.', language: 'en'}}
        label={getTranslator('es')('disclaimer.label')}
        language="es"
      />,
    )
    expect(screen.getByRole('complementary', {name: 'Aviso médico'})).toBeInTheDocument()
    expect(screen.getByText('Not medical advice.')).toHaveAttribute('lang', 'en')
  })

  it('leaves a disclaimer in the page’s language unmarked', () => {
    render(
      <Disclaimer
        text={{text: 'No es un consejo médico.', language: 'es'}}
        label="Aviso médico"
        language="es"
      />,
    )
    expect(screen.getByText('No es un consejo médico.')).not.toHaveAttribute('lang')
  })

  it.each<['es' | 'zh-Hans', RegExp]>([
    ['es', /todavía no está traducida al español/],
    ['zh-Hans', /\p{Script=Han}/u],
  ])('the fallback note says so in the page’s language (%s)', (language, text) => {
    render(<FallbackNote text={getTranslator(language)('fallback.note')} />)
    expect(screen.getByRole('note')).toHaveTextContent(text)
  })
})
