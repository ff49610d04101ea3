import Link from 'next/link'

import {formatDate, type Translator} from '@/lib/i18n'
import {DEFAULT_LANGUAGE, type LanguageId} from '@/lib/shared/languages'
import {isPlausibleSlug} from '@/lib/content/slugs'
import {resolveHref} from '@/lib/shared/routes'

type Props = {
  review: {
    lastReviewed: string | null
    reviewedBy: {name: string | null; credentials: string | null; slug?: string | null} | null
  } | null
  /** The language of the text the review is about (each translation has its own review). */
  textLanguage: string
  language: LanguageId
  t: Translator
}

/**
 * "Medically reviewed by … on …", shown only when a physician and a valid date are recorded for
 * the text the page shows. A translation without its own review says so plainly: a review of the
 * English text does not cover a translation of it.
 */
export function MedicalReview({review, textLanguage, language, t}: Props) {
  const name = review?.reviewedBy?.name?.trim()
  const date = review?.lastReviewed ? formatDate(language, review.lastReviewed) : undefined
  if (!name || !date) {
    return textLanguage !== DEFAULT_LANGUAGE ? (
      <p className="medical-review medical-review--pending">{t('review.notReviewed')}</p>
    ) : null
  }
  const credentials = review?.reviewedBy?.credentials?.trim()
  const profile = review?.reviewedBy?.slug
  return (
    <p className="medical-review">
      {t.rich('review.reviewedBy', {
        name: `${name}${credentials ? `, ${credentials}` : ''}`,
        // Their profile, when they have one (a physician without an address has no page).
        reviewer: (chunks) =>
          profile && isPlausibleSlug(profile) ? (
            <Link href={resolveHref({type: 'physician', slug: profile}, language)}>{chunks}</Link>
          ) : (
            chunks
          ),
        when: date,
        date: (chunks) => <time dateTime={review?.lastReviewed ?? undefined}>{chunks}</time>,
      })}
    </p>
  )
}
