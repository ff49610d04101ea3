/*
 * Reads the clinic's old opening-hours rows (Site settings before locations: one row per group of
 * days, each with two free-text labels such as "Monday–Friday" and "8:00 am – 5:00 pm") into the
 * location's weekly hours ({days: weekday[], opens: "HH:MM", closes: "HH:MM"}).
 *
 * Only the English labels are read. What a person could read two ways is refused, never guessed:
 * "9–5" (which 5?), "8 am – 5" (5 am or 5 pm?), "Mon–Wed–Fri", "By appointment", "Holidays". The
 * migration keeps a refused row in the settings and names it, for staff to enter by hand.
 *
 * Pure functions, no dependencies beyond the weekday list the schema offers.
 */
import {hoursCheck, WEEKDAYS, type Weekday} from '../../lib/shared/opening-hours'

export type TimeRange = {opens: string; closes: string}

/** A row of the new shape, as the Studio stores it (`weeklyHours`). */
export type WeeklyRow = {
  _key: string
  _type: 'weeklyHours'
  days: Weekday[]
  opens: string
  closes: string
}

/** An old row that could not be read, with what it said and why it was refused. */
export type UnreadableRow = {key?: string; days?: string; hours?: string; reason: string}

export type ReadHours = {weekly: WeeklyRow[]; unreadable: UnreadableRow[]}

// ---------------------------------------------------------------------------------------------
// Text

/** Invisible characters that copy and paste leaves in labels; they change nothing a reader sees. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign. */
const DASHES = /[\u2010-\u2015\u2212]/g
/** Every kind of space, including the narrow no-break space that `Intl` puts before "AM". */
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g

function clean(label: string): string {
  return label
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase()
}

// ---------------------------------------------------------------------------------------------
// Days

const ABBREVIATIONS: Record<Weekday, string[]> = {
  monday: ['mon'],
  tuesday: ['tue', 'tues'],
  wednesday: ['wed', 'weds'],
  thursday: ['thu', 'thur', 'thurs'],
  friday: ['fri'],
  saturday: ['sat'],
  sunday: ['sun'],
}

const DAY_WORDS = new Map<string, Weekday>(
  WEEKDAYS.flatMap((day) => [
    [day, day],
    [`${day}s`, day],
    ...ABBREVIATIONS[day].flatMap((short): Array<[string, Weekday]> => [
      [short, day],
      [`${short}.`, day],
    ]),
  ]),
)

const GROUPS: Record<string, readonly Weekday[]> = {
  weekdays: WEEKDAYS.slice(0, 5),
  weekends: WEEKDAYS.slice(5),
  weekend: WEEKDAYS.slice(5),
  daily: WEEKDAYS,
  'every day': WEEKDAYS,
  everyday: WEEKDAYS,
}

/** Between the items of a list: ",", ", and", "and", "&", ";", "/". */
const LIST_SEPARATOR = /\s*(?:,\s*and\s+|,|;|&|\/|\band\b)\s*/
/** Between the ends of a range: "-" (any dash), "to", "through", "thru". */
const RANGE = /^(\S+)\s*(?:-|\s(?:to|through|thru)\s)\s*(\S+)$/

/**
 * The days a label names, Monday first, or null when it is not a plain list of days and ranges.
 * A range runs forward through the week ("Friday–Monday" is Friday, Saturday, Sunday, Monday).
 */
