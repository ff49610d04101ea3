import {defineField, defineType} from 'sanity'

import {EDUCATION_KINDS} from '../../../lib/shared/physicians'

/** The first year a profile may name; the last is next year (a fellowship about to end). */
export const EDUCATION_FIRST_YEAR = 1950
const lastYear = () => new Date().getUTCFullYear() + 1

/** One step of a physician's training: medical school, residency, fellowship or internship. */
export const education = defineType({
  name: 'education',
  title: 'Training',
  type: 'object',
  fields: [
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'Which step of training this was.',
      options: {list: EDUCATION_KINDS.map(({title, value}) => ({title, value})), layout: 'radio'},
      validation: (rule) =>
        rule
          .required()
          .error(
            'Choose the kind of training: medical school, residency, fellowship or internship.',
          ),
    }),
    defineField({
      name: 'institution',
      title: 'Institution',
      type: 'string',
      description:
        'The school or hospital, spelled as it spells itself, for example "Example University School of Medicine".',
      validation: (rule) => rule.required().error('Write the name of the school or hospital.'),
    }),
    defineField({
      name: 'field',
      title: 'Field',
      type: 'string',
      description:
        'Optional. What the training was in, for example "Orthopaedic surgery" or "Spine surgery".',
    }),
    defineField({
      name: 'year',
      title: 'Year completed',
      type: 'number',
      description: 'Optional. The year this training was completed, for example 2012.',
      validation: (rule) =>
        rule
          .integer()
          .min(EDUCATION_FIRST_YEAR)
          .max(lastYear())
          .error(
            `Write the year with four digits, between ${EDUCATION_FIRST_YEAR} and ${lastYear()}.`,
          ),
    }),
  ],
  preview: {
    select: {kind: 'kind', institution: 'institution', year: 'year'},
    prepare: ({kind, institution, year}) => ({
      title: institution,
      subtitle: [EDUCATION_KINDS.find(({value}) => value === kind)?.title ?? kind, year]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
