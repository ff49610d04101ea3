/** A treatment page should be checked by a physician at least once a year. */
export const REVIEW_INTERVAL_DAYS = 365

export type ReviewState = 'never' | 'due' | 'current'

/**
 * "Due for medical review": never reviewed, or last reviewed more than a year ago. The same rule
 * as a GROQ filter for the Studio's list, and as a function for the document badge.
 */
export const DUE_FOR_REVIEW_FILTER = /* groq */ `_type == "treatment" && (
  !defined(medicalReview.lastReviewed) ||
  dateTime(medicalReview.lastReviewed + "T00:00:00Z") < dateTime(now()) - ${REVIEW_INTERVAL_DAYS * 24 * 60 * 60}
)`

export function reviewState(
  lastReviewed: string | null | undefined,
  now = new Date(),
): ReviewState {
  if (!lastReviewed) return 'never'
  const reviewed = Date.parse(`${lastReviewed}T00:00:00Z`)
  if (Number.isNaN(reviewed)) return 'never'
  const ageDays = (now.getTime() - reviewed) / (24 * 60 * 60 * 1000)
  return ageDays > REVIEW_INTERVAL_DAYS ? 'due' : 'current'
}