export function parseDays(label: string): Weekday[] | null {
  const text = clean(label).replace(/:$/, '').trim()
  if (!text) return null
  const days: Weekday[] = []
  for (const item of text.split(LIST_SEPARATOR)) {
    const group = GROUPS[item]
    const range = RANGE.exec(item)
    let found: readonly Weekday[] | undefined
    if (group) found = group
    else if (DAY_WORDS.has(item)) found = [DAY_WORDS.get(item)!]
    else if (range) {
      const from = DAY_WORDS.get(range[1]!)
      const to = DAY_WORDS.get(range[2]!)
      if (!from || !to || from === to) return null
      const start = WEEKDAYS.indexOf(from)
      const length = ((WEEKDAYS.indexOf(to) - start + 7) % 7) + 1
      found = Array.from({length}, (_, offset) => WEEKDAYS[(start + offset) % 7]!)
    }
    // An unknown word, or a day named twice ("Monday, Monday–Wednesday"): a typing error.
    if (!found || found.some((day) => days.includes(day))) return null
    days.push(...found)
  }
  return [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
}

// ---------------------------------------------------------------------------------------------
// Times

type Clock = {
  hour: number
  minute: number
  hasMinutes: boolean
  meridiem?: 'am' | 'pm'
  noon?: true
}

/** "8", "8:00", "08.30", "8am", "8 a.m.", "5 P.M.", "5p", "noon", "12 noon". */
const TIME = /^(\d{1,2})(?:[:.](\d{2}))? ?(?:(a|p)(?:\.? ?m\.?)?)?$/
const NOON = /^(?:12(?:[:.]00)? ?)?noon$/

function readClock(text: string): Clock | null {
  if (NOON.test(text)) return {hour: 12, minute: 0, hasMinutes: true, noon: true}
  const match = TIME.exec(text)
  if (!match) return null
  const hour = Number(match[1])
  const minute = match[2] === undefined ? 0 : Number(match[2])
  if (minute > 59 || hour > 23) return null
  const clock: Clock = {hour, minute, hasMinutes: match[2] !== undefined}
  if (!match[3]) return clock
  return hour >= 1 && hour <= 12 ? {...clock, meridiem: match[3] === 'a' ? 'am' : 'pm'} : null
}

const pad = (value: number) => String(value).padStart(2, '0')

function toTime({hour, minute, meridiem}: Clock): string {
  const hours = meridiem ? (hour % 12) + (meridiem === 'pm' ? 12 : 0) : hour
  return `${pad(hours)}:${pad(minute)}`
}

/** Between the two times of a range: "-" (any dash), "to", "until", "till". */
const TIME_RANGE = /^(.+?) ?(?:-| (?:to|until|till) ) ?(.+)$/

function readRange(text: string): TimeRange | null {
  const match = TIME_RANGE.exec(text)
  if (!match) return null
  let opens = readClock(match[1]!)
  const closes = readClock(match[2]!)
  if (!opens || !closes) return null
  const explicit = (clock: Clock) => Boolean(clock.meridiem || clock.noon)
  if (!explicit(opens) && !explicit(closes)) {
    // Without am/pm only the 24-hour clock with minutes is unambiguous ("08:00–17:00"): "9–5"
    // and "9:00–5:00" are refused.
    if (!opens.hasMinutes || !closes.hasMinutes) return null
  } else if (!explicit(opens)) {
    // "9–11 am", "1–5 pm", "9–noon": the opening is in the closing's half of the day (before
    // noon, the morning). Kept only if the range then makes sense: "8–5 pm" does not.
    const latest = closes.noon ? 11 : 12
    if (opens.hour < 1 || opens.hour > latest) return null
    opens = {...opens, meridiem: closes.meridiem ?? 'am'}
  } else if (!explicit(closes)) {
    return null // "8 am – 5": which 5?
  }
  const range = {opens: toTime(opens), closes: toTime(closes)}
  return hoursCheck(range) === true ? range : null
}

/** Between the ranges of one day: "8 am – 12 pm, 1 pm – 5 pm" (a lunch break). */
const RANGE_SEPARATOR = / ?(?:,|;|&|\/| and ) ?/

/**
 * The hours a label gives: `closed`, or one or more ranges in order, or null when it is not a
 * plain list of time ranges. Ranges may touch but not overlap.
 */
export function parseTimes(label: string): 'closed' | TimeRange[] | null {
  const text = clean(label)
  if (/^closed\.?$/.test(text)) return 'closed'
  if (!text) return null
  const ranges: TimeRange[] = []
  for (const item of text.split(RANGE_SEPARATOR)) {
    const range = readRange(item)
    if (!range) return null
    ranges.push(range)
  }
  ranges.sort((a, b) => a.opens.localeCompare(b.opens))
  const overlaps = ranges.some(
    (range, index) => index > 0 && range.opens < ranges[index - 1]!.closes,
  )
  return overlaps ? null : ranges
}

// ---------------------------------------------------------------------------------------------
// Rows

/** The English text of an old label: an internationalized array, or a plain string (older). */
export function englishLabel(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (!Array.isArray(value)) return undefined
  const item = value.find(
    (entry) => typeof entry === 'object' && entry !== null && entry.language === 'en',
  ) as {value?: unknown} | undefined
  return typeof item?.value === 'string' ? item.value : undefined
}

const KEY = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Reads the old rows. Each readable row becomes one weekly row per time range (keyed after the
 * old row, so a reader can tell where each came from); a "Closed" row gives none, as a day
 * without a row is closed. A row is unreadable when its English days or hours are missing or not
 * plain, or when it contradicts an earlier row (a day closed and open, or two ranges that overlap).
 */
export function readOldHours(rows: unknown): ReadHours {
  if (rows === undefined || rows === null) return {weekly: [], unreadable: []}
  if (!Array.isArray(rows)) return {weekly: [], unreadable: [{reason: 'the hours are not a list'}]}

  const weekly: WeeklyRow[] = []
  const unreadable: UnreadableRow[] = []
  const open = new Map<Weekday, TimeRange[]>()
  const closed = new Set<Weekday>()
  const usedKeys = new Set<string>()

  rows.forEach((row: unknown, index) => {
    const record = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>
    const key = typeof record._key === 'string' && KEY.test(record._key) ? record._key : undefined
    const daysText = englishLabel(record.days)
    const hoursText = englishLabel(record.hours)
    const refuse = (reason: string): void => {
      unreadable.push({
        ...(key ? {key} : {}),
        ...(daysText === undefined ? {} : {days: daysText}),
        ...(hoursText === undefined ? {} : {hours: hoursText}),
        reason,
      })
    }

    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      return refuse('it is not a row of days and hours')
    }
    if (daysText === undefined) return refuse('it has no English days')
    if (hoursText === undefined) return refuse('it has no English hours')
    const days = parseDays(daysText)
    if (!days) return refuse(`the days "${daysText}" are not a plain list of weekdays`)
    const times = parseTimes(hoursText)
    if (!times) return refuse(`the hours "${hoursText}" are not plain opening and closing times`)

    if (times === 'closed') {
      const clash = days.filter((day) => open.has(day))
      if (clash.length) return refuse(`an earlier row opens on ${clash.join(', ')}`)
      days.forEach((day) => closed.add(day))
      return
    }
    const clash = days.filter(
      (day) =>
        closed.has(day) ||
        (open.get(day) ?? []).some((had) =>
          times.some((range) => range.opens < had.closes && had.opens < range.closes),
        ),
    )
    if (clash.length) return refuse(`it contradicts an earlier row on ${clash.join(', ')}`)

    days.forEach((day) => open.set(day, [...(open.get(day) ?? []), ...times]))
    const base = key ?? `row${index + 1}`
    times.forEach((range, part) => {
      let rowKey = times.length > 1 ? `${base}-${part + 1}` : base
      while (usedKeys.has(rowKey)) rowKey = `${rowKey}-${index + 1}`
      usedKeys.add(rowKey)
      weekly.push({_key: rowKey, _type: 'weeklyHours', days: [...days], ...range})
    })
  })
  return {weekly, unreadable}
}
