type Props = {
  review: {
    lastReviewed: string | null
    reviewedBy: {name: string | null; credentials: string | null} | null
  } | null
}

const dateFormat = new Intl.DateTimeFormat('en-US', {dateStyle: 'long', timeZone: 'UTC'})

/** "Medically reviewed by … on …", shown only when a physician and a valid date are recorded. */
export function MedicalReview({review}: Props) {
  const name = review?.reviewedBy?.name?.trim()
  const date = review?.lastReviewed ? new Date(`${review.lastReviewed}T00:00:00Z`) : undefined
  if (!name || !date || Number.isNaN(date.getTime())) return null
  const credentials = review?.reviewedBy?.credentials?.trim()
  return (
    <p className="medical-review">
      Medically reviewed by {name}
      {credentials ? `, ${credentials}` : ''} on{' '}
      <time dateTime={review?.lastReviewed ?? undefined}>{dateFormat.format(date)}</time>
    </p>
  )
}
