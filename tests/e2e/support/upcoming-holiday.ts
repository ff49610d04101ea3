import {localDate} from '../../../lib/shared/opening-hours'

/** The holiday the e2e datasets gain, named in each language as staff would write it. */
export const E2E_HOLIDAY = {
  daysAhead: 3,
  labels: {en: 'Staff training day', es: 'Día de capacitación', 'zh-Hans': '员工培训日'},
} as const

/** The local date (clinic's time zone) `days` days after `now`. */
export function clinicDateAhead(days: number, now = new Date()): string {
  const today = localDate(now)
  const date = new Date(`${today}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * The date of the e2e holiday: the first weekday (Monday to Friday, a regular working day) at
 * least `E2E_HOLIDAY.daysAhead` days from today, so that closing it changes something.
 */
export function e2eHolidayDate(now = new Date()): string {
  for (let days = E2E_HOLIDAY.daysAhead; ; days += 1) {
    const date = clinicDateAhead(days, now)
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
    if (weekday >= 1 && weekday <= 5) return date
  }
}

/**
 * The e2e holiday's date as global-setup wrote it into the datasets (E2E_HOLIDAY_DATE). Tests read
 * it rather than compute it again: a run that spans midnight in Los Angeles would get the next
 * day's answer.
 */
export function datasetHolidayDate(): string {
  const date = process.env.E2E_HOLIDAY_DATE
  if (!date) throw new Error('E2E_HOLIDAY_DATE is not set (tests/e2e/support/global-setup.ts)')
  return date
}

/**
 * The dataset with the e2e holiday (`e2eHolidayDate`, closed all day) added to a location's
 * holidays. Fixed dates in the bundled content pass; this one is always ahead of the servers'
 * real clocks, so the tests see a holiday announced ahead of time.
 */
export function withUpcomingHoliday(ndjson: string, locationId: string, now = new Date()) {
  const date = e2eHolidayDate(now)
  const label = Object.entries(E2E_HOLIDAY.labels).map(([language, value]) => ({
    _key: language,
    _type: 'internationalizedArrayStringValue',
    language,
    value,
  }))
  let found = false
  const content = ndjson
    .split('\n')
    .map((line) => {
      if (!line.trim()) return line
      const doc = JSON.parse(line) as {_id: string; hoursExceptions?: Array<{date?: string}>}
      if (doc._id !== locationId) return line
      found = true
      const exception = {_key: 'e2e-holiday', _type: 'hoursException', date, closed: true, label}
      // It replaces a bundled holiday that falls on the same date (one entry per date).
      const others = (doc.hoursExceptions ?? []).filter((item) => item.date !== date)
      return JSON.stringify({...doc, hoursExceptions: [...others, exception]})
    })
    .join('\n')
  if (!found) throw new Error(`withUpcomingHoliday: no document ${locationId} in the dataset`)
  return {content, date}
}
