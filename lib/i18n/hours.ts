import {
  openingTimeline,
  WEEKDAYS,
  type HoursException,
  type OpeningHours,
  type OpeningState,
  type Weekday,
} from '../shared/opening-hours'
import type {LanguageId} from '../shared/languages'

import type {Translator} from './index'

/*
 * Opening hours in words, in the reader's language: day names, times and dates come from Intl (so
 * Spanish reads "lunes" and 17:00, English "Monday" and 5:00 PM), the sentences from the catalogs.
 */

// 1 January 2024 was a Monday: WEEKDAYS[i] is that date plus i days.
const MONDAY = Date.UTC(2024, 0, 1)
const DAY_MS = 24 * 60 * 60 * 1000

export function weekdayName(day: Weekday, language: LanguageId): string {
  const format = new Intl.DateTimeFormat(language, {weekday: 'long', timeZone: 'UTC'})
  return format.format(MONDAY + WEEKDAYS.indexOf(day) * DAY_MS)
}

const atTime = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number)
  return Date.UTC(2024, 0, 1, hours, minutes)
}

/** "5:00 PM", "17:00". */
export function formatTime(time: string, language: LanguageId): string {
  return new Intl.DateTimeFormat(language, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(atTime(time))
}

/** "8:00 AM – 5:00 PM", "8:00–17:00". */
export function formatTimeRange(opens: string, closes: string, language: LanguageId): string {
  return new Intl.DateTimeFormat(language, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).formatRange(atTime(opens), atTime(closes))
}

/** "Thursday, November 26", "jueves, 26 de noviembre". */
export function formatDay(date: string, language: LanguageId): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`))
}

export type WeekRow = {key: string; days: string; hours: string; closed: boolean}

/**
 * The regular week as a short table: consecutive days with the same hours share a row
 * ("Monday–Friday: 8:00 AM – 5:00 PM"), and days without hours say so ("Saturday–Sunday: Closed").
 */
export function weekRows(hours: OpeningHours, language: LanguageId, t: Translator): WeekRow[] {
  const dayHours = WEEKDAYS.map((day) =>
    hours.weekly
      .filter((row) => row.day === day)
      .map(({opens, closes}) => formatTimeRange(opens, closes, language))
      .join(', '),
  )
  const rows: WeekRow[] = []
  let start = 0
  for (let index = 1; index <= WEEKDAYS.length; index += 1) {
    if (index < WEEKDAYS.length && dayHours[index] === dayHours[start]) continue
    const first = weekdayName(WEEKDAYS[start] as Weekday, language)
    const last = weekdayName(WEEKDAYS[index - 1] as Weekday, language)
    const shared = dayHours[start] ?? ''
    const days =
      index - 1 === start
        ? first
        : index - 1 === start + 1
          ? t('locations.dayPair', {first, last})
          : t('locations.dayRange', {first, last})
    const closed = shared === ''
    rows.push({
      key: WEEKDAYS[start] as Weekday,
      days,
      hours: closed ? t('locations.closed') : shared,
      closed,
    })
    start = index
  }
  return rows
}

/** The week's rows, or none when no day has hours (not "closed every day": just unknown). */
export function weekRowsIfAny(hours: OpeningHours, language: LanguageId, t: Translator) {
  return hours.weekly.length > 0 ? weekRows(hours, language, t) : []
}

/** "Closed" or "8:00 AM – 12:00 PM" for a holiday or special day. */
export function exceptionHours(
  exception: HoursException,
  language: LanguageId,
  t: Translator,
): string {
  return exception.closed || !exception.opens || !exception.closes
    ? t('locations.closed')
    : formatTimeRange(exception.opens, exception.closes, language)
}

/** "Open now · closes at 5:00 PM", "Closed · opens tomorrow at 8:00 AM", on the local `date`. */
export function stateText(
  state: OpeningState,
  date: string,
  language: LanguageId,
  t: Translator,
): string {
  if (state.state === 'open') {
    return t('locations.openNow', {time: formatTime(state.closesAt, language)})
  }
  if (!state.opensAt) return t('locations.closedNow')
  const days = Math.round(
    (Date.parse(`${state.opensAt.date}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS,
  )
  const time = formatTime(state.opensAt.time, language)
  if (days === 0) return t('locations.opensToday', {time})
  if (days === 1) return t('locations.opensTomorrow', {time})
  // Beyond a week the weekday alone would be ambiguous: name the date.
  const day =
    days < 7
      ? weekdayName(state.opensAt.weekday, language)
      : formatDay(state.opensAt.date, language)
  return t('locations.opensOn', {day, time})
}

/** What the browser needs to show the state at its own time: texts ready, no hours logic. */
export type StatusTimeline = Array<{from: number; open: boolean; text: string}>

/** The states of the next `days` days in words, each change once (see `openingTimeline`). */
export function statusTimeline(
  hours: OpeningHours,
  now: Date,
  language: LanguageId,
  t: Translator,
  days = 7,
): StatusTimeline {
  const timeline: StatusTimeline = []
  for (const entry of openingTimeline(hours, now, days)) {
    const text = stateText(entry.state, entry.date, language, t)
    if (timeline.at(-1)?.text === text) continue
    timeline.push({from: entry.from.getTime(), open: entry.state.state === 'open', text})
  }
  return timeline
}
