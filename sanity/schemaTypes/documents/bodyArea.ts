import {defineField, defineType} from 'sanity'

import {requiredUniqueSlug, skipBuiltInUniqueCheck} from '../slug-rules'

export const bodyArea = defineType({
  name: 'bodyArea',
  title: 'Body area',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Name',
      type: 'string',
      description: 'A part of the body, for example "Spine" or "Neck".',
      validation: (rule) => rule.required().error('Name the body area.'),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'Press "Generate" to make it from the name.',
      options: {source: 'title', maxLength: 96, isUnique: skipBuiltInUniqueCheck},
      validation: requiredUniqueSlug('body area', 'name'),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'One plain sentence shown above the treatments for this area.',
    }),
    defineField({
      name: 'order',
      title: 'Sort order',
      type: 'number',
      description: 'Lower numbers are listed first.',
      validation: (rule) => rule.integer().min(0).error('Use a whole number of 0 or more.'),
    }),
  ],
  preview: {select: {title: 'title', subtitle: 'description'}},
})
