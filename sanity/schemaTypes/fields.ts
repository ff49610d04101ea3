import {defineArrayMember, defineField} from 'sanity'

/** A list of short phrases, edited as tags (other names, conditions, earlier addresses). */
export const tagList = {
  type: 'array' as const,
  of: [defineArrayMember({type: 'string'})],
  options: {layout: 'tags' as const},
}

/** The required name of a person or an organisation; `missing` says what to write. */
export function requiredName(description: string, missing: string) {
  return defineField({
    name: 'name',
    title: 'Name',
    type: 'string',
    description,
    validation: (rule) => rule.required().error(missing),
  })
}
