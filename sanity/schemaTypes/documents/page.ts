import {defineArrayMember, defineField, defineType, type SlugValue} from 'sanity'

import {isReservedSegment} from '../../../lib/shared/routes'
import {isSourceLanguage, languageTitle} from '../../i18n'
import {languageField} from '../fields'
import {PAGE_BLOCK_TYPES} from '../objects/pageBlocks'
import {previousSlugsField, requiredUniqueSlug, skipBuiltInUniqueCheck} from '../slug-rules'

export const PAGE_SUMMARY_MAX_LENGTH = 300

/**
 * A page staff build themselves ("About the clinic", "New patients"), at `/<slug>`, from the
 * blocks of objects/pageBlocks.ts. One document per language, like treatments: each translation
 * has its own address, text and history.
 */
export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  groups: [
    {name: 'content', title: 'Content', default: true},
    {name: 'seo', title: 'Search and sharing'},
  ],
  fields: [
    languageField,
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      description: 'The page’s heading, for example "About the clinic". Shown in menus and search.',
      validation: (rule) => rule.required().error('Give the page a title.'),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      group: 'content',
      description:
        'The last part of the address: /<this> (a translation lives under its language, for example /es/<this>). Press "Generate" to make it from the title. It cannot be one of the site’s own addresses, such as "treatments" or "search".',
      options: {source: 'title', maxLength: 96, isUnique: skipBuiltInUniqueCheck},
      validation: (rule) => [
        ...requiredUniqueSlug('page', 'title')(rule),
        rule
          .custom((slug: SlugValue | undefined) =>
            slug?.current && isReservedSegment(slug.current)
              ? `/${slug.current} is one of the site’s own addresses. Choose another web address, for example by adding a word.`
              : true,
          )
          .error(),
      ],
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: 'content',
      description: `One or two plain sentences about the page. Shown in search results on this site and on search engines. At most ${PAGE_SUMMARY_MAX_LENGTH} characters.`,
      validation: (rule) => [
        rule.required().error('Write a short summary of the page.'),
        rule
          .max(PAGE_SUMMARY_MAX_LENGTH)
          .error(`Shorten the summary to ${PAGE_SUMMARY_MAX_LENGTH} characters or fewer.`),
      ],
    }),
    defineField({
      name: 'body',
      title: 'Blocks',
      type: 'array',
      group: 'content',
      description:
        'The page, block by block: text, a call-out, questions and answers, a call to action, or a list of treatments or physicians. Drag to reorder.',
      of: PAGE_BLOCK_TYPES.map((type) => defineArrayMember({type})),
    }),
    defineField({
      name: 'seo',
      title: 'Search and sharing',
      type: 'seo',
      group: 'seo',
      description: 'Optional: a different title, description or image for search and sharing.',
    }),
    previousSlugsField('page'),
  ],
  orderings: [{title: 'Title', name: 'titleAsc', by: [{field: 'title', direction: 'asc'}]}],
  preview: {
    select: {title: 'title', slug: 'slug.current', language: 'language'},
    prepare: ({title, slug, language}) => ({
      title,
      subtitle: isSourceLanguage(language)
        ? slug
          ? `/${slug}`
          : 'No web address yet'
        : `${languageTitle(language)} translation`,
    }),
  },
})
