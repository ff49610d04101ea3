import {defineField, defineType} from 'sanity'

/** An image that always carries alt text, so screen-reader users know what it shows. */
export const imageWithAlt = defineType({
  name: 'imageWithAlt',
  title: 'Image',
  type: 'image',
  options: {hotspot: true},
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description:
        'Describe what the image shows for people who cannot see it, in one short sentence (for example "Doctor explaining a spine model to a patient").',
      validation: (rule) =>
        rule.custom((alt, context) => {
          const image = context.parent as {asset?: unknown} | undefined
          if (image?.asset && !alt?.trim()) {
            return 'Add alternative text: describe the image in one short sentence.'
          }
          return true
        }),
    }),
  ],
})
