import {defineArrayMember, defineField, defineType} from 'sanity'

import {translatedField} from '../fields'

export const LANGUAGE_ASSISTANCE_ID = 'languageAssistance'

/** The `{phone}` placeholder in a tagline: the site puts the clinic's phone there, as a link. */
export const PHONE_PLACEHOLDER = '{phone}'

/**
 * The languages of the notice of available language assistance (Section 1557, 45 CFR 92.11):
 * English and the 15 languages most spoken in California by people with limited English
 * proficiency, the list California's DMHC and DHCS publish. Their names in themselves, and the
 * direction their script runs.
 */
export const TAGLINE_LANGUAGES = [
  {id: 'en', title: 'English', dir: 'ltr'},
  {id: 'es', title: 'Spanish', dir: 'ltr'},
  {id: 'zh-Hant', title: 'Chinese (Traditional)', dir: 'ltr'},
  {id: 'vi', title: 'Vietnamese', dir: 'ltr'},
  {id: 'tl', title: 'Tagalog', dir: 'ltr'},
  {id: 'ko', title: 'Korean', dir: 'ltr'},
  {id: 'hy', title: 'Armenian', dir: 'ltr'},
  {id: 'fa', title: 'Persian (Farsi)', dir: 'rtl'},
  {id: 'ru', title: 'Russian', dir: 'ltr'},
  {id: 'ja', title: 'Japanese', dir: 'ltr'},
  {id: 'ar', title: 'Arabic', dir: 'rtl'},
  {id: 'pa', title: 'Punjabi', dir: 'ltr'},
  {id: 'km', title: 'Khmer (Cambodian)', dir: 'ltr'},
  {id: 'hmn', title: 'Hmong', dir: 'ltr'},
  {id: 'hi', title: 'Hindi', dir: 'ltr'},
  {id: 'th', title: 'Thai', dir: 'ltr'},
] as const

type Tagline = {_key?: string; language?: string}

/**
 * The page of the notice of available language assistance and the nondiscrimination notice
 * (Section 1557 of the Affordable Care Act), linked from every page's footer. One document.
 */
export const languageAssistance = defineType({
  name: 'languageAssistance',
  title: 'Language assistance',
  type: 'document',
  description:
    'The notices that federal law (Section 1557) asks the clinic to post: free language help, in English and the 15 languages most spoken in California, and the nondiscrimination notice.',
  fields: [
    defineField({
      name: 'needsVerification',
      title: 'Not yet verified by the clinic',
      type: 'boolean',
      initialValue: true,
      description:
        'On while the clinic has not checked these texts (ideally with a qualified translator for each language). Turn it off once every line has been checked.',
    }),
    translatedField(
      'title',
      'Page title',
      'string',
      'The heading of the page in each site language, for example "Language assistance".',
      'Write the page title in English.',
    ),
    translatedField(
      'nondiscrimination',
      'Nondiscrimination notice',
      'text',
      'The notice that the clinic does not discriminate on the basis of race, color, national origin, sex, age or disability, whom to contact, and how to file a complaint, in each site language.',
      'Write the nondiscrimination notice in English.',
    ),
    defineField({
      name: 'taglines',
      title: 'Language help is free',
      type: 'array',
      description: `One line per language, each written in that language: free language help is available, call ${PHONE_PLACEHOLDER}. Write ${PHONE_PLACEHOLDER} where the clinic's phone number goes: the site puts the number from Site settings there. The law asks for English and the 15 languages most spoken in California.`,
      of: [
        defineArrayMember({
          type: 'object',
          name: 'languageTagline',
          title: 'Line in one language',
          fields: [
            defineField({
              name: 'language',
              title: 'Language',
              type: 'string',
              description: 'The language this line is written in.',
              options: {
                list: TAGLINE_LANGUAGES.map(({id, title}) => ({value: id, title})),
              },
              validation: (rule) => rule.required().error('Choose the language of this line.'),
            }),
            defineField({
              name: 'languageName',
              title: 'Name of the language, in itself',
              type: 'string',
              description: 'For example "Español", "Tiếng Việt", "한국어".',
              validation: (rule) =>
                rule.required().error('Write the language’s name as its speakers write it.'),
            }),
            defineField({
              name: 'text',
              title: 'Text',
              type: 'text',
              rows: 3,
              description: `In this language: language help is free, call ${PHONE_PLACEHOLDER}.`,
              validation: (rule) => [
                rule.required().error('Write the line in this language.'),
                rule
                  .custom((text: string | undefined) =>
                    !text || text.includes(PHONE_PLACEHOLDER)
                      ? true
                      : `Write ${PHONE_PLACEHOLDER} where the phone number goes.`,
                  )
                  .warning(),
              ],
            }),
            defineField({
              name: 'dir',
              title: 'Writing direction',
              type: 'string',
              description: 'Right to left for Arabic and Persian; left to right for the others.',
              initialValue: 'ltr',
              options: {
                list: [
                  {value: 'ltr', title: 'Left to right'},
                  {value: 'rtl', title: 'Right to left'},
                ],
                layout: 'radio',
                direction: 'horizontal',
              },
              validation: (rule) =>
                rule.required().error('Choose the direction this language is written in.'),
            }),
          ],
          preview: {
            select: {title: 'languageName', subtitle: 'text', language: 'language'},
            prepare: ({title, subtitle, language}) => ({
              title: title || language,
              subtitle,
            }),
          },
        }),
      ],
      validation: (rule) => [
        rule
          .custom((taglines: Tagline[] | undefined) => {
            const languages = (taglines ?? []).map(({language}) => language)
            const twice = languages.find((id, index) => id && languages.indexOf(id) !== index)
            return twice ? `There are two lines in ${twice}: keep one.` : true
          })
          .error(),
        rule
          .custom((taglines: Tagline[] | undefined) => {
            const languages = (taglines ?? []).map(({language}) => language)
            const missing = TAGLINE_LANGUAGES.filter(({id}) => !languages.includes(id))
            return missing.length
              ? `The law asks for a line in ${missing.map(({title}) => title).join(', ')}.`
              : true
          })
          .warning(),
      ],
    }),
  ],
  preview: {prepare: () => ({title: 'Language assistance'})},
})
