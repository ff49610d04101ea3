/** @jest-environment node */
import {
  englishLabel,
  parseDays,
  parseTimes,
  readOldHours,
} from '@/migrations/main-location/parse-hours'

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const MON_FRI = WEEK.slice(0, 5)

describe('parseDays (the English days of an old row)', () => {
  it.each([
    ['Monday–Friday', MON_FRI],
    ['Monday—Friday', MON_FRI],
    ['Monday - Friday', MON_FRI],
    ['Mon-Fri', MON_FRI],
    ['mon – fri', MON_FRI],
    ['Mon. – Fri.', MON_FRI],
    ['Monday to Friday', MON_FRI],
    ['Monday through Friday:', MON_FRI],
    ['Mon thru Fri', MON_FRI],
    ['Weekdays', MON_FRI],
    ['Saturday and Sunday', ['saturday', 'sunday']],
    ['Saturday–Sunday', ['saturday', 'sunday']],
    ['Sat & Sun', ['saturday', 'sunday']],
    ['Weekends', ['saturday', 'sunday']],
    ['Monday, Wednesday', ['monday', 'wednesday']],
    ['Mon/Wed/Fri', ['monday', 'wednesday', 'friday']],
    ['Monday, Wednesday, and Friday', ['monday', 'wednesday', 'friday']],
    ['Tues, Thurs', ['tuesday', 'thursday']],
    ['Tuesday', ['tuesday']],
    ['Thursdays', ['thursday']],
    ['Daily', WEEK],
    ['Every day', WEEK],
    // A range runs forward through the week.
    ['Friday–Monday', ['monday', 'friday', 'saturday', 'sunday']],
    ['Sunday–Thursday', ['monday', 'tuesday', 'wednesday', 'thursday', 'sunday']],
    // Copy and paste: a zero-width space and a no-break space change nothing a reader sees.
    ['Monday\u200b\u00a0–\u00a0Friday', MON_FRI],
  ])('reads %j', (label, days) => expect(parseDays(label)).toEqual(days))

  it.each([
    '',
    '   ',
    'Holidays',
    'By appointment',
    'Mon–Wed–Fri',
    'Monday–Monday',
    'Monday, Monday–Wednesday',
    'Mo–Fr',
    'Monday–',
    'Monday,',
    'Lunes a viernes',
    '星期一至星期五',
    'Monday–Friday except holidays',
    'Every other Saturday',
    '\u202eMonday',
    '<script>Monday</script>',
  ])('refuses %j', (label) => expect(parseDays(label)).toBeNull())
})

describe('parseTimes (the English hours of an old row)', () => {
  const range = (opens: string, closes: string) => [{opens, closes}]

  it.each([
    ['8:00 am – 5:00 pm', range('08:00', '17:00')],
    ['8 AM-5 PM', range('08:00', '17:00')],
    ['8am-5pm', range('08:00', '17:00')],
    ['8a–5p', range('08:00', '17:00')],
    ['8:00 a.m. – 5:00 p.m.', range('08:00', '17:00')],
    ['8:00 a. m. – 5:00 p. m.', range('08:00', '17:00')],
    // What Intl.DateTimeFormat writes: a narrow no-break space before AM.
    ['8:00\u202fAM – 5:00\u202fPM', range('08:00', '17:00')],
    ['08:00–17:00', range('08:00', '17:00')],
    ['8:00 to 17:00', range('08:00', '17:00')],
    ['08.30–16.45', range('08:30', '16:45')],
    ['7:30 a.m. - 12 p.m.', range('07:30', '12:00')],
    ['9 am until noon', range('09:00', '12:00')],
    ['noon - 5 pm', range('12:00', '17:00')],
    ['12:15 am–11 pm', range('00:15', '23:00')],
    // The opening takes the closing's half of the day when only that one makes sense.
    ['9–11 am', range('09:00', '11:00')],
    ['1–5 pm', range('13:00', '17:00')],
    ['9:30–noon', range('09:30', '12:00')],
    // A lunch break: two ranges, in order.
    [
      '8:00 am – 12:00 pm, 1:00 pm – 5:00 pm',
      [
        {opens: '08:00', closes: '12:00'},
        {opens: '13:00', closes: '17:00'},
      ],
    ],
    [
      '13:00–17:00 and 08:00–12:00',
      [
        {opens: '08:00', closes: '12:00'},
        {opens: '13:00', closes: '17:00'},
      ],
    ],
  ])('reads %j', (label, ranges) => expect(parseTimes(label)).toEqual(ranges))

  it.each(['Closed', 'closed', 'CLOSED.', ' Closed '])('reads %j as closed', (label) =>
    expect(parseTimes(label)).toBe('closed'),
  )

  it.each([
    // Which 5? Refused, not guessed.
    '9–5',
    '9-17',
    '9:00–5:00',
    '8 am – 5',
    '8–5 pm',
    // Impossible or backwards.
    '25:00–26:00',
    '8:60 am – 5 pm',
    '13 pm – 5 pm',
    '5:00 pm – 8:00 am',
    '08:00–08:00',
    '12–noon',
    '10 pm – midnight',
    // Overlapping ranges.
    '8:00–12:00, 11:00–17:00',
    // Not hours.
    '',
    'By appointment',
    'Closed on holidays',
    'Open 24 hours',
    '8:00 am – 5:00 pm (lunch 12–1)',
    'Cerrado',
    '上午 8:00 – 下午 5:00',
    '8:00 a. m. – 5:00 p. m. <script>',
  ])('refuses %j', (label) => expect(parseTimes(label)).toBeNull())
})

