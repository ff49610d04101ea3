import {defineArrayMember, defineField, defineType, type Rule} from 'sanity'

import {isValidNpi} from '../../../lib/shared/npi'
import {SPECIALTIES, SPOKEN_LANGUAGES} from '../../../lib/shared/physicians'
import {requiredName, tagList, translatedField} from '../fields'
import {ENGLISH_SOURCE_FILTER, onlyReferencesTo} from '../reference-rules'
import {requiredUniqueSlug, skipBuiltInUniqueCheck} from '../slug-rules'

export const CREDENTIALS_MAX_LENGTH = 40

/** GROQ filters of the reference pickers: what each list may hold. */
export const HOSPITAL_FILTER = 'kind == "hospital"'
export const PROFESSIONAL_FILTER = 'kind == "professional"'
/** English treatments only: the site links each language to the translation of its page. */
export {ENGLISH_SOURCE_FILTER}

/**
 * A rule without the checks Sanity derives from the field's type (a pick list's allowed values),
 * so that a second rule on the same field does not report them again under its own message.
 */
function withoutTypeChecks<R>(rule: R): R {
  // Whatever their declared type, Sanity's rules are Rule instances; reset() keeps only the type.
  return (rule as unknown as Rule).clone().reset() as unknown as R
}

export const physician = defineType({
  name: 'physician',
  title: 'Physician',
  type: 'document',
  fields: [
    {
      ...requiredName(
        'Full name as patients should see it, for example "Jane Doe".',
        'Write the physician’s name.',
      ),
    },
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description:
        'The last part of the profile’s address: /physicians/<this>. Press "Generate" to make it from the name.',
      options: {source: 'name', maxLength: 96, isUnique: skipBuiltInUniqueCheck},
      validation: requiredUniqueSlug('physician', 'name'),
    }),
    defineField({
      name: 'credentials',
      title: 'Degrees',
      type: 'string',
      description: `The degrees written after the name, for example "MD", "DO" or "MD, PhD". Board certifications have their own list below. At most ${CREDENTIALS_MAX_LENGTH} characters.`,
      validation: (rule) =>
        rule
          .max(CREDENTIALS_MAX_LENGTH)
          .error(
            `Shorten the degrees to ${CREDENTIALS_MAX_LENGTH} characters or fewer, for example "MD, PhD"; board certifications go in their own list.`,
          ),
    }),
    defineField({
      name: 'photo',
      title: 'Photo',
      type: 'imageWithAlt',
      description: 'A friendly portrait, optional.',
    }),
    defineField({
      name: 'specialties',
      title: 'Specialties',
      type: 'array',
      description:
        'Tick every field the physician practises. The site names each one in the reader’s language.',
      of: [defineArrayMember({type: 'string'})],
      options: {list: SPECIALTIES.map(({title, value}) => ({title, value})), layout: 'grid'},
      validation: (rule) => [
        rule.unique().error('Tick specialties from the list only, each once.'),
        withoutTypeChecks(rule)
          .custom((specialties: string[] | undefined) =>
            specialties?.length
              ? true
              : 'Tick at least one specialty, so patients know what the physician treats.',
          )
          .warning(),
      ],
    }),
    defineField({
      name: 'boardCertifications',
      title: 'Board certifications',
      ...tagList,
      description:
        'The boards that certify the physician, written as each board writes its name, for example "American Board of Orthopaedic Surgery". Type a name and press Enter.',
      validation: (rule) => rule.unique().error('This board is listed twice: remove one.'),
    }),
    defineField({
      name: 'education',
      title: 'Education and training',
      type: 'array',
      description:
        'Medical school, internship, residency and fellowships. The site lists them in that order.',
      of: [defineArrayMember({type: 'education'})],
    }),
    defineField({
      name: 'languages',
      title: 'Languages spoken with patients',
      type: 'array',
      description:
        'Tick every language the physician can hold an appointment in, without an interpreter.',
      of: [defineArrayMember({type: 'string'})],
      options: {list: SPOKEN_LANGUAGES.map(({title, value}) => ({title, value})), layout: 'grid'},
      validation: (rule) => rule.unique().error('Tick languages from the list only, each once.'),
    }),
    defineField({
      name: 'hospitalPrivileges',
      title: 'Hospital privileges',
      type: 'array',
      description:
        'Hospitals where the physician may admit and treat patients. Only hospitals can be chosen; add a missing one under Affiliations first.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{type: 'affiliation'}],
          options: {filter: HOSPITAL_FILTER},
        }),
      ],
      validation: (rule) => [
        rule.unique().error('This hospital is listed twice: remove one.'),
        rule.custom(
          onlyReferencesTo(
            'affiliation',
            HOSPITAL_FILTER,
            (names) =>
              `Remove ${names}: only hospitals belong here (professional societies go under Memberships).`,
          ),
        ),
      ],
    }),
    defineField({
      name: 'memberships',
      title: 'Memberships',
      type: 'array',
      description:
        'Professional societies and associations the physician belongs to. Only societies can be chosen; add a missing one under Affiliations first.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{type: 'affiliation'}],
          options: {filter: PROFESSIONAL_FILTER},
        }),
      ],
      validation: (rule) => [
        rule.unique().error('This society is listed twice: remove one.'),
        rule.custom(
          onlyReferencesTo(
            'affiliation',
            PROFESSIONAL_FILTER,
            (names) =>
              `Remove ${names}: only professional societies belong here (hospitals go under Hospital privileges).`,
          ),
        ),
      ],
    }),
    defineField({
      name: 'treatments',
      title: 'Treatments offered',
      type: 'array',
      description:
        'The treatments this physician provides. Choose the English page: the Spanish and Chinese profiles link to its translations.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{type: 'treatment'}],
          options: {filter: ENGLISH_SOURCE_FILTER},
        }),
      ],
      validation: (rule) => [
        rule.unique().error('This treatment is listed twice: remove one.'),
        rule.custom(
          onlyReferencesTo(
            'treatment',
            ENGLISH_SOURCE_FILTER,
            (names) =>
              `Remove ${names} and choose the English treatment instead: the site links each language to its own translation.`,
          ),
        ),
      ],
    }),
    defineField({
      name: 'locations',
      title: 'Where they see patients',
      type: 'array',
      description:
        'The clinic’s locations where this physician holds appointments. Add a missing one under Locations first.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'location'}]})],
      validation: (rule) => rule.unique().error('This location is listed twice: remove one.'),
    }),
    defineField({
      name: 'acceptingNewPatients',
      title: 'Accepting new patients',
      type: 'boolean',
      description: 'Turn off while the physician cannot take new patients. The profile says so.',
      initialValue: true,
    }),
    defineField({
      name: 'npi',
      title: 'NPI number',
      type: 'string',
      description:
        'The physician’s National Provider Identifier: ten digits, from the NPI Registry (npiregistry.cms.hhs.gov). Search engines use it to tell physicians apart.',
      validation: (rule) =>
        rule.custom((npi: string | undefined) => {
          if (!npi) return true
          if (!/^\d{10}$/.test(npi)) {
            return 'Write the NPI as its ten digits, without spaces or dashes.'
          }
          return isValidNpi(npi)
            ? true
            : 'This is not a valid NPI (its last digit does not match): check it against the NPI Registry.'
        }),
    }),
    {
      ...translatedField(
        'bio',
        'Short biography',
        'text',
        'A few plain sentences about training and experience, in words patients understand.',
      ),
    },
  ],
  orderings: [{title: 'Name', name: 'nameAsc', by: [{field: 'name', direction: 'asc'}]}],
  preview: {select: {title: 'name', subtitle: 'credentials', media: 'photo'}},
})
