import {render, screen} from '@testing-library/react'

import {MedicalReview} from '@/components/MedicalReview'
import {getTranslator} from '@/lib/i18n'
import type {LanguageId} from '@/lib/shared/languages'

type Review = Parameters<typeof MedicalReview>[0]['review']

const reviewed: Review = {
  lastReviewed: '2026-03-04',
  reviewedBy: {name: 'Dr. Pat Lee', credentials: 'MD'},
}

/** The review line of a page in `language` whose text is in `textLanguage`. */
const renderReview = (review: Review, language: LanguageId, textLanguage: string = language) =>
  render(
    <MedicalReview
      review={review}
      textLanguage={textLanguage}
      language={language}
      t={getTranslator(language)}
    />,
  )

const incomplete: Array<[Review]> = [
  [null],
  [{lastReviewed: null, reviewedBy: {name: 'Dr. Pat Lee', credentials: null}}],
  [{lastReviewed: '2026-03-04', reviewedBy: null}],
  [{lastReviewed: 'not a date', reviewedBy: {name: 'Dr. Pat Lee', credentials: null}}],
]

describe('MedicalReview', () => {
  it('shows who reviewed the page and when', () => {
    renderReview(reviewed, 'en')
    expect(screen.getByText(/Medically reviewed by Dr. Pat Lee, MD on/)).toBeInTheDocument()
    expect(screen.getByText('March 4, 2026')).toHaveAttribute('datetime', '2026-03-04')
  })

  it.each(incomplete)('shows nothing for an incomplete review %j', (review) => {
    const {container} = renderReview(review, 'en')
    expect(container).toBeEmptyDOMElement()
  })

  it.each<[LanguageId, RegExp, string]>([
    ['es', /^Revisado por el médico Dr. Pat Lee, MD el/, '4 de marzo de 2026'],
    ['zh-Hans', /^医学审核：Dr. Pat Lee, MD，/, '2026年3月4日'],
  ])(
    'says a reviewed translation in %s, with the date as people read it there',
    (language, text, date) => {
      renderReview(reviewed, language)
      expect(screen.getByText(text)).toBeInTheDocument()
      expect(screen.getByText(date)).toHaveAttribute('datetime', '2026-03-04')
    },
  )

  it.each(incomplete)(
    'says a Spanish translation without its own review %j is not reviewed yet',
    (review) => {
      renderReview(review, 'es')
      expect(
        screen.getByText(/^Un médico todavía no ha revisado esta traducción/),
      ).toBeInTheDocument()
      expect(screen.queryByText(/Revisado por/)).not.toBeInTheDocument()
    },
  )

  it('says a Chinese translation without a review is not reviewed yet', () => {
    renderReview(null, 'zh-Hans')
    expect(screen.getByText(getTranslator('zh-Hans')('review.notReviewed'))).toBeInTheDocument()
  })

  it('on a page showing the English text (no translation), states the English text’s review', () => {
    renderReview(reviewed, 'es', 'en')
    expect(screen.getByText(/^Revisado por el médico Dr. Pat Lee, MD el/)).toBeInTheDocument()
    // Unreviewed English text: nothing, as on the English page.
    const {container} = renderReview(null, 'es', 'en')
    expect(container).toBeEmptyDOMElement()
  })
})
