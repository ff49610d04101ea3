/** @jest-environment node */
import {
  hoursCheck,
  localDate,
  nextChange,
  normalizeHours,
  openingHoursSpecification,
  openingState,
  upcomingExceptions,
  zonedInstant,
  type HoursInput,
  type OpeningState,
  type WeeklyHours,
} from '@/lib/shared/opening-hours'

/*
 * Every clock here is fixed: instants are written with their offset (-08:00 is PST, -07:00 PDT).
 * November 2026: Monday 23, Tuesday 24, Wednesday 25, Thursday 26 (Thanksgiving), Friday 27.
 * Daylight saving in Los Angeles: starts 2026-03-08 02:00 PST, ends 2026-11-01 02:00 PDT.
 */
const at = (iso: string) => new Date(iso)
const HOUR = 60 * 60 * 1000

const day = (d: WeeklyHours['day'], opens: string, closes: string) => ({day: d, opens, closes})

/** Weekdays 08:00–17:00, Thursday with a lunch break, weekend closed. */
const WEEKLY = [
  day('monday', '08:00', '17:00'),
  day('tuesday', '08:00', '17:00'),
  day('wednesday', '08:00', '17:00'),
  day('thursday', '08:00', '12:00'),
  day('thursday', '13:00', '17:00'),
  day('friday', '08:00', '17:00'),
]
const THANKSGIVING = {date: '2026-11-26', closed: true, label: 'Thanksgiving'}
const CHRISTMAS_EVE = {
  date: '2026-12-24',
  closed: false,
  opens: '08:00',
  closes: '12:00',
  label: 'Christmas Eve',
}
const CHRISTMAS = {date: '2026-12-25', closed: true, label: 'Christmas Day'}
const HOURS: HoursInput = {weekly: WEEKLY, exceptions: [THANKSGIVING, CHRISTMAS_EVE, CHRISTMAS]}

/** Open every day 08:00–17:00, so the morning after a DST change is an opening day. */
const EVERY_DAY: HoursInput = {
  weekly: (
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
  ).map((d) => day(d, '08:00', '17:00')),
}

/** The fields a test compares, with instants as ISO strings. */
function summary(state: OpeningState) {
  if (state.state === 'open') {
    return {state: 'open', closesAt: state.closesAt, until: state.until.toISOString()}
  }
  return state.opensAt
    ? {state: 'closed', opensAt: state.opensAt, from: state.from.toISOString()}
    : {state: 'closed', opensAt: null}
}

