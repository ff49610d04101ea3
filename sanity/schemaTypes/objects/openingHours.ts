import {defineArrayMember, defineField, defineType, type StringRule} from 'sanity'

import {WEEKDAYS} from '../../../lib/shared/opening-hours'
import {translatedField, translatedText} from '../fields'
import {DEFAULT_LANGUAGE} from '../../../lib/shared/languages'

const TIME_HELP = 'On the 24-hour clock, for example 08:00 or 17:30.'
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const dayTitle = (day: string) => day.charAt(0).toUpperCase() + day.slice(1)

type Row = {opens?: unknown; closed?: unknown} | undefined
const blank = (time: unknown) => time === undefined || time === null || time === ''

/*
 * A range's rules (the same as lib/shared/opening-hours' hoursCheck), each on the field to fix:
 * Sanity reports a rule on an object type used in an array as a warning, whatever its level.
 * A day marked "Closed all day" needs no times.
 */
const opensRule = (rule: StringRule) =>
  rule
    .custom((opens, context) => {
      if ((context.parent as Row)?.closed === true) return true
      if (blank(opens)) return 'Enter an opening time.'
      return TIME.test(String(opens)) ? true : 'Use 24-hour time such as 08:00.'
    })
    .error()
const closesRule = (rule: StringRule) =>
  rule
    .custom((closes, context) => {
      const row = context.parent as Row
      if (row?.closed === true) return true
      if (blank(closes)) return 'Enter a closing time.'
      if (!TIME.test(String(closes))) return 'Use 24-hour time such as 08:00.'
      // A clinic has no overnight ranges, so "22:00–02:00" is a typing error, not a night shift.
      const opens = String(row?.opens ?? '')
      return TIME.test(opens) && String(closes) <= opens
        ? 'Closing time must be after opening time.'
        : true
    })
    .error()

/** One range of a regular week: "Monday to Friday, 08:00 to 17:00". */
export const weeklyHours = defineType({
  name: 'weeklyHours',
  title: 'Opening hours',
  type: 'object',
  fields: [
    defineField({
      name: 'days',
      title: 'Days',
      type: 'array',
      description: 'Tick the days these hours apply to.',
      of: [defineArrayMember({type: 'string'})],
      options: {list: WEEKDAYS.map((day) => ({title: dayTitle(day), value: day})), layout: 'grid'},
      validation: (rule) => rule.required().min(1).error('Tick at least one day.'),
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      description: TIME_HELP,
      validation: opensRule,
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      description: TIME_HELP,
      validation: closesRule,
    }),
  ],
  preview: {
    select: {days: 'days', opens: 'opens', closes: 'closes'},
    prepare: ({days, opens, closes}) => ({
      title: ((days as string[] | undefined) ?? []).map(dayTitle).join(', ') || 'No days ticked',
      subtitle: `${opens ?? '?'} – ${closes ?? '?'}`,
    }),
  },
})

/** A dated change to the week: a holiday closure or a short day, announced ahead of time. */
export const hoursException = defineType({
  name: 'hoursException',
  title: 'Holiday or special hours',
  type: 'object',
  fields: [
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'The day that differs from the regular week.',
      validation: (rule) => rule.required().error('Choose the date.'),
    }),
    translatedField(
      'label',
      'Reason',
      'string',
      'Shown to patients next to the date, for example "Thanksgiving".',
    ),
    defineField({
      name: 'closed',
      title: 'Closed all day',
      type: 'boolean',
      initialValue: true,
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      description: TIME_HELP,
      hidden: ({parent}) => parent?.closed !== false,
      validation: opensRule,
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      description: TIME_HELP,
      hidden: ({parent}) => parent?.closed !== false,
      validation: closesRule,
    }),
  ],
  preview: {
    select: {date: 'date', label: 'label', closed: 'closed', opens: 'opens', closes: 'closes'},
    prepare: ({date, label, closed, opens, closes}) => ({
      title: [date, translatedText(label, DEFAULT_LANGUAGE)].filter(Boolean).join(' · '),
      subtitle: closed === false ? `${opens ?? '?'} – ${closes ?? '?'}` : 'Closed',
    }),
  },
})
