import {defineField, defineType} from 'sanity'

export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  description:
    'How this page appears in search results and when shared. Leave empty to use the defaults.',
  options: {collapsible: true, collapsed: true},
  fields: [
    defineField({
      name: 'title',
      title: 'Search title',
      type: 'string',
      description: 'Shown as the title in search results. Leave empty to use the page title.',
      validation: (rule) =>
        rule.max(70).warning('Search engines cut titles longer than 70 characters.'),
    }),
    defineField({
      name: 'description',
      title: 'Search description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences shown under the title in search results.',
      validation: (rule) =>
        rule.max(160).warning('Search engines cut descriptions longer than 160 characters.'),
    }),
    defineField({
      name: 'image',
      title: 'Share image',
      type: 'imageWithAlt',
      description: 'Shown when the page is shared on social media or in messages.',
    }),
  ],
})