describe('openingState', () => {
  it('is open on a weekday morning, closing at 17:00', () => {
    expect(summary(openingState(HOURS, at('2026-11-24T09:30:00-08:00')))).toEqual({
      state: 'open',
      closesAt: '17:00',
      until: '2026-11-25T01:00:00.000Z',
    })
  })

  it('is still open a millisecond before closing', () => {
    expect(openingState(HOURS, at('2026-11-24T16:59:59.999-08:00')).state).toBe('open')
  })

  it('is closed at 17:00 exactly and opens the next day at 08:00', () => {
    expect(summary(openingState(HOURS, at('2026-11-24T17:00:00-08:00')))).toEqual({
      state: 'closed',
      opensAt: {date: '2026-11-25', time: '08:00', weekday: 'wednesday'},
      from: '2026-11-25T16:00:00.000Z',
    })
  })

  it('is closed before opening and opens at 08:00 the same day', () => {
    expect(summary(openingState(HOURS, at('2026-11-24T07:59:00-08:00')))).toMatchObject({
      opensAt: {date: '2026-11-24', time: '08:00'},
      from: '2026-11-24T16:00:00.000Z',
    })
  })

  it('is closed during the lunch break and opens at 13:00 the same day', () => {
    expect(summary(openingState(HOURS, at('2026-11-19T12:30:00-08:00')))).toEqual({
      state: 'closed',
      opensAt: {date: '2026-11-19', time: '13:00', weekday: 'thursday'},
      from: '2026-11-19T21:00:00.000Z',
    })
  })

  it('before the lunch break closes at 12:00', () => {
    expect(openingState(HOURS, at('2026-11-19T11:00:00-08:00'))).toMatchObject({closesAt: '12:00'})
  })

  it('on Friday evening opens on Monday at 08:00 (closed at the weekend)', () => {
    expect(summary(openingState(HOURS, at('2026-11-20T18:00:00-08:00')))).toEqual({
      state: 'closed',
      opensAt: {date: '2026-11-23', time: '08:00', weekday: 'monday'},
      from: '2026-11-23T16:00:00.000Z',
    })
  })

  describe('exceptions', () => {
    it('is closed all day on Thanksgiving, says why, and opens on Friday 27', () => {
      const state = openingState(HOURS, at('2026-11-26T10:00:00-08:00'))
      expect(summary(state)).toEqual({
        state: 'closed',
        opensAt: {date: '2026-11-27', time: '08:00', weekday: 'friday'},
        from: '2026-11-27T16:00:00.000Z',
      })
      expect(state.exception).toMatchObject({
        date: '2026-11-26',
        closed: true,
        label: 'Thanksgiving',
      })
    })

    it('the evening before, skips the holiday', () => {
      const state = openingState(HOURS, at('2026-11-25T19:00:00-08:00'))
      expect(summary(state)).toMatchObject({opensAt: {date: '2026-11-27', time: '08:00'}})
      expect(state.exception).toBeNull()
    })

    it('the same Thursday without the exception would open at 08:00', () => {
      const state = openingState({weekly: WEEKLY}, at('2026-11-25T19:00:00-08:00'))
      expect(summary(state)).toMatchObject({opensAt: {date: '2026-11-26', time: '08:00'}})
    })

    it('uses the short hours of an exception instead of the weekly ones', () => {
      const morning = openingState(HOURS, at('2026-12-24T11:00:00-08:00'))
      expect(summary(morning)).toEqual({
        state: 'open',
        closesAt: '12:00',
        until: '2026-12-24T20:00:00.000Z',
      })
      expect(morning.exception?.label).toBe('Christmas Eve')
      // Closed from noon; Christmas Day is closed too, and then the weekend.
      expect(summary(openingState(HOURS, at('2026-12-24T12:30:00-08:00')))).toMatchObject({
        opensAt: {date: '2026-12-28', time: '08:00', weekday: 'monday'},
        from: '2026-12-28T16:00:00.000Z',
      })
    })

    it('opens on a day the week closes when an exception gives it hours', () => {
      const saturday = {date: '2026-11-21', closed: false, opens: '09:00', closes: '13:00'}
      const state = openingState(
        {weekly: WEEKLY, exceptions: [saturday]},
        at('2026-11-20T18:00:00-08:00'),
      )
      expect(summary(state)).toMatchObject({opensAt: {date: '2026-11-21', time: '09:00'}})
    })
  })

  describe('across daylight-saving changes (America/Los_Angeles)', () => {
    it.each([
      ['01:30 PST, before the clocks go forward', '2026-03-08T01:30:00-08:00'],
      ['03:30 PDT, after the clocks went forward', '2026-03-08T03:30:00-07:00'],
    ])('on 8 March at %s opens at 08:00 PDT that morning', (_, iso) => {
      expect(summary(openingState(EVERY_DAY, at(iso)))).toEqual({
        state: 'closed',
        opensAt: {date: '2026-03-08', time: '08:00', weekday: 'sunday'},
        from: '2026-03-08T15:00:00.000Z',
      })
    })

    it('on 8 March closes at 17:00 PDT', () => {
      expect(summary(openingState(EVERY_DAY, at('2026-03-08T16:30:00-07:00')))).toEqual({
        state: 'open',
        closesAt: '17:00',
        until: '2026-03-09T00:00:00.000Z',
      })
    })

    it.each([
      ['the first 01:30 (PDT)', '2026-11-01T08:30:00Z'],
      ['the second 01:30 (PST)', '2026-11-01T09:30:00Z'],
    ])('on 1 November at %s opens at 08:00 PST that morning', (_, iso) => {
      expect(localDate(at(iso))).toBe('2026-11-01')
      expect(summary(openingState(EVERY_DAY, at(iso)))).toEqual({
        state: 'closed',
        opensAt: {date: '2026-11-01', time: '08:00', weekday: 'sunday'},
        from: '2026-11-01T16:00:00.000Z',
      })
    })

    it('the evening before the clocks go back, the next opening is 25 hours after 07:00 PDT', () => {
      expect(summary(openingState(EVERY_DAY, at('2026-10-31T20:00:00-07:00')))).toMatchObject({
        from: '2026-11-01T16:00:00.000Z',
      })
    })

    it('when closed on the Sunday, opens on Monday at 08:00 in the new offset', () => {
      expect(summary(openingState(HOURS, at('2026-03-08T01:30:00-08:00')))).toMatchObject({
        opensAt: {date: '2026-03-09', time: '08:00', weekday: 'monday'},
        from: '2026-03-09T15:00:00.000Z',
      })
      expect(summary(openingState(HOURS, at('2026-11-01T08:30:00Z')))).toMatchObject({
        opensAt: {date: '2026-11-02', time: '08:00'},
        from: '2026-11-02T16:00:00.000Z',
      })
    })
  })

  it('works in another time zone (America/New_York)', () => {
    const now = at('2026-11-24T09:30:00-05:00')
    expect(summary(openingState(HOURS, now, 'America/New_York'))).toEqual({
      state: 'open',
      closesAt: '17:00',
      until: '2026-11-24T22:00:00.000Z',
    })
    // The same instant is 06:30 in Los Angeles: not yet open.
    expect(summary(openingState(HOURS, now))).toMatchObject({from: '2026-11-24T16:00:00.000Z'})
  })

  it('has no next opening without hours, or when none falls in the next 14 days', () => {
    expect(openingState({}, at('2026-11-24T09:30:00-08:00'))).toEqual({
      state: 'closed',
      opensAt: null,
      exception: null,
    })
    const closedFor15Days = Array.from({length: 15}, (_, index) => ({
      date: `2026-11-${String(index + 1).padStart(2, '0')}`,
      closed: true,
    }))
    const hours = {weekly: WEEKLY, exceptions: closedFor15Days}
    expect(openingState(hours, at('2026-11-01T12:00:00-08:00')).state).toBe('closed')
    expect(summary(openingState(hours, at('2026-11-01T12:00:00-08:00')))).toEqual({
      state: 'closed',
      opensAt: null,
    })
    // A day later the 16th (a Monday) is within reach.
    expect(summary(openingState(hours, at('2026-11-02T12:00:00-08:00')))).toMatchObject({
      opensAt: {date: '2026-11-16'},
    })
  })

  it('throws only on programming errors: an invalid Date or an unknown time zone', () => {
    expect(() => openingState(HOURS, new Date('nope'))).toThrow(RangeError)
    expect(() => openingState(HOURS, at('2026-11-24T09:30:00Z'), 'Mars/Olympus')).toThrow(
      RangeError,
    )
  })
})

