import {fireEvent, render, screen} from '@testing-library/react'

import {ErrorView} from '@/app/_views/ErrorView'
import {errorMessages} from '@/lib/i18n/errors'
import {LANGUAGES} from '@/lib/shared/languages'

describe('ErrorView (the error page, a client component)', () => {
  it.each(LANGUAGES.map(({id}) => id))('speaks %s and offers to try again', (language) => {
    const reset = jest.fn()
    const text = errorMessages(language)
    render(<ErrorView language={language} reset={reset} />)
    expect(screen.getByRole('heading', {level: 1, name: text.heading})).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', {name: text.retry}))
    expect(reset).toHaveBeenCalledTimes(1)
  })

  it('has its own text in each language (not the English one)', () => {
    expect(errorMessages('es').heading).toBe('Esta página no está disponible ahora')
    expect(errorMessages('zh-Hans').retry).toBe('重试')
  })
})
