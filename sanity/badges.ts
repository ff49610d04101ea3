import type {DocumentBadgeComponent, DocumentBadgeDescription} from 'sanity'

import {reviewState} from '../lib/shared/medical-review'
import {TARGET_GRADE, treatmentReadability} from '../lib/shared/readability'

type TreatmentLike = {summary?: unknown; body?: unknown; medicalReview?: {lastReviewed?: string}}

/** Whether the page's medical review is current: shown on every treatment. */
export function reviewBadge(document: TreatmentLike | null | undefined, now = new Date()) {
  const lastReviewed = document?.medicalReview?.lastReviewed
  switch (reviewState(lastReviewed, now)) {
    case 'never':
      return {
        label: 'Not medically reviewed',
        title: 'Ask a physician to check this page, then record the review.',
        color: 'danger',
      } satisfies DocumentBadgeDescription
    case 'due':
      return {
        label: 'Medical review due',
        title: `Last reviewed ${lastReviewed}: pages are reviewed every year.`,
        color: 'warning',
      } satisfies DocumentBadgeDescription
    case 'current':
      return {
        label: 'Medically reviewed',
        title: `Last reviewed ${lastReviewed}.`,
        color: 'success',
      } satisfies DocumentBadgeDescription
  }
}

/** The reading grade of the summary and body, green at grade 8 or lower, with a hint. */
export function readabilityBadge(document: TreatmentLike | null | undefined) {
  const result = document ? treatmentReadability(document) : null
  if (!result) return null
  const easy = result.grade <= TARGET_GRADE
  return {
    label: `Reading grade ${result.grade.toFixed(1)}`,
    title: easy
      ? 'Easy to read for most patients.'
      : `Aim for grade ${TARGET_GRADE} or lower: use shorter sentences and everyday words, and explain medical terms.`,
    color: easy ? 'success' : 'warning',
  } satisfies DocumentBadgeDescription
}

export const ReviewBadge: DocumentBadgeComponent = ({draft, published}) =>
  reviewBadge((draft ?? published) as TreatmentLike | null)

export const ReadabilityBadge: DocumentBadgeComponent = ({draft, published}) =>
  readabilityBadge((draft ?? published) as TreatmentLike | null)
