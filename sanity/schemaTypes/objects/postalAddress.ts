import {defineField, defineType} from 'sanity'

/** A street address in the parts that letters, map apps and search engines use. */
export const postalAddress = defineType({
  name: 'postalAddress',
  title: 'Address',
  type: 'object',
  fields: [
    defineField({
      name: 'street',
      title: 'Street',
      type: 'string',
      description: 'Street and number, suite, for example "123 Example Avenue, Suite 100".',
      validation: (rule) => rule.required().error('Write the street and number.'),
    }),
    defineField({
      name: 'city',
      title: 'City',
      type: 'string',
      description: 'For example "Alhambra".',
      validation: (rule) => rule.required().error('Write the city.'),
    }),
    defineField({
      name: 'region',
      title: 'State',
      type: 'string',
      description: 'Two letters, for example "CA".',
      initialValue: 'CA',
      validation: (rule) =>
        rule.regex(/^[A-Z]{2}$/).error('Write the state as its two capital letters, such as CA.'),
    }),
    defineField({
      name: 'postalCode',
      title: 'ZIP code',
      type: 'string',
      description: 'Five digits, for example "91801".',
      validation: (rule) =>
        rule.regex(/^\d{5}(-\d{4})?$/).error('Write the ZIP code as five digits, such as 91801.'),
    }),
    defineField({
      name: 'country',
      title: 'Country',
      type: 'string',
      description: 'Two letters, for example "US".',
      initialValue: 'US',
      validation: (rule) =>
        rule.regex(/^[A-Z]{2}$/).error('Write the country as its two capital letters, such as US.'),
    }),
  ],
})