describe('zonedInstant', () => {
  it.each([
    ['an ordinary winter morning', '2026-11-24', '08:00', '2026-11-24T16:00:00.000Z'],
    ['an ordinary summer morning', '2026-07-01', '08:00', '2026-07-01T15:00:00.000Z'],
    [
      'a time that does not exist (moved on by the gap: 03:30 PDT)',
      '2026-03-08',
      '02:30',
      '2026-03-08T10:30:00.000Z',
    ],
    ['the first time after the gap', '2026-03-08', '03:00', '2026-03-08T10:00:00.000Z'],
    [
      'a time that happens twice (the first, PDT)',
      '2026-11-01',
      '01:30',
      '2026-11-01T08:30:00.000Z',
    ],
    ['the hour after the repeat', '2026-11-01', '02:00', '2026-11-01T10:00:00.000Z'],
  ])('resolves %s', (_, date, time, iso) => {
    expect(zonedInstant(date, time).toISOString()).toBe(iso)
  })

  it('resolves a midnight that does not exist to the start of the day (America/Santiago)', () => {
    // Chile moves its clocks from 00:00 to 01:00 on 6 September 2026.
    expect(zonedInstant('2026-09-06', '00:00', 'America/Santiago').toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    )
  })
})

describe('nextChange', () => {
  it('is the closing instant while open', () => {
    const now = at('2026-11-24T09:30:00-08:00')
    expect(nextChange(HOURS, now).toISOString()).toBe('2026-11-25T01:00:00.000Z')
  })

  it('is the opening instant while closed for lunch', () => {
    const now = at('2026-11-19T12:30:00-08:00')
    expect(nextChange(HOURS, now).toISOString()).toBe('2026-11-19T21:00:00.000Z')
  })

  it('is the opening instant early in the morning', () => {
    expect(nextChange(HOURS, at('2026-11-24T07:00:00-08:00')).toISOString()).toBe(
      '2026-11-24T16:00:00.000Z',
    )
  })

  it('is the next local midnight when the next opening is later (the page says "tomorrow")', () => {
    expect(nextChange(HOURS, at('2026-11-24T18:00:00-08:00')).toISOString()).toBe(
      '2026-11-25T08:00:00.000Z',
    )
    // Friday evening: not Monday's opening, but Saturday's midnight.
    expect(nextChange(HOURS, at('2026-11-20T18:00:00-08:00')).toISOString()).toBe(
      '2026-11-21T08:00:00.000Z',
    )
  })

  it('is the midnight that starts Thanksgiving, the evening before', () => {
    expect(nextChange(HOURS, at('2026-11-25T19:00:00-08:00')).toISOString()).toBe(
      '2026-11-26T08:00:00.000Z',
    )
  })

  it('is the next local midnight without any hours', () => {
    expect(nextChange({}, at('2026-11-24T09:30:00-08:00')).toISOString()).toBe(
      '2026-11-25T08:00:00.000Z',
    )
  })

  it('finds local midnight after the clocks went back (00:00 PST is 08:00Z)', () => {
    expect(nextChange(HOURS, at('2026-11-01T17:30:00-08:00')).toISOString()).toBe(
      '2026-11-02T08:00:00.000Z',
    )
  })

  it('holds the state until the change, which alters it (or is midnight), within 25 hours', () => {
    // Every 41 minutes (so the minutes vary) around both DST changes, Thanksgiving and Christmas.
    const sweeps = [
      ['2026-03-06T00:00:00Z', '2026-03-10T00:00:00Z'],
      ['2026-10-30T00:00:00Z', '2026-11-03T00:00:00Z'],
      ['2026-11-24T00:00:00Z', '2026-11-29T00:00:00Z'],
      ['2026-12-23T00:00:00Z', '2026-12-29T00:00:00Z'],
    ]
    for (const [start, end] of sweeps) {
      for (let time = Date.parse(start!); time < Date.parse(end!); time += 41 * 60 * 1000) {
        const now = new Date(time)
        const change = nextChange(HOURS, now)
        const ahead = change.getTime() - time
        expect(ahead).toBeGreaterThan(0)
        expect(ahead).toBeLessThanOrEqual(25 * HOUR)
        const state = openingState(HOURS, now)
        expect(openingState(HOURS, new Date(change.getTime() - 1))).toEqual(state)
        const midnight = zonedInstant(localDate(change), '00:00').getTime() === change.getTime()
        if (!midnight) expect(openingState(HOURS, change).state).not.toBe(state.state)
      }
    }
  })
})

