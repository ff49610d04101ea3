/** @jest-environment node */
import {getTranslator} from '@/lib/i18n'
import {exceptionHours, formatTime, stateText, statusTimeline, weekRows} from '@/lib/i18n/hours'
import {normalizeHours, openingState, type WeeklyHours} from '@/lib/shared/opening-hours'

/*
 * Fixed clocks, written with their offset (-08:00 is PST). November 2026: Monday 23 … Friday 27,
 * Thursday 26 is Thanksgiving.
 */
const at = (iso: string) => new Date(iso)
const day = (d: WeeklyHours['day'], opens: string, closes: string) => ({day: d, opens, closes})
const WEEKDAYS_8_TO_5 = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map(
  (d) => day(d, '08:00', '17:00'),
)
const hours = normalizeHours(WEEKDAYS_8_TO_5, [
  {date: '2026-11-26', closed: true, label: 'Thanksgiving'},
  {date: '2026-12-24', closed: false, opens: '08:00', closes: '12:00'},
])
// Intl puts narrow and thin no-break spaces around "AM" and range dashes; compare plain spaces.
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u202f\u2009]/g, ' '))
const en = getTranslator('en')
const es = getTranslator('es')
const zh = getTranslator('zh-Hans')

describe('weekRows', () => {
  it('groups consecutive days that share their hours, and names closed days', () => {
    expect(plain(weekRows(hours, 'en', en))).toEqual([
      {key: 'monday', days: 'Monday to Friday', hours: '8:00 AM – 5:00 PM', closed: false},
      {key: 'saturday', days: 'Saturday and Sunday', hours: 'Closed', closed: true},
    ])
  })

  it('speaks Spanish and Chinese with their own day names and clocks', () => {
    expect(weekRows(hours, 'es', es).map(({days, hours}) => `${days}: ${hours}`)).toEqual([
      'lunes a viernes: 8:00–17:00',
      'sábado y domingo: Cerrado',
    ])
    expect(weekRows(hours, 'zh-Hans', zh).map(({days, hours}) => `${days}：${hours}`)).toEqual([
      '星期一至星期五：08:00–17:00',
      '星期六和星期日：休息',
    ])
  })

  it('lists a day with a lunch break as its two ranges, and keeps non-consecutive days apart', () => {
    const split = normalizeHours(
      [
        day('monday', '09:00', '12:00'),
        day('monday', '13:00', '17:00'),
        day('wednesday', '09:00', '12:00'),
        day('wednesday', '13:00', '17:00'),
      ],
      [],
    )
    expect(plain(weekRows(split, 'en', en).map(({days, hours}) => `${days}: ${hours}`))).toEqual([
      'Monday: 9:00 AM – 12:00 PM, 1:00 – 5:00 PM',
      'Tuesday: Closed',
      'Wednesday: 9:00 AM – 12:00 PM, 1:00 – 5:00 PM',
      'Thursday to Sunday: Closed',
    ])
  })

  it('says closed every day when there are no hours', () => {
    expect(weekRows(normalizeHours([], []), 'en', en)).toEqual([
      {key: 'monday', days: 'Monday to Sunday', hours: 'Closed', closed: true},
    ])
  })
})

describe('stateText', () => {
  const text = (iso: string, language: 'en' | 'es' = 'en') => {
    const now = at(iso)
    return plain(
      stateText(openingState(hours, now), iso.slice(0, 10), language, language === 'en' ? en : es),
    )
  }

  it('says when an open clinic closes', () => {
    expect(text('2026-11-23T10:00:00-08:00')).toBe('Open now · closes at 5:00 PM')
    expect(text('2026-11-23T10:00:00-08:00', 'es')).toBe('Abierto ahora · cierra a las 17:00')
  })

  it('says today, tomorrow, a weekday, as the next opening is near', () => {
    expect(text('2026-11-23T07:00:00-08:00')).toBe('Closed now · opens today at 8:00 AM')
    expect(text('2026-11-23T18:00:00-08:00')).toBe('Closed · opens tomorrow at 8:00 AM')
    // Wednesday evening: Thursday is Thanksgiving, so the next opening is Friday.
    expect(text('2026-11-25T18:00:00-08:00')).toBe('Closed · opens Friday at 8:00 AM')
    expect(text('2026-11-28T10:00:00-08:00', 'es')).toBe('Cerrado · abre el lunes a las 8:00')
  })

  it('says closed, without a time, when nothing opens within the look-ahead', () => {
    const none = normalizeHours([], [])
    const now = at('2026-11-23T10:00:00-08:00')
    expect(stateText(openingState(none, now), '2026-11-23', 'en', en)).toBe('Closed')
  })
})

