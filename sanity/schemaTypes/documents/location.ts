import {defineArrayMember, defineField, defineType} from 'sanity'

import {requiredName, translatedField} from '../fields'
import {requiredUniqueSlug, skipBuiltInUniqueCheck} from '../slug-rules'

/** The phone formats the site shows (the same rule as the settings' phone number). */
export const PHONE_PATTERN = /^[+()0-9 .-]{7,20}$/

/** Two exceptions for one date would contradict each other: name the dates given twice. */
function oneExceptionPerDate(exceptions: Array<{date?: string}> | undefined): true | string {
  const dates = (exceptions ?? []).flatMap((exception) => (exception?.date ? [exception.date] : []))
  const twice = [...new Set(dates.filter((date, index) => dates.indexOf(date) !== index))]
  return twice.length ? `${twice.join(', ')} is listed twice: keep one entry per date.` : true
}

/**
 * A place where the clinic sees patients. The main location (chosen in Site settings) gives the
 * clinic's address and hours to every page; each location has its own page with opening hours,
 * holidays, directions and access. Names stay as written; what patients read about getting there
 * is translated per field.
 */
export const location = defineType({
  name: 'location',
  title: 'Location',
  type: 'document',
  fields: [
    {
      ...requiredName(
        'How patients know this place, for example "Alhambra office".',
        'Write the location’s name.',
      ),
    },
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description:
        'The last part of the page’s address: /locations/<this>. Press "Generate" to make it from the name.',
      options: {source: 'name', maxLength: 96, isUnique: skipBuiltInUniqueCheck},
      validation: requiredUniqueSlug('location', 'name'),
    }),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'postalAddress',
      description: 'Shown on the page, used for the directions link and by search engines.',
      validation: (rule) => rule.required().error('Write the address.'),
    }),
    defineField({
      name: 'phone',
      title: 'Phone number',
      type: 'string',
      description: 'The number patients call for this location, for example "(555) 010-0100".',
      validation: (rule) =>
        rule
          .required()
          .regex(PHONE_PATTERN)
          .error('Write the phone number with digits, spaces, dashes or brackets only.'),
    }),
    defineField({
      name: 'fax',
      title: 'Fax number',
      type: 'string',
      description: 'Optional. For referrals and records from other offices.',
      validation: (rule) =>
        rule
          .regex(PHONE_PATTERN)
          .error('Write the fax number with digits, spaces, dashes or brackets only.'),
    }),
    defineField({
      name: 'appointmentUrl',
      title: 'Appointment link',
      type: 'url',
      description:
        'Optional. This location’s own page for requesting an appointment (the scheduling or patient-portal site). Without one, its page offers the link from Site settings.',
      validation: (rule) =>
        rule.uri({scheme: ['https']}).error('Use a web address that starts with https://.'),
    }),
    defineField({
      name: 'hours',
      title: 'Regular opening hours',
      type: 'array',
      description:
        'One line per range, for example Monday to Friday, 08:00 to 17:00. A day with a lunch break has two lines. Days without a line are shown as closed.',
      of: [defineArrayMember({type: 'weeklyHours'})],
    }),
    defineField({
      name: 'hoursExceptions',
      title: 'Holidays and special hours',
      type: 'array',
      description:
        'Dates that differ from the regular week. The page announces them two weeks ahead, for example "Closed Thursday 26 November (Thanksgiving)". Past dates can be removed.',
      of: [defineArrayMember({type: 'hoursException'})],
      validation: (rule) => rule.custom(oneExceptionPerDate).error(),
    }),
    translatedField(
      'parking',
      'Parking',
      'text',
      'Where patients can park, what it costs, and whether there are accessible spaces.',
    ),
    translatedField(
      'transit',
      'Public transport',
      'text',
      'The buses or trains that stop nearby, and the walk from the stop.',
    ),
    defineField({
      name: 'stepFreeAccess',
      title: 'Step-free access',
      type: 'boolean',
      description:
        'On when a wheelchair user can get from the street to the clinic without steps (a ramp or a lift).',
    }),
    translatedField(
      'accessNotes',
      'Access notes',
      'text',
      'Optional. Anything else about getting in: the entrance to use, the lift, the floor.',
    ),
  ],
  orderings: [{title: 'Name', name: 'nameAsc', by: [{field: 'name', direction: 'asc'}]}],
  preview: {select: {title: 'name', subtitle: 'address.city'}},
})