describe('upcomingExceptions', () => {
  const exceptions = [
    {date: '2026-11-19', closed: true, label: 'Past'},
    {date: '2026-11-25', closed: true, label: 'Staff training'},
    THANKSGIVING,
    CHRISTMAS_EVE,
    CHRISTMAS,
    {date: '2027-01-01', closed: true, label: "New Year's Day"},
  ]
  const labels = (list: Array<{label?: string}>) => list.map(({label}) => label)

  it('lists those from today (local) through 30 days ahead by default', () => {
    const now = at('2026-11-20T10:00:00-08:00')
    expect(labels(upcomingExceptions({exceptions}, now))).toEqual([
      'Staff training',
      'Thanksgiving',
    ])
  })

  it('takes another window', () => {
    const now = at('2026-11-20T10:00:00-08:00')
    expect(labels(upcomingExceptions({exceptions}, now, undefined, 42))).toEqual([
      'Staff training',
      'Thanksgiving',
      'Christmas Eve',
      'Christmas Day',
      "New Year's Day",
    ])
    expect(labels(upcomingExceptions({exceptions}, now, undefined, 41))).not.toContain(
      "New Year's Day",
    )
  })

  it("keeps today's exception until local midnight, though UTC is already tomorrow", () => {
    const now = at('2026-11-26T07:30:00Z') // 23:30 on the 25th in Los Angeles
    expect(labels(upcomingExceptions({exceptions}, now, undefined, 1))).toEqual([
      'Staff training',
      'Thanksgiving',
    ])
    expect(labels(upcomingExceptions({exceptions}, now, 'America/New_York', 1))).toEqual([
      'Thanksgiving',
    ])
  })
})