describe('englishLabel', () => {
  const i18n = (values: Record<string, unknown>) =>
    Object.entries(values).map(([language, value]) => ({
      _key: language,
      _type: 'internationalizedArrayStringValue',
      language,
      value,
    }))

  it('takes the English item of an internationalized array, or a plain string', () => {
    expect(englishLabel(i18n({es: 'Lunes', en: 'Monday'}))).toBe('Monday')
    expect(englishLabel('Monday')).toBe('Monday')
  })

  it('has none without an English text item', () => {
    expect(englishLabel(i18n({es: 'Lunes'}))).toBeUndefined()
    expect(englishLabel(i18n({en: 42}))).toBeUndefined()
    expect(englishLabel({en: 'Monday'})).toBeUndefined()
    expect(englishLabel([null, 'Monday', 7])).toBeUndefined()
    expect(englishLabel(undefined)).toBeUndefined()
  })
})

describe('readOldHours (rows of the old settings into weekly rows)', () => {
  const row = (key: string, days: unknown, hours: unknown) => ({
    _type: 'openingHours',
    _key: key,
    days,
    hours,
  })

  it('makes one weekly row per range, keyed after the old row; a closed row makes none', () => {
    expect(
      readOldHours([
        row('k1', 'Monday–Friday', '8:00 am – 12:00 pm, 1:00 pm – 5:00 pm'),
        row('k2', 'Saturday', '9 am – 1 pm'),
        row('k3', 'Sunday', 'Closed'),
      ]),
    ).toEqual({
      weekly: [
        {_key: 'k1-1', _type: 'weeklyHours', days: MON_FRI, opens: '08:00', closes: '12:00'},
        {_key: 'k1-2', _type: 'weeklyHours', days: MON_FRI, opens: '13:00', closes: '17:00'},
        {_key: 'k2', _type: 'weeklyHours', days: ['saturday'], opens: '09:00', closes: '13:00'},
      ],
      unreadable: [],
    })
  })

  it('has nothing to read when there are no hours', () => {
    expect(readOldHours(undefined)).toEqual({weekly: [], unreadable: []})
    expect(readOldHours([])).toEqual({weekly: [], unreadable: []})
  })

  it('names each row it refuses, with what it said and why, and keeps reading the others', () => {
    const {weekly, unreadable} = readOldHours([
      row('ok', 'Mon–Thu', '08:00–17:00'),
      row('vague', 'Friday', '9–5'),
      row('holiday', 'Holidays', 'Closed'),
      row('spanish', [{_key: 'es', language: 'es', value: 'Sábado'}], '9 am – 1 pm'),
      row('no-hours', 'Sunday', undefined),
    ])
    expect(weekly.map(({_key}) => _key)).toEqual(['ok'])
    expect(unreadable).toEqual([
      {
        key: 'vague',
        days: 'Friday',
        hours: '9–5',
        reason: 'the hours "9–5" are not plain opening and closing times',
      },
      {
        key: 'holiday',
        days: 'Holidays',
        hours: 'Closed',
        reason: 'the days "Holidays" are not a plain list of weekdays',
      },
      {key: 'spanish', hours: '9 am – 1 pm', reason: 'it has no English days'},
      {key: 'no-hours', days: 'Sunday', reason: 'it has no English hours'},
    ])
  })

  it('refuses a row that contradicts an earlier one', () => {
    const {weekly, unreadable} = readOldHours([
      row('week', 'Monday–Saturday', '8:00 am – 5:00 pm'),
      row('sat-closed', 'Saturday', 'Closed'),
      row('mon-morning', 'Monday', '7:00–9:00'),
      row('sun-closed', 'Sunday', 'Closed'),
      row('sun-open', 'Sunday', '10 am – 2 pm'),
      // Touching an earlier range is not a contradiction.
      row('fri-evening', 'Friday', '17:00–19:00'),
    ])
    expect(weekly.map(({_key}) => _key)).toEqual(['week', 'fri-evening'])
    expect(unreadable.map(({key, reason}) => [key, reason])).toEqual([
      ['sat-closed', 'an earlier row opens on saturday'],
      ['mon-morning', 'it contradicts an earlier row on monday'],
      ['sun-open', 'it contradicts an earlier row on sunday'],
    ])
  })

  it('refuses hours that are not a list, and rows that are not objects', () => {
    expect(readOldHours({days: 'Monday', hours: '9 am – 5 pm'})).toEqual({
      weekly: [],
      unreadable: [{reason: 'the hours are not a list'}],
    })
    expect(readOldHours(['Monday 9–5', null, row('k', 'Monday', '9 am – 5 pm')])).toEqual({
      weekly: [
        {_key: 'k', _type: 'weeklyHours', days: ['monday'], opens: '09:00', closes: '17:00'},
      ],
      unreadable: [
        {reason: 'it is not a row of days and hours'},
        {reason: 'it is not a row of days and hours'},
      ],
    })
  })

  it('makes keys that are unique and safe, whatever the old keys were', () => {
    const {weekly} = readOldHours([
      row('same', 'Monday', '9 am – 1 pm'),
      row('same', 'Tuesday', '9 am – 1 pm'),
      row('<script>', 'Wednesday', '9 am – 1 pm'),
      {days: 'Thursday', hours: '9 am – 1 pm'},
    ])
    expect(weekly.map(({_key}) => _key)).toEqual(['same', 'same-2', 'row3', 'row4'])
  })
})
