import type {OpeningHoursSpecification} from 'schema-dts'

/*
 * Opening hours of a clinic location: weekly ranges plus dated exceptions (holidays, short days),
 * as the Studio stores them. Pure functions, no dependencies: the same code can run on the server
 * and in the browser.
 *
 * Everything is computed in the clinic's time zone with Intl, and wall-clock times are turned
 * into instants per date (`zonedInstant`), so 08:00 is right on both sides of a DST change.
 *
 * Cached pages. The state shown ("Open now, closes at 17:00") is a function of the hours and the
 * clock; `nextChange` is the first instant at which it (or anything dated: today's exception, the
 * list of upcoming ones) can change, capped at the next local midnight, so it is never more than
 * about a day away. Decision: a page that shows the state expires its cache at that instant
 * (ISR revalidate / `s-maxage` = seconds until `nextChange`). Because Next's ISR answers the first
 * request after expiry with the stale page while it regenerates, the rendered state must also carry
 * `nextChange` (e.g. a data attribute) and the browser recomputes the state with this module when
 * its clock is past it: a cached page may be regenerated late, but it never shows yesterday's state.
 *
 * Data may arrive malformed: every function validates its input and drops what is invalid; only a
 * programming error (an invalid Date, an unknown time zone) throws.
 */

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** A wall-clock time, "HH:MM" on the 24-hour clock ("08:00", "17:30"). */
export type LocalTime = string

export type WeeklyHours = {_key?: string; day: Weekday; opens: LocalTime; closes: LocalTime}
export type HoursException = {
  _key?: string
  /** Local date, "2026-11-26". */
  date: string
  closed: boolean
  opens?: LocalTime
  closes?: LocalTime
  /** "Thanksgiving", already in the reader's language. */
  label?: string
}
export type OpeningHours = {weekly: WeeklyHours[]; exceptions: HoursException[]}
/** Hours as they may arrive from the content backend: anything, validated on use. */
export type HoursInput = {weekly?: unknown; exceptions?: unknown} | null | undefined

/** A local date and time, as a page shows it: "Opens Monday at 08:00". */
export type LocalMoment = {date: string; time: LocalTime; weekday: Weekday}

export type OpeningState =
  | {state: 'open'; closesAt: LocalTime; until: Date; exception: HoursException | null}
  | {state: 'closed'; opensAt: LocalMoment; from: Date; exception: HoursException | null}
  /** No opening within the look-ahead (or no hours at all). */
  | {state: 'closed'; opensAt: null; exception: HoursException | null}

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles'
/** How far `openingState` looks for the next opening. */
export const LOOK_AHEAD_DAYS = 14

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 24 * 60 * 60 * 1000

// ---------------------------------------------------------------------------------------------
// Validation

function isTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && TIME.test(value)
}

/** A real calendar date in yyyy-mm-dd form (no 30 February). */
function isDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null
  if (!match) return false
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** "HH:MM" compares correctly as text, so no parsing is needed to order times. */
function validRange(opens: unknown, closes: unknown): boolean {
  return isTime(opens) && isTime(closes) && closes > opens
}

function key(value: Record<string, unknown>): {_key?: string} {
  return typeof value._key === 'string' ? {_key: value._key} : {}
}

/**
 * The Studio's rule for a range (a weekly row, or an exception that is not closed), worded for
 * staff: true when valid, otherwise the message to show.
 */
export function hoursCheck(
  value: {opens?: unknown; closes?: unknown; closed?: unknown} | null | undefined,
): true | string {
  if (!isRecord(value)) return 'Enter an opening and a closing time.'
  if (value.closed === true) return true
  const {opens, closes} = value
  const blank = (time: unknown) => time === undefined || time === null || time === ''
  if (blank(opens)) return 'Enter an opening time.'
  if (blank(closes)) return 'Enter a closing time.'
  if (!isTime(opens) || !isTime(closes)) return 'Use 24-hour time such as 08:00.'
  // A clinic has no overnight ranges, so "22:00–02:00" is a typing error, not a night shift.
  if (closes <= opens) return 'Closing time must be after opening time.'
  return true
}

function readWeekly(value: unknown): WeeklyHours | null {
  if (!isRecord(value)) return null
  const {day, opens, closes} = value
  if (!WEEKDAYS.includes(day as Weekday) || !validRange(opens, closes)) return null
  return {...key(value), day: day as Weekday, opens: opens as string, closes: closes as string}
}

