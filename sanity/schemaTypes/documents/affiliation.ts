import {defineField, defineType} from 'sanity'

import {requiredName} from '../fields'

export const AFFILIATION_KINDS = [
  {title: 'Professional society or association', value: 'professional'},
  {title: 'Hospital or medical center', value: 'hospital'},
] as const

export const affiliation = defineType({
  name: 'affiliation',
  title: 'Affiliation',
  type: 'document',
  fields: [
    requiredName(
      'The full official name, spelled as the organisation spells it, for example "American Academy of Orthopaedic Surgeons".',
      'Write the organisation’s full name.',
    ),
    defineField({
      name: 'abbreviation',
      title: 'Abbreviation',
      type: 'string',
      description: 'The short name, if it has one, for example "AAOS".',
    }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'Professional societies and hospitals are shown in separate lists.',
      options: {list: [...AFFILIATION_KINDS], layout: 'radio'},
      validation: (rule) =>
        rule.required().error('Choose whether this is a professional society or a hospital.'),
    }),
    defineField({
      name: 'url',
      title: 'Website',
      type: 'url',
      description: 'The organisation’s website, starting with https://.',
      validation: (rule) =>
        rule
          .uri({scheme: ['http', 'https']})
          .error('Use a web address that starts with https:// (or http://).'),
    }),
    defineField({
      name: 'logo',
      title: 'Logo',
      type: 'imageWithAlt',
      description: 'Optional. Use the logo only with the organisation’s permission.',
    }),
    defineField({
      name: 'order',
      title: 'Sort order',
      type: 'number',
      description: 'Lower numbers are listed first within their list.',
      validation: (rule) => rule.integer().min(0).error('Use a whole number of 0 or more.'),
    }),
  ],
  orderings: [{title: 'Sort order', name: 'orderAsc', by: [{field: 'order', direction: 'asc'}]}],
  preview: {
    select: {title: 'name', kind: 'kind', abbreviation: 'abbreviation', media: 'logo'},
    prepare: ({title, kind, abbreviation, media}) => ({
      title,
      subtitle: [abbreviation, kind === 'hospital' ? 'Hospital' : 'Professional']
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
