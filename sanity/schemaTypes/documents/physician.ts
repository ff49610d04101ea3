import {defineField, defineType} from 'sanity'

import {requiredName} from '../fields'
import {requiredUniqueSlug, skipBuiltInUniqueCheck} from '../slug-rules'

export const physician = defineType({
  name: 'physician',
  title: 'Physician',
  type: 'document',
  fields: [
    requiredName(
      'Full name as patients should see it, for example "Jane Doe".',
      'Write the physician’s name.',
    ),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'Press "Generate" to make it from the name.',
      options: {source: 'name', maxLength: 96, isUnique: skipBuiltInUniqueCheck},
      validation: requiredUniqueSlug('physician', 'name'),
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description:
        'Degrees and board certifications, for example "MD, Board-certified orthopedic surgeon".',
    }),
    defineField({
      name: 'photo',
      title: 'Photo',
      type: 'imageWithAlt',
      description: 'A friendly portrait, optional.',
    }),
    defineField({
      name: 'bio',
      title: 'Short biography',
      type: 'text',
      rows: 4,
      description: 'A few plain sentences about training and experience.',
    }),
  ],
  preview: {select: {title: 'name', subtitle: 'credentials', media: 'photo'}},
})
