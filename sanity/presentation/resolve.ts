import type {DocumentLocationResolvers, DocumentResolver} from 'sanity/presentation'

import {DEFAULT_LANGUAGE, LANGUAGES, PREFIXED_LANGUAGES} from '../../lib/shared/languages'
import {resolveHref} from '../../lib/shared/routes'
import {DOCUMENT_LANGUAGE, languageTitle} from '../i18n'

/*
 * Where each document is shown on the site, for Sanity's Presentation tool: opening a treatment
 * shows its page beside the form (a translation: its page under its language's prefix), and so
 * does a page built by staff; an affiliation shows the affiliations page and the home page.
 */

/** A site path in a language: `/treatments` → `/es/treatments` (English has no prefix). */
export function inLanguage(href: string, language: unknown = DEFAULT_LANGUAGE): string {
  const prefix = LANGUAGES.find(({id}) => id === language)?.pathPrefix
  if (!prefix) return href
  return href === '/' ? `/${prefix}` : `/${prefix}${href}`
}

const home = {title: 'Home', href: resolveHref({type: 'home'})}
const treatmentsIndex = {title: 'All treatments', href: resolveHref({type: 'treatments'})}
const LANGUAGE_ASSISTANCE_PATH = '/language-assistance'

export const locations: DocumentLocationResolvers = {
  treatment: {
    select: {title: 'title', slug: 'slug.current', language: 'language'},
    resolve: (doc) =>
      doc?.slug
        ? {
            locations: [
              {
                title: doc.title || 'Untitled treatment',
                href: inLanguage(resolveHref({type: 'treatment', slug: doc.slug}), doc.language),
              },
              {...treatmentsIndex, href: inLanguage(treatmentsIndex.href, doc.language)},
            ],
          }
        : null,
  },
  page: {
    select: {title: 'title', slug: 'slug.current', language: 'language'},
    resolve: (doc) =>
      doc?.slug
        ? {
            locations: [
              {
                title: doc.title || 'Untitled page',
                href: inLanguage(resolveHref({type: 'page', slug: doc.slug}), doc.language),
              },
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
  bodyArea: {
    select: {title: 'title', language: 'language'},
    resolve: (doc) => ({
      locations: [{...treatmentsIndex, href: inLanguage(treatmentsIndex.href, doc?.language)}],
    }),
  },
  siteSettings: {
    select: {clinicName: 'clinicName'},
    resolve: () => ({
      message: 'Site settings appear on every page: the header, the footer and the page titles.',
      tone: 'positive',
      locations: LANGUAGES.flatMap(({id}) => [
        {title: `Home (${languageTitle(id)})`, href: inLanguage(home.href, id)},
        ...(id === DEFAULT_LANGUAGE ? [treatmentsIndex] : []),
      ]),
    }),
  },
  languageAssistance: {
    select: {_id: '_id'},
    resolve: () => ({
      message: 'Every page’s footer links to this page.',
      tone: 'positive',
      locations: LANGUAGES.map(({id}) => ({
        title: `Language assistance (${languageTitle(id)})`,
        href: inLanguage(LANGUAGE_ASSISTANCE_PATH, id),
      })),
    }),
  },
}

/** The document each page is "about", so Presentation opens it when staff browse to the page. */
export const mainDocuments: DocumentResolver[] = [
  {
    route: '/treatments/:slug',
    filter: `_type == "treatment" && slug.current == $slug && ${DOCUMENT_LANGUAGE} == "${DEFAULT_LANGUAGE}"`,
  },
  ...PREFIXED_LANGUAGES.map(({id, pathPrefix}) => ({
    route: `/${pathPrefix}/treatments/:slug`,
    filter: `_type == "treatment" && slug.current == $slug && language == "${id}"`,
  })),
  {route: '/', filter: '_type == "siteSettings" && _id == "siteSettings"'},
  ...PREFIXED_LANGUAGES.map(({pathPrefix}) => ({
    route: `/${pathPrefix}`,
    filter: '_type == "siteSettings" && _id == "siteSettings"',
  })),
  ...LANGUAGES.map(({id}) => ({
    route: inLanguage(LANGUAGE_ASSISTANCE_PATH, id),
    filter: '_type == "languageAssistance" && _id == "languageAssistance"',
  })),
  // Last: the routes above (/es, /language-assistance …) are the site's own pages, not staff's.
  {
    route: '/:slug',
    filter: `_type == "page" && slug.current == $slug && ${DOCUMENT_LANGUAGE} == "${DEFAULT_LANGUAGE}"`,
  },
  ...PREFIXED_LANGUAGES.map(({id, pathPrefix}) => ({
    route: `/${pathPrefix}/:slug`,
    filter: `_type == "page" && slug.current == $slug && language == "${id}"`,
  })),
]