describe('normalizeHours', () => {
  it('sorts weekly rows Monday to Sunday, then by opening time, and exceptions by date', () => {
    const result = normalizeHours(
      [
        day('sunday', '10:00', '12:00'),
        day('monday', '13:00', '17:00'),
        day('monday', '08:00', '12:00'),
      ],
      [CHRISTMAS, THANKSGIVING],
    )
    expect(result.weekly).toEqual([
      day('monday', '08:00', '12:00'),
      day('monday', '13:00', '17:00'),
      day('sunday', '10:00', '12:00'),
    ])
    expect(result.exceptions.map(({date}) => date)).toEqual(['2026-11-26', '2026-12-25'])
  })

  it('removes duplicates and merges ranges of a day that overlap or touch', () => {
    const result = normalizeHours(
      [
        {_key: 'a', ...day('monday', '08:00', '12:00')},
        {_key: 'b', ...day('monday', '08:00', '12:00')},
        day('monday', '11:00', '13:00'),
        day('tuesday', '08:00', '12:00'),
        day('tuesday', '12:00', '17:00'),
        day('wednesday', '08:00', '17:00'),
        day('wednesday', '09:00', '10:00'),
      ],
      [THANKSGIVING, {...THANKSGIVING, label: 'Second entry'}],
    )
    expect(result.weekly).toEqual([
      {_key: 'a', ...day('monday', '08:00', '13:00')},
      day('tuesday', '08:00', '17:00'),
      day('wednesday', '08:00', '17:00'),
    ])
    expect(result.exceptions).toEqual([THANKSGIVING])
  })

  it.each([
    ['a string', 'monday 8-5'],
    ['null', null],
    ['an object', {monday: '08:00'}],
    ['a number', 42],
  ])('takes %s for a list as no rows', (_, value) => {
    expect(normalizeHours(value, value)).toEqual({weekly: [], exceptions: []})
  })

  it.each([
    ['null', null],
    ['a string', 'monday'],
    ['an array', ['monday', '08:00', '17:00']],
    ['an unknown day', day('funday' as 'monday', '08:00', '17:00')],
    ['a capitalized day', day('Monday' as 'monday', '08:00', '17:00')],
    ['no day', {opens: '08:00', closes: '17:00'}],
    ['25:00', day('monday', '08:00', '25:00')],
    ['24:00', day('monday', '08:00', '24:00')],
    ['a minute of 60', day('monday', '08:60', '17:00')],
    ['a single-digit hour', day('monday', '8:00', '17:00')],
    ['12-hour time', day('monday', '8:00 am', '5:00 pm')],
    ['spaces', day('monday', ' 08:00', '17:00')],
    ['a number for a time', {day: 'monday', opens: 800, closes: 1700}],
    ['closes before opens', day('monday', '17:00', '08:00')],
    ['closes when it opens', day('monday', '08:00', '08:00')],
    ['no closing time', {day: 'monday', opens: '08:00'}],
  ])('drops a weekly row with %s', (_, row) => {
    expect(normalizeHours([row, day('friday', '08:00', '17:00')], []).weekly).toEqual([
      day('friday', '08:00', '17:00'),
    ])
  })

  it.each([
    ['null', null],
    ['no date', {closed: true}],
    ['30 February', {date: '2026-02-30', closed: true}],
    ['month 13', {date: '2026-13-01', closed: true}],
    ['a US date', {date: '11/26/2026', closed: true}],
    ['a day-first date', {date: '26-11-2026', closed: true}],
    ['a date and time', {date: '2026-11-26T00:00:00Z', closed: true}],
    ['a Date object', {date: new Date('2026-11-26'), closed: true}],
    ['"yes" for closed and no hours', {date: '2026-11-26', closed: 'yes'}],
    ['open with no hours', {date: '2026-11-26', closed: false}],
    [
      'open with reversed hours',
      {date: '2026-11-26', closed: false, opens: '12:00', closes: '08:00'},
    ],
    ['open with a bad time', {date: '2026-11-26', closed: false, opens: '08:00', closes: '25:00'}],
  ])('drops an exception with %s', (_, item) => {
    expect(normalizeHours([], [item, CHRISTMAS]).exceptions).toEqual([CHRISTMAS])
  })

  it('accepts 29 February in a leap year', () => {
    expect(normalizeHours([], [{date: '2028-02-29', closed: true}]).exceptions).toHaveLength(1)
  })

  it('keeps what is valid in an exception and drops the rest', () => {
    expect(
      normalizeHours(
        [],
        [
          {_key: 7, date: '2026-11-26', closed: true, opens: '08:00', closes: '12:00', label: 3},
          {date: '2026-12-24', closed: 'no', opens: '08:00', closes: '12:00', label: '  Eve  '},
          {date: '2026-12-31', closed: true, label: '   '},
        ],
      ).exceptions,
    ).toEqual([
      {date: '2026-11-26', closed: true},
      {date: '2026-12-24', closed: false, opens: '08:00', closes: '12:00', label: 'Eve'},
      {date: '2026-12-31', closed: true},
    ])
  })

  it('lets every function take malformed hours without throwing', () => {
    const junk = {weekly: 'monday 8-5', exceptions: [null, 'x', {date: 'soon'}]}
    const now = at('2026-11-24T09:30:00-08:00')
    expect(openingState(junk, now)).toEqual({state: 'closed', opensAt: null, exception: null})
    expect(openingState(null, now).state).toBe('closed')
    expect(nextChange(undefined, now).toISOString()).toBe('2026-11-25T08:00:00.000Z')
    expect(upcomingExceptions(junk, now)).toEqual([])
    expect(openingHoursSpecification(junk)).toEqual([])
  })
})

