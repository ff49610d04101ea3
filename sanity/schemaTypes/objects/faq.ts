import {defineField, defineType} from 'sanity'

export const faq = defineType({
  name: 'faq',
  title: 'Question and answer',
  type: 'object',
  fields: [
    defineField({
      name: 'question',
      title: 'Question',
      type: 'string',
      description: 'A question patients often ask, in their own words.',
      validation: (rule) => rule.required().error('Write the question.'),
    }),
    defineField({
      name: 'answer',
      title: 'Answer',
      type: 'text',
      rows: 4,
      description: 'A short, plain answer.',
      validation: (rule) => rule.required().error('Write the answer.'),
    }),
  ],
  preview: {select: {title: 'question', subtitle: 'answer'}},
})
