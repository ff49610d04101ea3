import {defineArrayMember, defineField, defineType} from 'sanity'

import {ENGLISH_SOURCE_FILTER, onlyReferencesTo} from '../reference-rules'

/*
 * The blocks staff build a page from (the `body` of a `page`), a small set that suits a clinic:
 * rich text, a call-out, questions and answers, a call to action, and lists of treatments or
 * physicians. Each renders with the site's own components, so a page looks like the rest of the
 * site whatever is put in it.
 */

export const CALLOUT_MAX_LENGTH = 400

const optionalHeading = (example: string) =>
  defineField({
    name: 'heading',
    title: 'Heading',
    type: 'string',
    description: `Optional, for example "${example}".`,
    validation: (rule) => rule.max(80).warning('Keep the heading short: 80 characters or fewer.'),
  })

/** Headings, paragraphs, lists, links and pictures: the same editor as a treatment's body. */
export const richText = defineType({
  name: 'richText',
  title: 'Text',
  type: 'object',
  fields: [
    defineField({
      name: 'text',
      title: 'Text',
      type: 'blockContent',
      description: 'Use "Heading" for each section. Short sentences and plain words help patients.',
      validation: (rule) => rule.required().error('Write the text, or remove this block.'),
    }),
  ],
  preview: {
    select: {blocks: 'text'},
    prepare: ({blocks}: {blocks?: Array<{children?: Array<{text?: string}>}>}) => ({
      title:
        (blocks ?? [])
          .flatMap((block) => block.children ?? [])
          .map((child) => child.text ?? '')
          .join(' ')
          .trim()
          .slice(0, 80) || 'Text',
      subtitle: 'Text',
    }),
  },
})

export const CALLOUT_TONES = [
  {title: 'Good to know', value: 'info'},
  {title: 'Important', value: 'warning'},
] as const

/** A short note set apart from the text: "Bring your insurance card." */
export const callout = defineType({
  name: 'callout',
  title: 'Call-out',
  type: 'object',
  fields: [
    defineField({
      name: 'tone',
      title: 'Kind',
      type: 'string',
      description: '"Important" for what patients must not miss; "Good to know" otherwise.',
      options: {list: [...CALLOUT_TONES], layout: 'radio', direction: 'horizontal'},
      initialValue: 'info',
      validation: (rule) => rule.required().error('Choose the kind of call-out.'),
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      description: `One or two sentences. At most ${CALLOUT_MAX_LENGTH} characters.`,
      validation: (rule) => [
        rule.required().error('Write the text of the call-out.'),
        rule
          .max(CALLOUT_MAX_LENGTH)
          .error(`Shorten the call-out to ${CALLOUT_MAX_LENGTH} characters or fewer.`),
      ],
    }),
  ],
  preview: {
    select: {title: 'text', tone: 'tone'},
    prepare: ({title, tone}) => ({
      title,
      subtitle: tone === 'warning' ? 'Call-out: important' : 'Call-out: good to know',
    }),
  },
})

/** Questions and answers, shown as the treatment pages show theirs. */
export const faqList = defineType({
  name: 'faqList',
  title: 'Questions and answers',
  type: 'object',
  fields: [
    optionalHeading('Questions about your first visit'),
    defineField({
      name: 'items',
      title: 'Questions',
      type: 'array',
      of: [defineArrayMember({type: 'faq'})],
      description: 'Common questions from patients, with short answers.',
      validation: (rule) => rule.required().min(1).error('Add at least one question.'),
    }),
  ],
  preview: {
    select: {heading: 'heading', items: 'items'},
    prepare: ({heading, items}) => ({
      title: heading || 'Questions and answers',
      subtitle: `${(items ?? []).length} questions`,
    }),
  },
})

/** A sentence beside the clinic's phone number and appointment link (from Site settings). */
export const callToAction = defineType({
  name: 'callToAction',
  title: 'Call to action',
  type: 'object',
  fields: [
    defineField({
      name: 'text',
      title: 'Sentence',
      type: 'text',
      rows: 2,
      description:
        'One sentence that invites patients to call, for example "Call us to book your first visit." The phone number and appointment link come from Site settings.',
      validation: (rule) => [
        rule.required().error('Write the sentence.'),
        rule.max(300).error('Shorten the sentence to 300 characters or fewer.'),
      ],
    }),
  ],
  preview: {
    select: {title: 'text'},
    prepare: ({title}) => ({title, subtitle: 'Call to action'}),
  },
})

/** Chosen treatments as cards (each language shows its translation). */
export const treatmentList = defineType({
  name: 'treatmentList',
  title: 'Treatments',
  type: 'object',
  fields: [
    optionalHeading('Treatments we offer'),
    defineField({
      name: 'treatments',
      title: 'Treatments',
      type: 'array',
      description:
        'Choose English treatments, in the order to show them: the Spanish and Chinese pages show their translations.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{type: 'treatment'}],
          options: {filter: ENGLISH_SOURCE_FILTER},
        }),
      ],
      validation: (rule) => [
        rule.required().min(1).error('Choose at least one treatment.'),
        rule.unique().error('This treatment is listed twice: remove one.'),
        rule.custom(
          onlyReferencesTo(
            'treatment',
            ENGLISH_SOURCE_FILTER,
            (names) =>
              `Remove ${names} and choose the English treatment instead: the site links each language to its own translation.`,
          ),
        ),
      ],
    }),
  ],
  preview: {
    select: {heading: 'heading', first: 'treatments.0.title'},
    prepare: ({heading, first}) => ({
      title: heading || first || 'Treatments',
      subtitle: 'Treatments',
    }),
  },
})

/** Chosen physicians as cards. */
export const physicianList = defineType({
  name: 'physicianList',
  title: 'Physicians',
  type: 'object',
  fields: [
    optionalHeading('Our spine physicians'),
    defineField({
      name: 'physicians',
      title: 'Physicians',
      type: 'array',
      description: 'Choose physicians, in the order to show them.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'physician'}]})],
      validation: (rule) => [
        rule.required().min(1).error('Choose at least one physician.'),
        rule.unique().error('This physician is listed twice: remove one.'),
      ],
    }),
  ],
  preview: {
    select: {heading: 'heading', first: 'physicians.0.name'},
    prepare: ({heading, first}) => ({
      title: heading || first || 'Physicians',
      subtitle: 'Physicians',
    }),
  },
})

/** The block types of a page's body, in the order the Studio offers them. */
export const PAGE_BLOCK_TYPES = [
  richText,
  callout,
  faqList,
  callToAction,
  treatmentList,
  physicianList,
].map(({name}) => name)
