import type {SlugRule, SlugValue} from 'sanity'

import {apiVersion} from '../../lib/settings/sanity-project.mjs'

/**
 * A required slug that no other document of the same type uses. Sanity's built-in check only
 * warns; a duplicate would make two pages fight for one address, so here it is an error that
 * says how to fix it.
 */
export function requiredUniqueSlug(typeLabel: string, sourceLabel: string) {
  return (rule: SlugRule) => [
    rule.required().error(`Press "Generate" to make the web address from the ${sourceLabel}.`),
    rule
      .custom(async (slug: SlugValue | undefined, context) => {
        const current = slug?.current
        const id = context.document?._id?.replace(/^drafts\./, '')
        if (!current || !id || !context.document) return true
        const taken = await context
          .getClient({apiVersion})
          .fetch<boolean>(
            'defined(*[_type == $type && slug.current == $slug && !(_id in [$id, $draft])][0]._id)',
            {type: context.document._type, slug: current, id, draft: `drafts.${id}`},
          )
        return taken
          ? `Another ${typeLabel} already uses this web address. Change it, for example by adding a word.`
          : true
      })
      .error(),
  ]
}

/** Sanity's own uniqueness warning would repeat the error above; the rule above decides. */
export const skipBuiltInUniqueCheck = () => true
