import {render, screen, within} from '@testing-library/react'

import {TreatmentList, type TreatmentLink} from '@/components/TreatmentList'
import {getTranslator} from '@/lib/i18n'

/** An element whose whole text is `text` (the names sit in a span of their own inside it). */
const wholeText = (text: string) => (_: string, element: Element | null) =>
  element?.textContent === text &&
  [...element.children].every((child) => child.textContent !== text)

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
        t={getTranslator('en')}
        language="en"
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
    expect(within(children).getByText(wholeText('Also called NPT'))).toBeInTheDocument()
    expect(screen.queryByText('hidden')).not.toBeInTheDocument()
    // On an English page nothing needs a lang of its own.
    expect(document.querySelector('[lang]')).toBeNull()
  })

  // A Spanish index: the parent is translated, one child is not (listed in English, marked so).
  const spanish: TreatmentLink[] = [
    {
      _id: 'p',
      title: 'Inyecciones en la columna',
      slug: 'inyecciones-columna',
      summary: 'Resumen.',
      language: 'es',
      children: [
        {
          _id: 'c1',
          title: 'Proloterapia neural',
          slug: 'proloterapia-neural',
          summary: 'Hija.',
          aliases: ['PTN'],
          language: 'es',
        },
        {
          _id: 'c2',
          title: 'Proliferation Injection',
          slug: 'proliferation-injection',
          summary: 'English summary.',
          aliases: ['Sclerotherapy'],
          language: 'en',
        },
      ],
    },
  ]

  it('on a Spanish page links in /es, speaks Spanish, and marks an English item lang="en"', () => {
    render(<TreatmentList treatments={spanish} t={getTranslator('es')} language="es" />)
    const parent = screen.getByRole('link', {name: 'Inyecciones en la columna'})
    expect(parent).toHaveAttribute('href', '/es/treatments/inyecciones-columna')
    expect(parent).not.toHaveAttribute('lang')
    const children = screen.getByRole('list', {name: 'Tipos de Inyecciones en la columna'})
    const translated = within(children).getByRole('link', {name: 'Proloterapia neural'})
    expect(translated).toHaveAttribute('href', '/es/treatments/proloterapia-neural')
    expect(translated).not.toHaveAttribute('lang')
    expect(within(children).getByText(wholeText('También se llama PTN'))).toBeInTheDocument()

    // The untranslated one: its page in Spanish is the English text under /es (the fallback).
    const english = within(children).getByRole('link', {name: 'Proliferation Injection'})
    expect(english).toHaveAttribute('href', '/es/treatments/proliferation-injection')
    expect(english).toHaveAttribute('lang', 'en')
    expect(screen.getByText('English summary.')).toHaveAttribute('lang', 'en')
    // "Also called" stays Spanish; only the English names are marked.
    const names = screen.getByText('Sclerotherapy')
    expect(names).toHaveAttribute('lang', 'en')
    expect(names.parentElement).toHaveTextContent('También se llama Sclerotherapy')
    expect(names.parentElement).not.toHaveAttribute('lang')
  })

  it('on a Chinese page links in /zh with Chinese labels', () => {
    render(<TreatmentList treatments={spanish} t={getTranslator('zh-Hans')} language="zh-Hans" />)
    expect(screen.getByRole('link', {name: 'Proliferation Injection'})).toHaveAttribute(
      'href',
      '/zh/treatments/proliferation-injection',
    )
    // Spanish text on a Chinese page (never happens in the site, but says its language).
    expect(screen.getByRole('link', {name: 'Proloterapia neural'})).toHaveAttribute('lang', 'es')
    expect(screen.getByRole('list', {name: 'Inyecciones en la columna的种类'})).toBeInTheDocument()
  })
})
