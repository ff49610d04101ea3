import {defineArrayMember, defineField, defineType} from 'sanity'

import {DEFAULT_LANGUAGE} from '../../../lib/shared/languages'
import {apiVersion} from '../../../lib/settings/sanity-project.mjs'
import {DOCUMENT_LANGUAGE, hiddenOnTranslations, isSourceLanguage, languageTitle} from '../../i18n'
import {languageField, notCopiedToTranslations, tagList} from '../fields'
import {previousSlugsField, requiredUniqueSlug, skipBuiltInUniqueCheck} from '../slug-rules'

export const SUMMARY_MAX_LENGTH = 300

export const treatment = defineType({
  name: 'treatment',
  title: 'Treatment',
  type: 'document',
  groups: [
    {name: 'content', title: 'Content', default: true},
    {name: 'details', title: 'Details'},
    {name: 'review', title: 'Medical review'},
    {name: 'seo', title: 'Search and sharing'},
  ],
  fields: [
    languageField,
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      description:
        'The name patients know the treatment by, for example "Spine Injections". In a translation: the name patients know it by in that language.',
      validation: (rule) => rule.required().error('Give the treatment a title.'),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      group: 'content',
      description:
        'The last part of the page address: /treatments/<this> (a translation lives under its language, for example /es/treatments/<this>). Press "Generate" to make it from the title. Changing it later changes the address. Unique within a language: a translation may keep the English one.',
      options: {source: 'title', maxLength: 96, isUnique: skipBuiltInUniqueCheck},
      validation: requiredUniqueSlug('treatment', 'title'),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: 'content',
      description: `Two or three plain sentences: what it is and who it helps. Shown on treatment lists and in search results. At most ${SUMMARY_MAX_LENGTH} characters.`,
      validation: (rule) => [
        rule.required().error('Write a short summary of the treatment.'),
        rule
          .max(SUMMARY_MAX_LENGTH)
          .error(`Shorten the summary to ${SUMMARY_MAX_LENGTH} characters or fewer.`),
      ],
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      group: 'content',
      description:
        'The full explanation. Use "Heading" for each section (What it is, How it works, What to expect). Short sentences help patients.',
    }),
    defineField({
      name: 'bodyArea',
      title: 'Body area',
      type: 'reference',
      to: [{type: 'bodyArea'}],
      group: 'details',
      description: 'Where in the body this treatment is used. Treatments are grouped by it.',
      hidden: hiddenOnTranslations,
      options: notCopiedToTranslations,
    }),
    defineField({
      name: 'parent',
      title: 'Part of',
      type: 'reference',
      to: [{type: 'treatment'}],
      group: 'details',
      description:
        'Choose a broader treatment if this is one kind of it (Neural Prolotherapy is part of Spine Injections). Leave empty for a main treatment.',
      hidden: hiddenOnTranslations,
      options: {
        ...notCopiedToTranslations,
        filter: ({document}) => ({
          filter: `_id != $id && ${DOCUMENT_LANGUAGE} == "${DEFAULT_LANGUAGE}"`,
          params: {id: document._id},
        }),
      },
      validation: (rule) =>
        rule.custom(async (parent: {_ref?: string} | undefined, context) => {
          const id = context.document?._id?.replace(/^drafts\./, '')
          if (!parent?._ref || !id) return true
          if (parent._ref === id) {
            return 'A treatment cannot be part of itself. Choose another treatment or clear this field.'
          }
          // Walk up from the chosen parent: reaching this treatment again would make a loop.
          const client = context.getClient({apiVersion})
          let current: string | null = parent._ref
          for (let depth = 0; current && depth < 10; depth += 1) {
            current = await client.fetch<string | null>('*[_id == $id][0].parent._ref', {
              id: current,
            })
            if (current === id) {
              return 'The chosen treatment is already a kind of this one, which would make a loop. Choose a main treatment instead.'
            }
          }
          return true
        }),
    }),
    defineField({
      name: 'aliases',
      title: 'Also called',
      ...tagList,
      group: 'details',
      description: 'Other names patients may search for, for example "sclerotherapy".',
    }),
    defineField({
      name: 'conditions',
      title: 'Conditions it may help',
      ...tagList,
      group: 'details',
      description:
        'Problems this treatment is used for, in plain words, for example "chronic back pain".',
    }),
    defineField({
      name: 'faqs',
      title: 'Questions and answers',
      type: 'array',
      of: [defineArrayMember({type: 'faq'})],
      group: 'content',
      description: 'Common questions from patients, with short answers.',
    }),
    defineField({
      name: 'image',
      title: 'Main image',
      type: 'imageWithAlt',
      group: 'content',
      description:
        'An optional picture shown at the top of the page (translations show the English page’s picture).',
      hidden: hiddenOnTranslations,
      options: notCopiedToTranslations,
    }),
    defineField({
      name: 'medicalReview',
      title: 'Medical review',
      type: 'object',
      group: 'review',
      description:
        'Who last checked this page for medical accuracy, and when. Each translation has its own review: a new translation starts without one, and stays "not reviewed" until a physician checks the translated text.',
      // A translation started from a reviewed English page must not claim that review.
      options: notCopiedToTranslations,
      fields: [
        defineField({
          name: 'reviewedBy',
          title: 'Reviewed by',
          type: 'reference',
          to: [{type: 'physician'}],
          description: 'The physician who checked the page.',
        }),
        defineField({
          name: 'lastReviewed',
          title: 'Last reviewed',
          type: 'date',
          description: 'The date of the last review. Pages should be reviewed every year.',
          validation: (rule) =>
            rule.custom((date: string | undefined) =>
              date && date > new Date().toISOString().slice(0, 10)
                ? 'The review date cannot be in the future.'
                : true,
            ),
        }),
      ],
    }),
    defineField({
      name: 'seo',
      title: 'Search and sharing',
      type: 'seo',
      group: 'seo',
      description: 'Optional: a different title, description or image for search and sharing.',
    }),
    previousSlugsField('treatment'),
    defineField({
      name: 'order',
      title: 'Sort order',
      type: 'number',
      group: 'details',
      description: 'Lower numbers are listed first. Leave empty to sort by title.',
      hidden: hiddenOnTranslations,
      options: notCopiedToTranslations,
      validation: (rule) => rule.integer().min(0).error('Use a whole number of 0 or more.'),
    }),
  ],
  orderings: [
    {title: 'Sort order', name: 'orderAsc', by: [{field: 'order', direction: 'asc'}]},
    {title: 'Title', name: 'titleAsc', by: [{field: 'title', direction: 'asc'}]},
  ],
  preview: {
    select: {
      title: 'title',
      parent: 'parent.title',
      bodyArea: 'bodyArea.title',
      media: 'image',
      language: 'language',
    },
    prepare: ({title, parent, bodyArea, media, language}) => ({
      title,
      subtitle: isSourceLanguage(language)
        ? parent
          ? `Part of ${parent}`
          : bodyArea
        : `${languageTitle(language)} translation`,
      media,
    }),
  },
})