describe('exceptionHours', () => {
  it('says closed, or the special hours', () => {
    expect(exceptionHours(hours.exceptions[0]!, 'en', en)).toBe('Closed')
    expect(plain(exceptionHours(hours.exceptions[1]!, 'en', en))).toBe('8:00 AM – 12:00 PM')
    expect(formatTime('17:30', 'es')).toBe('17:30')
  })
})

describe('statusTimeline', () => {
  it('carries each change of the coming days in words, from the render time on', () => {
    // Rendered Wednesday 25 November at 16:00 (PST): open, then Thanksgiving, then Friday.
    const timeline = statusTimeline(hours, at('2026-11-25T16:00:00-08:00'), 'en', en, 3)
    expect(plain(timeline.map(({from, text}) => [new Date(from).toISOString(), text]))).toEqual([
      ['2026-11-26T00:00:00.000Z', 'Open now · closes at 5:00 PM'],
      ['2026-11-26T01:00:00.000Z', 'Closed · opens Friday at 8:00 AM'],
      // Thanksgiving is today from midnight: Friday is now "tomorrow".
      ['2026-11-26T08:00:00.000Z', 'Closed · opens tomorrow at 8:00 AM'],
      ['2026-11-27T08:00:00.000Z', 'Closed now · opens today at 8:00 AM'],
      ['2026-11-27T16:00:00.000Z', 'Open now · closes at 5:00 PM'],
      ['2026-11-28T01:00:00.000Z', 'Closed · opens Monday at 8:00 AM'],
    ])
    expect(timeline.map(({open}) => open)).toEqual([true, false, false, false, true, false])
  })

  it('covers a whole week from any moment, with at least one entry per day', () => {
    const now = at('2026-11-23T12:34:00-08:00')
    const timeline = statusTimeline(hours, now, 'en', en)
    const days = new Set(timeline.map(({from}) => new Date(from - 8 * 3600_000).getUTCDate()))
    expect(timeline[0]!.from).toBe(now.getTime())
    expect(days.size).toBeGreaterThanOrEqual(5)
    // Strictly increasing: the browser picks the last entry that has begun.
    for (let index = 1; index < timeline.length; index += 1) {
      expect(timeline[index]!.from).toBeGreaterThan(timeline[index - 1]!.from)
    }
  })

  it.each([
    // Daylight saving ends on Sunday 1 November 2026 at 02:00 PDT (the clock goes back to 01:00).
    [
      '2026-10-31T12:00:00-07:00',
      [
        ['2026-10-31T19:00:00.000Z', 'Closed · opens Monday at 8:00 AM'],
        // Sunday's midnight is still PDT (07:00 UTC); Monday's is PST (08:00 UTC).
        ['2026-11-01T07:00:00.000Z', 'Closed · opens tomorrow at 8:00 AM'],
        ['2026-11-02T08:00:00.000Z', 'Closed now · opens today at 8:00 AM'],
        // 08:00 in PST is 16:00 UTC, not 15:00 as it was the week before.
        ['2026-11-02T16:00:00.000Z', 'Open now · closes at 5:00 PM'],
        ['2026-11-03T01:00:00.000Z', 'Closed · opens tomorrow at 8:00 AM'],
        ['2026-11-03T08:00:00.000Z', 'Closed now · opens today at 8:00 AM'],
        ['2026-11-03T16:00:00.000Z', 'Open now · closes at 5:00 PM'],
      ],
    ],
    // It starts on Sunday 8 March 2026 at 02:00 PST (the clock jumps to 03:00).
    [
      '2026-03-07T12:00:00-08:00',
      [
        ['2026-03-07T20:00:00.000Z', 'Closed · opens Monday at 8:00 AM'],
        ['2026-03-08T08:00:00.000Z', 'Closed · opens tomorrow at 8:00 AM'],
        // Monday's midnight and opening are PDT now: 07:00 and 15:00 UTC.
        ['2026-03-09T07:00:00.000Z', 'Closed now · opens today at 8:00 AM'],
        ['2026-03-09T15:00:00.000Z', 'Open now · closes at 5:00 PM'],
        ['2026-03-10T00:00:00.000Z', 'Closed · opens tomorrow at 8:00 AM'],
        ['2026-03-10T07:00:00.000Z', 'Closed now · opens today at 8:00 AM'],
        ['2026-03-10T15:00:00.000Z', 'Open now · closes at 5:00 PM'],
      ],
    ],
  ])('is right across the night of a daylight-saving change (rendered %s)', (iso, expected) => {
    const timeline = statusTimeline(hours, at(iso), 'en', en, 3)
    expect(plain(timeline.map(({from, text}) => [new Date(from).toISOString(), text]))).toEqual(
      expected,
    )
  })
})
