import {render, screen, within} from '@testing-library/react'

import {AffiliationGroups} from '@/components/AffiliationGroups'
import {getTranslator} from '@/lib/i18n'
import type {LanguageId} from '@/lib/shared/languages'

/** The groups' texts as the pages pass them, in a language. */
const textsIn = (language: LanguageId) => {
  const t = getTranslator(language)
  return {
    professional: t('affiliations.professional'),
    hospitals: t('affiliations.hospitals'),
    external: t('affiliations.external'),
  }
}

const professional = [
  {
    _id: '1',
    name: 'North American Spine Society',
    abbreviation: 'NASS',
    url: 'https://www.spine.org',
  },
]
const hospital = [
  {
    _id: '2',
    name: 'Garfield Medical Center',
    abbreviation: null,
    url: 'javascript:alert(1)',
  },
]

describe('AffiliationGroups', () => {
  it('shows two labelled groups linking out safely, unsafe URLs unlinked', () => {
    render(
      <AffiliationGroups professional={professional} hospital={hospital} texts={textsIn('en')} />,
    )
    const group = screen.getByRole('region', {name: 'Professional societies'})
    const link = within(group).getByRole('link', {name: /North American Spine Society/})
    expect(link).toHaveAttribute('href', 'https://www.spine.org/')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    const hospitals = screen.getByRole('region', {name: 'Hospitals'})
    expect(within(hospitals).getByText('Garfield Medical Center')).toBeInTheDocument()
    expect(within(hospitals).queryByRole('link')).toBeNull()
  })

  it('names the groups and outside links in the page’s language, organisation names as written', () => {
    render(
      <AffiliationGroups professional={professional} hospital={hospital} texts={textsIn('es')} />,
    )
    const group = screen.getByRole('region', {name: 'Sociedades profesionales'})
    expect(
      within(group).getByRole('link', {
        name: 'North American Spine Society (NASS) (sitio web externo)',
      }),
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('region', {name: 'Hospitales'})).getByText('Garfield Medical Center'),
    ).toBeInTheDocument()
  })
})
