import {defineArrayMember, defineField, defineType} from 'sanity'

import {DEFAULT_LANGUAGE} from '../../../lib/shared/languages'
import {translatedField, translatedText} from '../fields'

export const SITE_SETTINGS_ID = 'siteSettings'

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({
      name: 'clinicName',
      title: 'Clinic name',
      type: 'string',
      description:
        'Shown in the header, in page titles and when pages are shared. The same in every language: organisation names stay as written.',
      validation: (rule) => rule.required().error('Write the clinic’s name.'),
    }),
    translatedField(
      'tagline',
      'Tagline',
      'string',
      'One short line under the clinic name on the home page.',
    ),
    defineField({
      name: 'phone',
      title: 'Phone number',
      type: 'string',
      description: 'The number patients call for appointments, for example "(555) 010-0100".',
      validation: (rule) =>
        rule
          .required()
          .regex(/^[+()0-9 .-]{7,20}$/)
          .error('Write the phone number with digits, spaces, dashes or brackets only.'),
    }),
    defineField({
      name: 'email',
      title: 'Email',
      type: 'string',
      description: 'Optional. An address patients may write to.',
      validation: (rule) => rule.email().error('Write a valid email address.'),
    }),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'object',
      description: 'Where the clinic is. Used for the map link and search engines.',
      fields: [
        defineField({
          name: 'street',
          title: 'Street',
          type: 'string',
          description: 'Street and number, suite.',
        }),
        defineField({name: 'city', title: 'City', type: 'string', description: 'City.'}),
        defineField({
          name: 'region',
          title: 'State',
          type: 'string',
          description: 'State, for example "CA".',
        }),
        defineField({
          name: 'postalCode',
          title: 'ZIP code',
          type: 'string',
          description: 'ZIP code.',
        }),
        defineField({
          name: 'country',
          title: 'Country',
          type: 'string',
          description: 'Country, for example "US".',
        }),
      ],
    }),
    defineField({
      name: 'hours',
      title: 'Opening hours',
      type: 'array',
      description:
        'One line per group of days, for example "Monday–Friday" and "8:00 am – 5:00 pm". Write the days and the hours in each language (the Spanish line says "lunes a viernes").',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'openingHours',
          fields: [
            translatedField(
              'days',
              'Days',
              'string',
              'For example "Monday–Friday".',
              'Write the days in English.',
            ),
            translatedField(
              'hours',
              'Hours',
              'string',
              'For example "8:00 am – 5:00 pm" or "Closed".',
              'Write the hours in English.',
            ),
          ],
          preview: {
            select: {days: 'days', hours: 'hours'},
            prepare: ({days, hours}) => ({
              title: translatedText(days, DEFAULT_LANGUAGE),
              subtitle: translatedText(hours, DEFAULT_LANGUAGE),
            }),
          },
        }),
      ],
    }),
    defineField({
      name: 'appointmentUrl',
      title: 'Appointment link',
      type: 'url',
      description: 'Optional. A page where patients can request an appointment online.',
      validation: (rule) =>
        rule.uri({scheme: ['https', 'http']}).error('Use a web address that starts with https://.'),
    }),
    translatedField(
      'disclaimer',
      'Medical disclaimer',
      'text',
      'Shown on every treatment page. Say that the content is educational and not medical advice.',
      'Write the disclaimer shown on treatment pages.',
    ),
    translatedField(
      'callToAction',
      'Call to action',
      'text',
      'The sentence in the "talk with our team" box, for example "Not sure which treatment is right for you? Call us and we will help you choose."',
    ),
    defineField({
      name: 'seo',
      title: 'Default search and sharing',
      type: 'seo',
      description: 'Used on pages that do not set their own.',
    }),
  ],
  preview: {prepare: () => ({title: 'Site settings'})},
})
