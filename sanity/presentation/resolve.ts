import type {DocumentLocationResolvers, DocumentResolver} from 'sanity/presentation'

import {resolveHref} from '../../lib/shared/routes'

/*
 * Where each document is shown on the site, for Sanity's Presentation tool: opening a treatment
 * shows its page beside the form; an affiliation shows the affiliations page and the home page.
 */

const home = {title: 'Home', href: resolveHref({type: 'home'})}
const treatmentsIndex = {title: 'All treatments', href: resolveHref({type: 'treatments'})}

export const locations: DocumentLocationResolvers = {
  treatment: {
    select: {title: 'title', slug: 'slug.current'},
    resolve: (doc) =>
      doc?.slug
        ? {
            locations: [
              {
                title: doc.title || 'Untitled treatment',
                href: resolveHref({type: 'treatment', slug: doc.slug}),
              },
              treatmentsIndex,
            ],
          }
        : null,
  },
  affiliation: {
    select: {name: 'name'},
    resolve: () => ({
      locations: [{title: 'Affiliations', href: resolveHref({type: 'affiliations'})}, home],
    }),
  },
  bodyArea: {select: {title: 'title'}, resolve: () => ({locations: [treatmentsIndex]})},
  siteSettings: {
    select: {clinicName: 'clinicName'},
    resolve: () => ({
      message: 'Site settings appear on every page: the header, the footer and the page titles.',
      tone: 'positive',
      locations: [home, treatmentsIndex],
    }),
  },
}

/** The document each page is "about", so Presentation opens it when staff browse to the page. */
export const mainDocuments: DocumentResolver[] = [
  {
    route: '/treatments/:slug',
    filter: '_type == "treatment" && slug.current == $slug',
  },
  {route: '/', filter: '_type == "siteSettings" && _id == "siteSettings"'},
]
