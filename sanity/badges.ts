import type {DocumentBadgeComponent, DocumentBadgeDescription} from 'sanity'

import {reviewState} from '../lib/shared/medical-review'
import {INFLESZ_TARGET, TARGET_GRADE, treatmentReadability} from '../lib/shared/readability'

import {languageTitle} from './i18n'

type TreatmentLike = {
  summary?: unknown
  body?: unknown
  language?: unknown
  medicalReview?: {lastReviewed?: string}
}

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

/**
 * The reading level of the summary and body, measured for the treatment's language: the
 * Flesch–Kincaid grade for English (green at grade 8 or lower), INFLESZ for Spanish (green at 55
 * or higher), and for Chinese the average sentence length, labelled as such (no validated grade
 * formula, so no colour).
 */
export function readabilityBadge(document: TreatmentLike | null | undefined) {
  const result = document ? treatmentReadability(document) : null
  if (!result) return null
  switch (result.measure) {
    case 'flesch-kincaid': {
      const easy = result.grade <= TARGET_GRADE
      return {
        label: `Reading grade ${result.grade.toFixed(1)}`,
        title: easy
          ? 'Easy to read for most patients (Flesch–Kincaid grade).'
          : `Aim for grade ${TARGET_GRADE} or lower: use shorter sentences and everyday words, and explain medical terms.`,
        color: easy ? 'success' : 'warning',
      } satisfies DocumentBadgeDescription
    }
    case 'inflesz': {
      const easy = result.score >= INFLESZ_TARGET
      const scale = `INFLESZ ${result.score.toFixed(1)}: ${result.band} (the Szigriszt-Pazos scale validated for Spanish texts for patients; 55 or more is normal).`
      return {
        label: `Readability ${result.score.toFixed(0)} (${result.band})`,
        title: easy
          ? `${scale} Easy to read for most patients.`
          : `${scale} Aim for ${INFLESZ_TARGET} or more: use shorter sentences and shorter, everyday words.`,
        color: easy ? 'success' : 'warning',
      } satisfies DocumentBadgeDescription
    }
    case 'sentence-length':
      return {
        label: `${result.charactersPerSentence.toFixed(0)} characters per sentence`,
        title: `No validated reading-grade formula for Chinese is applied. Measured: the average sentence length, ${result.charactersPerSentence.toFixed(1)} characters over ${result.sentences} sentences. Short sentences and everyday words help patients.`,
      } satisfies DocumentBadgeDescription
    case 'none':
      return {
        label: 'Reading level not measured',
        title: `There is no readability formula for ${languageTitle(result.language)} here.`,
      } satisfies DocumentBadgeDescription
  }
}

export const ReviewBadge: DocumentBadgeComponent = ({draft, published}) =>
  reviewBadge((draft ?? published) as TreatmentLike | null)

export const ReadabilityBadge: DocumentBadgeComponent = ({draft, published}) =>
  readabilityBadge((draft ?? published) as TreatmentLike | null)