describe('hoursCheck', () => {
  it.each([
    [{opens: '08:00', closes: '17:00'}],
    [{opens: '00:00', closes: '23:59'}],
    [{closed: true}],
    [{closed: true, opens: '17:00', closes: '08:00'}],
  ])('accepts %j', (value) => {
    expect(hoursCheck(value)).toBe(true)
  })

  it.each([
    [{opens: '17:00', closes: '08:00'}, 'Closing time must be after opening time.'],
    [{opens: '08:00', closes: '08:00'}, 'Closing time must be after opening time.'],
    [{opens: '8:00', closes: '17:00'}, 'Use 24-hour time such as 08:00.'],
    [{opens: '08:00', closes: '5:00 pm'}, 'Use 24-hour time such as 08:00.'],
    [{opens: '08:00', closes: '24:00'}, 'Use 24-hour time such as 08:00.'],
    [{opens: '08:00', closes: 1700}, 'Use 24-hour time such as 08:00.'],
    [{closes: '17:00'}, 'Enter an opening time.'],
    [{opens: null, closes: '17:00'}, 'Enter an opening time.'],
    [{opens: '08:00', closes: ''}, 'Enter a closing time.'],
    [{closed: false, opens: '08:00'}, 'Enter a closing time.'],
    [null, 'Enter an opening and a closing time.'],
  ])('rejects %j: %s', (value, message) => {
    expect(hoursCheck(value)).toBe(message)
  })
})

describe('openingHoursSpecification', () => {
  it('groups weekly ranges by their days, then adds closed and special-hours exceptions', () => {
    expect(
      openingHoursSpecification({...HOURS, exceptions: [CHRISTMAS_EVE, THANKSGIVING]}),
    ).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Friday'],
        opens: '08:00',
        closes: '17:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Thursday'],
        opens: '08:00',
        closes: '12:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Thursday'],
        opens: '13:00',
        closes: '17:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        opens: '00:00',
        closes: '00:00',
        validFrom: '2026-11-26',
        validThrough: '2026-11-26',
      },
      {
        '@type': 'OpeningHoursSpecification',
        opens: '08:00',
        closes: '12:00',
        validFrom: '2026-12-24',
        validThrough: '2026-12-24',
      },
    ])
  })

  it('leaves out past exceptions when given the upcoming ones', () => {
    const now = at('2026-12-01T10:00:00-08:00')
    const upcoming = upcomingExceptions(HOURS, now, undefined, 60)
    const dates = openingHoursSpecification({weekly: [], exceptions: upcoming}).map(
      (item) => (item as {validFrom?: string}).validFrom,
    )
    expect(dates).toEqual(['2026-12-24', '2026-12-25'])
  })
})