function readException(value: unknown): HoursException | null {
  if (!isRecord(value) || !isDate(value.date)) return null
  const label = typeof value.label === 'string' ? value.label.trim() : ''
  const common = {...key(value), date: value.date, ...(label ? {label} : {})}
  if (value.closed === true) return {...common, closed: true}
  // Not closed and no valid range says nothing usable: the weekly hours stay in force.
  if (!validRange(value.opens, value.closes)) return null
  return {...common, closed: false, opens: value.opens as string, closes: value.closes as string}
}

/** Same day, touching or overlapping ranges become one, so "closes at" is the real closing. */
function mergeRanges(rows: WeeklyHours[]): WeeklyHours[] {
  const merged: WeeklyHours[] = []
  for (const row of rows) {
    const last = merged.at(-1)
    if (last && last.day === row.day && row.opens <= last.closes) {
      if (row.closes > last.closes) merged[merged.length - 1] = {...last, closes: row.closes}
    } else merged.push(row)
  }
  return merged
}

/**
 * Valid rows only, weekly sorted Monday to Sunday then by opening time, overlapping ranges of a
 * day merged; exceptions sorted by date, one per date (the first given wins: the Studio should
 * not allow two for one date).
 */
export function normalizeHours(weekly: unknown, exceptions: unknown): OpeningHours {
  const rows = (Array.isArray(weekly) ? weekly : [])
    .map(readWeekly)
    .filter((row): row is WeeklyHours => row !== null)
    .sort(
      (a, b) =>
        WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) ||
        a.opens.localeCompare(b.opens) ||
        a.closes.localeCompare(b.closes),
    )
  const byDate = new Map<string, HoursException>()
  for (const item of Array.isArray(exceptions) ? exceptions : []) {
    const exception = readException(item)
    if (exception && !byDate.has(exception.date)) byDate.set(exception.date, exception)
  }
  return {
    weekly: mergeRanges(rows),
    exceptions: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
  }
}

function normalized(hours: HoursInput): OpeningHours {
  return normalizeHours(hours?.weekly, hours?.exceptions)
}

// ---------------------------------------------------------------------------------------------
// Time zones

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    // Throws RangeError for an unknown time zone: a programming error, not bad content.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, format)
  }
  return format
}

/** The wall clock in `timeZone` at `instant`, as if it were UTC (milliseconds). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const {type, value} of formatter(timeZone).formatToParts(instant))
    parts[type] = Number(value)
  const {year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0} = parts
  return Date.UTC(year, month - 1, day, hour, minute, second)
}

/** UTC offset of `timeZone` at `instant`, in milliseconds (-8 h for PST). */
function offsetAt(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000
}

function checkedTime(now: Date): number {
  const time = now instanceof Date ? now.getTime() : Number.NaN
  if (Number.isNaN(time)) throw new RangeError('opening-hours: `now` is not a valid Date')
  return time
}

/** The local date (yyyy-mm-dd) in `timeZone` at `instant`. */
export function localDate(now: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return new Date(wallClock(checkedTime(now), timeZone)).toISOString().slice(0, 10)
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay()
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday
}

/**
 * The instant at which the wall clock in `timeZone` shows `time` on `date`. On a DST change it
 * resolves like Temporal's "compatible": a time that happens twice (01:30 on 1 November in Los
 * Angeles) is its first occurrence; a time that does not exist (02:30 on 8 March) moves forward
 * by the gap (03:30 PDT).
 */
export function zonedInstant(date: string, time: LocalTime, timeZone = DEFAULT_TIME_ZONE): Date {
  if (!isDate(date) || !isTime(time)) {
    throw new RangeError(`opening-hours: not a date and time: ${date} ${time}`)
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  // The offsets a day either side bracket any single transition on this date.
  const before = offsetAt(wall - DAY_MS, timeZone)
  const after = offsetAt(wall + DAY_MS, timeZone)
  if (before === after) return new Date(wall - before) // no change of offset near this date
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wallClock(instant, timeZone) === wall)
    .sort((a, b) => a - b)
  return new Date(candidates[0] ?? wall - before)
}

// ---------------------------------------------------------------------------------------------
// State

type Range = {opens: LocalTime; closes: LocalTime}

/** An exception replaces the whole day: closed, or its single range. */
function rangesOn(
  hours: OpeningHours,
  date: string,
): {ranges: Range[]; exception: HoursException | null} {
  const exception = hours.exceptions.find((item) => item.date === date) ?? null
  if (exception) {
    const {opens, closes} = exception
    return {ranges: exception.closed || !opens || !closes ? [] : [{opens, closes}], exception}
  }
  const day = weekdayOf(date)
  return {ranges: hours.weekly.filter((row) => row.day === day), exception: null}
}

