import {render, screen, within} from '@testing-library/react'

import {PageLanguages} from '@/app/_views/PageLanguages'
import {LanguageLinks} from '@/components/LanguageLinks'
import {getTranslator} from '@/lib/i18n'
import {LANGUAGES} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage} from '@/lib/seo'

jest.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))

describe('LanguageLinks (the language switcher)', () => {
  it('names each language in itself, with hreflang and lang, as plain links', () => {
    render(
      <LanguageLinks
        label="This page in other languages"
        links={[
          {language: 'es', name: 'Español', href: '/es/treatments'},
          {language: 'zh-Hans', name: '中文', href: '/zh/treatments'},
        ]}
      />,
    )
    const nav = screen.getByRole('navigation', {name: 'This page in other languages'})
    const spanish = within(nav).getByRole('link', {name: 'Español'})
    expect(spanish).toHaveAttribute('href', '/es/treatments')
    expect(spanish).toHaveAttribute('hreflang', 'es')
    expect(spanish).toHaveAttribute('lang', 'es')
    const chinese = within(nav).getByRole('link', {name: '中文'})
    expect(chinese).toHaveAttribute('href', '/zh/treatments')
    expect(chinese).toHaveAttribute('hreflang', 'zh-Hans')
    expect(chinese).toHaveAttribute('lang', 'zh-Hans')
    // Links only: it works without JavaScript and is reached with the keyboard.
    expect(nav.querySelectorAll('button, select, [onclick]')).toHaveLength(0)
  })

  it('renders nothing without another language', () => {
    const {container} = render(<LanguageLinks label="x" links={[]} />)
    expect(container).toBeEmptyDOMElement()
  })

  it.each(LANGUAGES.map(({id}) => id))(
    'on a %s page, links to the same page in every other language (labelled in the page’s)',
    (language) => {
      const t = getTranslator(language)
      render(
        <PageLanguages
          language={language}
          pages={everyLanguage((other) => resolveHref({type: 'affiliations'}, other))}
          t={t}
        />,
      )
      const nav = screen.getByRole('navigation', {name: t('languages.otherLanguagesLabel')})
      const links = within(nav).getAllByRole('link')
      const others = LANGUAGES.filter(({id}) => id !== language)
      expect(links.map((link) => link.textContent)).toEqual(
        others.map(({nativeName}) => nativeName),
      )
      expect(links.map((link) => link.getAttribute('href'))).toEqual(
        others.map(({id}) => resolveHref({type: 'affiliations'}, id)),
      )
      expect(links.map((link) => link.getAttribute('hreflang'))).toEqual(others.map(({id}) => id))
    },
  )

  it('names the languages English, Español and 中文', () => {
    expect(LANGUAGES.map(({nativeName}) => nativeName)).toEqual(['English', 'Español', '中文'])
  })
})
