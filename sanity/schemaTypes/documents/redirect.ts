import {defineField, defineType, type StringRule, type ValidationContext} from 'sanity'

import {PREFIXED_LANGUAGES} from '../../../lib/shared/languages'
import {apiVersion} from '../../../lib/settings/sanity-project.mjs'

const PATH_PATTERN = /^\/[A-Za-z0-9\-._~/]*$/

/** Both addresses of a redirect are paths on this site. */
const requiredPath = (rule: StringRule) =>
  rule
    .required()
    .regex(PATH_PATTERN)
    .error('Write a path starting with "/", using letters, numbers, "-" and "/" only.')

/** The site's own fixed pages and machinery: a redirect may never take them over. */
const RESERVED_PATHS = [
  /^\/(?:treatments|affiliations|sitemap\.xml|robots\.txt|manifest\.webmanifest)?\/?$/,
  /^\/(?:studio|api|_next)(?:\/|$)/,
]

/** A page built by staff, in any language: `/<slug>`, `/es/<slug>` (groups: prefix, slug). */
const PAGE_PATH = new RegExp(
  `^(?:/(${PREFIXED_LANGUAGES.map(({pathPrefix}) => pathPrefix).join('|')}))?/([^/]+)$`,
)

function ids(context: ValidationContext) {
  const id = context.document?._id?.replace(/^drafts\./, '') ?? ''
  return {id, draft: `drafts.${id}`}
}

type Question = {query: string; params: Record<string, string>}

/**
 * A rule that asks the dataset about an address: `ask` gives the GROQ query and its params (this
 * redirect's own ids come as `self`), or null when there is nothing to ask; a value found is a
 * problem, described by `problem`.
 */
function askDataset<Found>(
  rule: StringRule,
  ask: (value: string, self: {id: string; draft: string}) => Question | null,
  problem: (found: NonNullable<Found>) => string,
) {
  return rule.custom(async (value: string | undefined, context) => {
    const question = value ? ask(value, ids(context)) : null
    if (!question) return true
    const found = await context
      .getClient({apiVersion})
      .fetch<Found | null>(question.query, question.params)
    return found ? problem(found) : true
  })
}

export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  description:
    'Send visitors of an old address to a new one, for example a printed link to a page that moved. Renamed treatments redirect by themselves; this is for everything else.',
  fields: [
    defineField({
      name: 'from',
      title: 'Old address',
      type: 'string',
      description:
        'The path that should move, starting with "/", for example "/spine-injections". Query strings such as ?utm_source=… are carried over by themselves; leave them out.',
      validation: (rule) => [
        requiredPath(rule),
        rule
          .custom((from: string | undefined) =>
            from && RESERVED_PATHS.some((pattern) => pattern.test(from))
              ? 'This address is one of the site’s own pages. Choose the old address that should move.'
              : true,
          )
          .error(),
        askDataset<boolean>(
          rule,
          (from, self) => ({
            query:
              'defined(*[_type == "redirect" && from == $from && !(_id in [$id, $draft])][0]._id)',
            params: {from, ...self},
          }),
          () => 'Another redirect already moves this address. Edit that one instead.',
        ).error(),
        askDataset<string>(
          rule,
          (from, self) => ({
            query: '*[_type == "redirect" && to == $from && !(_id in [$id, $draft])][0].from',
            params: {from, ...self},
          }),
          (target) =>
            `The redirect from ${target} already sends visitors here, which would make a chain. Point that redirect straight to the final address instead.`,
        ).error(),
        askDataset<boolean>(
          rule,
          (from) => {
            const slug = /^\/treatments\/([^/]+)$/.exec(from)?.[1]
            return slug
              ? {
                  query: 'defined(*[_type == "treatment" && slug.current == $slug][0]._id)',
                  params: {slug},
                }
              : null
          },
          () =>
            'A treatment page lives at this address, and pages always win over redirects: this redirect only works once that treatment is renamed or removed.',
        ).warning(),
        askDataset<boolean>(
          rule,
          (from) => {
            const slug = PAGE_PATH.exec(from)?.[2]
            return slug
              ? {
                  query: 'defined(*[_type == "page" && slug.current == $slug][0]._id)',
                  params: {slug},
                }
              : null
          },
          () =>
            'A page lives at this address, and pages always win over redirects: this redirect only works once that page is renamed or removed.',
        ).warning(),
      ],
    }),
    defineField({
      name: 'to',
      title: 'New address',
      type: 'string',
      description:
        'Where visitors should go instead, starting with "/", for example "/treatments/spine-injections". Use the final address: a redirect to an address that itself redirects is refused.',
      validation: (rule) => [
        requiredPath(rule),
        rule.custom((to, context) =>
          to && to === (context.document as {from?: string} | undefined)?.from
            ? 'The new address must differ from the old one.'
            : true,
        ),
        askDataset<string>(
          rule,
          (to, self) => ({
            query: `coalesce(
              *[_type == "redirect" && from == $to && !(_id in [$id, $draft])][0].to,
              "/treatments/" + *[_type == "treatment" && $renamed in previousSlugs][0].slug.current,
              $prefix + "/" + *[_type == "page" && $renamedPage in previousSlugs][0].slug.current
            )`,
            params: {
              to,
              renamed: /^\/treatments\/([^/]+)$/.exec(to)?.[1] ?? '',
              renamedPage: PAGE_PATH.exec(to)?.[2] ?? '',
              prefix: PAGE_PATH.exec(to)?.[1] ? `/${PAGE_PATH.exec(to)?.[1]}` : '',
              ...self,
            },
          }),
          (chained) =>
            `This address itself redirects to ${chained}. Use ${chained} as the new address.`,
        ).error(),
      ],
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      type: 'boolean',
      description:
        'On: the old address will never come back, and search engines move their links (308). Off: a temporary move, for example during a campaign (307).',
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