/** Open now (and until when), or when it next opens, within `LOOK_AHEAD_DAYS` days. */
export function openingState(
  hours: HoursInput,
  now: Date,
  timeZone = DEFAULT_TIME_ZONE,
): OpeningState {
  const time = checkedTime(now)
  const valid = normalized(hours)
  const today = localDate(now, timeZone)
  const {exception} = rangesOn(valid, today)
  for (let offset = 0; offset <= LOOK_AHEAD_DAYS; offset += 1) {
    const date = addDays(today, offset)
    for (const range of rangesOn(valid, date).ranges) {
      const opens = zonedInstant(date, range.opens, timeZone)
      const closes = zonedInstant(date, range.closes, timeZone)
      if (opens.getTime() <= time && time < closes.getTime()) {
        return {state: 'open', closesAt: range.closes, until: closes, exception}
      }
      if (opens.getTime() > time) {
        const opensAt = {date, time: range.opens, weekday: weekdayOf(date)}
        return {state: 'closed', opensAt, from: opens, exception}
      }
    }
  }
  return {state: 'closed', opensAt: null, exception}
}

/**
 * When what a page shows about the hours can next change: the closing or opening instant, or the
 * next local midnight if sooner (today's exception, "tomorrow", the upcoming list and the
 * look-ahead window all move with the date). Always after `now`, never more than a day ahead.
 */
export function nextChange(hours: HoursInput, now: Date, timeZone = DEFAULT_TIME_ZONE): Date {
  const current = openingState(hours, now, timeZone)
  const midnight = zonedInstant(addDays(localDate(now, timeZone), 1), '00:00', timeZone)
  const change = current.state === 'open' ? current.until : current.opensAt ? current.from : null
  return change && change < midnight ? change : midnight
}

/** One state of the hours and the instant from which it holds (until the next entry's). */
export type TimelineEntry = {from: Date; date: string; state: OpeningState}

/**
 * The states the hours go through from `now` for `days` days, one entry per `nextChange` (so one
 * at least every local midnight). A cached page carries it so that the browser can show the state
 * of its own clock, however old the page is (within `days`).
 */
export function openingTimeline(
  hours: HoursInput,
  now: Date,
  days = 7,
  timeZone = DEFAULT_TIME_ZONE,
): TimelineEntry[] {
  const end = checkedTime(now) + days * DAY_MS
  const entries: TimelineEntry[] = []
  for (let at = now; at.getTime() < end; at = nextChange(hours, at, timeZone)) {
    entries.push({
      from: at,
      date: localDate(at, timeZone),
      state: openingState(hours, at, timeZone),
    })
  }
  return entries
}

/** Exceptions dated from today (local) through `days` days ahead, to announce them early. */
export function upcomingExceptions(
  hours: HoursInput,
  now: Date,
  timeZone = DEFAULT_TIME_ZONE,
  days = 30,
): HoursException[] {
  const today = localDate(now, timeZone)
  const last = addDays(today, Number.isFinite(days) ? Math.max(0, Math.floor(days)) : 0)
  return normalized(hours).exceptions.filter((item) => item.date >= today && item.date <= last)
}

// ---------------------------------------------------------------------------------------------
// Structured data

/*
 * Plain day names ("Monday"): Google's local business documentation uses them in every example,
 * schema.org accepts them as well as the URLs, and the clinic's existing JSON-LD uses them too.
 */
const SCHEMA_DAYS = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
} as const

/**
 * schema.org `openingHoursSpecification`: one entry per distinct weekly range with the days that
 * share it, then one per exception dated with `validFrom`/`validThrough`; a closed day is
 * "00:00"–"00:00", Google's documented way to say closed all day. Pass
 * `upcomingExceptions(...)` as `exceptions` to leave past ones out.
 */
export function openingHoursSpecification(hours: HoursInput): OpeningHoursSpecification[] {
  const valid = normalized(hours)
  const groups = new Map<string, {opens: string; closes: string; days: Weekday[]}>()
  for (const {day, opens, closes} of valid.weekly) {
    const group = groups.get(`${opens}-${closes}`) ?? {opens, closes, days: []}
    if (!group.days.includes(day)) group.days.push(day)
    groups.set(`${opens}-${closes}`, group)
  }
  const weekly = [...groups.values()].map(({opens, closes, days}): OpeningHoursSpecification => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days.map((day) => SCHEMA_DAYS[day]),
    opens,
    closes,
  }))
  const exceptions = valid.exceptions.map(
    ({date, closed, opens, closes}): OpeningHoursSpecification => ({
      '@type': 'OpeningHoursSpecification',
      opens: closed ? '00:00' : opens,
      closes: closed ? '00:00' : closes,
      validFrom: date,
      validThrough: date,
    }),
  )
  return [...weekly, ...exceptions]
}
