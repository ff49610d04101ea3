import {defineField, defineType} from 'sanity'

/** Schemes a link in content may use; anything else could run script or leave the site unsafely. */
export const allowedLinkSchemes = ['http', 'https', 'mailto', 'tel']

export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  fields: [
    defineField({
      name: 'href',
      title: 'Address',
      type: 'url',
      description: 'A web address (https://…), an email (mailto:…) or a phone number (tel:…).',
      validation: (rule) =>
        rule
          .required()
          .uri({scheme: allowedLinkSchemes, allowRelative: true})
          .error('Use a web address starting with https://, or mailto: or tel:.'),
    }),
  ],
})
