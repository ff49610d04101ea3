import {defineField, defineType} from 'sanity'

const PATH_PATTERN = /^\/[A-Za-z0-9\-._~/]*$/

export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  description:
    'Send visitors of an old address to a new one, for example after a page was renamed.',
  fields: [
    defineField({
      name: 'from',
      title: 'Old address',
      type: 'string',
      description: 'The path that should move, starting with "/", for example "/spine-injections".',
      validation: (rule) =>
        rule
          .required()
          .regex(PATH_PATTERN)
          .error('Write a path starting with "/", using letters, numbers, "-" and "/" only.'),
    }),
    defineField({
      name: 'to',
      title: 'New address',
      type: 'string',
      description:
        'Where visitors should go instead, starting with "/", for example "/treatments/spine-injections".',
      validation: (rule) => [
        rule
          .required()
          .regex(PATH_PATTERN)
          .error('Write a path starting with "/", using letters, numbers, "-" and "/" only.'),
        rule.custom((to, context) =>
          to && to === (context.document as {from?: string} | undefined)?.from
            ? 'The new address must differ from the old one.'
            : true,
        ),
      ],
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      type: 'boolean',
      description:
        'Turn on when the old address will never come back (search engines update their links).',
      initialValue: true,
    }),
  ],
  preview: {
    select: {from: 'from', to: 'to', permanent: 'permanent'},
    prepare: ({from, to, permanent}) => ({
      title: `${from ?? '?'} → ${to ?? '?'}`,
      subtitle: permanent ? 'Permanent' : 'Temporary',
    }),
  },
})
