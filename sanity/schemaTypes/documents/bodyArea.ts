import {defineField, defineType} from 'sanity'

import {hiddenOnTranslations, isSourceLanguage, languageTitle} from '../../i18n'
import {languageField, notCopiedToTranslations} from '../fields'
import {requiredUniqueSlug, skipBuiltInUniqueCheck} from '../slug-rules'

export const bodyArea = defineType({
  name: 'bodyArea',
  title: 'Body area',
  type: 'document',
  fields: [
    languageField,
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
      description:
        'Press "Generate" to make it from the name. Unique within a language: a translation may keep the English one.',
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
      description: 'Lower numbers are listed first (translations follow the English order).',
      hidden: hiddenOnTranslations,
      options: notCopiedToTranslations,
      validation: (rule) => rule.integer().min(0).error('Use a whole number of 0 or more.'),
    }),
  ],
  preview: {
    select: {title: 'title', description: 'description', language: 'language'},
    prepare: ({title, description, language}) => ({
      title,
      subtitle: isSourceLanguage(language) ? description : `${languageTitle(language)} translation`,
    }),
  },
})
