import {defineField, defineType} from 'sanity'

import {translatedField} from '../fields'
import {menuField} from '../objects/menuItem'

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
      name: 'mainLocation',
      title: 'Main location',
      type: 'reference',
      to: [{type: 'location'}],
      description:
        'The location whose address and opening hours every page shows, and that search engines take as the clinic’s. Add locations under Locations; each has its own page.',
      validation: (rule) =>
        rule
          .required()
          .error('Choose the main location, so that every page can say where the clinic is.'),
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
    menuField(
      'headerMenu',
      'Header menu',
      'The links at the top of every page, in order: pages, treatments, physicians, locations, sections of the site or other websites.',
    ),
    menuField(
      'footerMenu',
      'Footer menu',
      'The links at the bottom of every page, in order. The language assistance notice is always linked there too.',
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
