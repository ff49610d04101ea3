import {defineField, defineType, type ValidationContext} from 'sanity'

import {MENU_SECTIONS} from '../../../lib/shared/routes'
import {translatedField, translatedText} from '../fields'
import {checkLinkTarget, ENGLISH_SOURCE_FILTER} from '../reference-rules'

/** The document types a menu item may link to (English documents; each language shows its own). */
export const MENU_TARGET_TYPES = ['page', 'treatment', 'physician', 'location']

type Item = {target?: {_ref?: string}; section?: string; url?: string} | undefined

/** How many of the three kinds of link an item has set. */
function linksSet(item: Item): number {
  return [item?.target?._ref, item?.section, item?.url].filter(Boolean).length
}

/**
 * One link of a menu: its text in each language, and where it leads: a document (a page, a
 * treatment, a physician, a location), one of the site's own sections, or an https address. The
 * rules sit on the fields (Sanity reports a rule on an array member's object type as a warning).
 */
export const menuItem = defineType({
  name: 'menuItem',
  title: 'Menu item',
  type: 'object',
  fields: [
    translatedField(
      'label',
      'Text',
      'string',
      'The words of the link, short: "About us", "New patients".',
      'Write the text of the link in English.',
    ),
    defineField({
      name: 'target',
      title: 'Page on this site',
      type: 'reference',
      to: MENU_TARGET_TYPES.map((type) => ({type})),
      description:
        'A page, treatment, physician or location. Choose the English one: each language links to its translation. A document a menu links to cannot be deleted until the item is removed.',
      options: {filter: ENGLISH_SOURCE_FILTER},
      validation: (rule) =>
        rule
          .custom(async (target: {_ref?: string} | undefined, context: ValidationContext) => {
            const set = linksSet(context.parent as Item)
            if (set === 0) {
              return 'Choose where this link leads: a page on this site, a section of the site, or a web address.'
            }
            if (set > 1) {
              return 'Choose only one of: a page on this site, a section of the site, or a web address. Clear the others.'
            }
            return checkLinkTarget(target, context)
          })
          .error(),
    }),
    defineField({
      name: 'section',
      title: 'Or a section of the site',
      type: 'string',
      description: 'One of the site’s own pages, such as all treatments or the locations.',
      options: {list: MENU_SECTIONS.map(({value, title}) => ({value, title}))},
      // Sanity checks the value against the list; this gives its message.
      validation: (rule) => rule.error('Choose a section of the site from the list.'),
    }),
    defineField({
      name: 'url',
      title: 'Or a web address',
      type: 'url',
      description: 'Another website, starting with https://. It opens in the same tab.',
      validation: (rule) =>
        rule.uri({scheme: ['https']}).error('Use a web address that starts with https://.'),
    }),
  ],
  preview: {
    select: {
      label: 'label',
      target: 'target.title',
      name: 'target.name',
      section: 'section',
      url: 'url',
    },
    prepare: ({label, target, name, section, url}) => ({
      title: translatedText(label, 'en') || 'Menu item without text',
      subtitle:
        target ||
        name ||
        MENU_SECTIONS.find(({value}) => value === section)?.title ||
        url ||
        'Leads nowhere yet',
    }),
  },
})

/** A menu: links in order. */
export function menuField(name: string, title: string, description: string) {
  return defineField({
    name,
    title,
    type: 'array',
    description: `${description} Leave empty to show the site's usual links.`,
    of: [{type: 'menuItem'}],
    validation: (rule) =>
      rule.max(8).warning('A menu with more than 8 links is hard to use on a phone.'),
  })
}
