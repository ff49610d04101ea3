import type {WeekRow} from '@/lib/i18n/hours'
import {langWhereDifferent} from '@/lib/i18n/lang'

/** The regular week, a row per run of days that share their hours. */
export function WeekHours({rows, label}: {rows: WeekRow[]; label: string}) {
  if (rows.length === 0) return null
  return (
    <dl className="contact__hours" aria-label={label}>
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{row.days}</dt>
          <dd>{row.hours}</dd>
        </div>
      ))}
    </dl>
  )
}

export type DatedHours = {
  date: string
  /** "Thursday, November 26: Closed", in the page's language. */
  text: string
  /** The holiday's name, and its language when the page's has none. */
  label?: string
  labelLanguage?: string
}

/** Holidays and special days coming up, announced ahead of time. */
export function UpcomingHours({
  items,
  heading,
  headingLevel,
  language,
}: {
  items: DatedHours[]
  heading: string
  /** One below the heading it sits under (h2 on a location's page, h3 in the list). */
  headingLevel: 'h2' | 'h3'
  language: string
}) {
  if (items.length === 0) return null
  const Heading = headingLevel
  return (
    <section className="upcoming-hours" aria-label={heading}>
      <Heading>{heading}</Heading>
      <ul>
        {items.map((item) => (
          <li key={item.date}>
            <time dateTime={item.date}>{item.text}</time>
            {item.label && (
              <>
                {' '}
                (<span lang={langWhereDifferent(item.labelLanguage, language)}>{item.label}</span>)
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
