import {defineQuery} from 'next-sanity'

/*
 * Every GROQ query of the site. Both content backends (hosted Sanity and the bundled dataset) run
 * these exact strings; user input reaches them only as $params.
 *
 * The fragments are spliced into the queries as text. TypeGen evaluates same-file string constants
 * and template interpolation (not function calls), so they stay plain constants in this file.
 */

// Lists follow the editors' `order` field; documents without one come after those with one.
const byOrderThenTitle = /* groq */ `order(coalesce(order, 999) asc, title asc)`
const byOrderThenName = /* groq */ `order(coalesce(order, 999) asc, name asc)`

// English documents are the sources; translations are documents of the same type in another
// `language`, linked to their source by the translation plugin's metadata document. A document
// without a language is English (content from before translations).
const isSource = /* groq */ `(!defined(language) || language == "en")`

// The document in scope (`^`, a source) in the language $lang: its published translation, or the
// source itself when it has none (the page then shows the English text, marked as such).
// Only links to a document of the same type count: metadata saved around the Studio may point a
// language at anything. The plugin keeps one metadata document per set of translations; if an
// import saved a second one naming the same document, the first one met is used.
const inLanguage = /* groq */ `coalesce(*[_type == "translation.metadata" && references(^._id)][0].translations[language == $lang && value->_type == "treatment"][0].value->, @)`
const bodyAreaInLanguage = /* groq */ `coalesce(*[_type == "translation.metadata" && references(^._id)][0].translations[language == $lang && value->_type == "bodyArea"][0].value->, @)`
const pageInLanguage = /* groq */ `coalesce(*[_type == "translation.metadata" && references(^._id)][0].translations[language == $lang && value->_type == "page"][0].value->, @)`

// What a card shows of a treatment, in $lang (or English as the fallback); `_id` is the source's.
const treatmentLinkFields = /* groq */ `
  _id,
  "shown": ${inLanguage}{
    title,
    "slug": slug.current,
    summary,
    "language": coalesce(language, "en")
  }
`

// What the index lists of a treatment: its link and the other names search matches it by.
const treatmentSearchFields = /* groq */ `
  _id,
  "shown": ${inLanguage}{
    title,
    "slug": slug.current,
    summary,
    aliases,
    conditions,
    "language": coalesce(language, "en")
  }
`

// A treatment is "top level" when it has no parent, or when its parent cannot be resolved
// (missing or unpublished): it is then listed on its own rather than vanishing.
const isTopLevel = /* groq */ `(!defined(parent) || !defined(parent->_id))`

// The children of the treatment in scope (`^`), in list order; the caller adds the projection.
const childTreatments = /* groq */ `*[_type == "treatment" && ${isSource} && defined(slug.current) && parent._ref == ^._id] | ${byOrderThenTitle}`

const indexTreatmentFields = /* groq */ `
  ${treatmentSearchFields},
  "children": ${childTreatments}{
    ${treatmentSearchFields}
  }
`

// An image with its asset resolved: the crop and hotspot stay (`...`), the dimensions let the page
// reserve its space, lqip is its blurred preview.
const imageFields = /* groq */ `..., "asset": asset->{_id, url, metadata{dimensions, lqip}}`

// Logos are small: no blurred preview.
const affiliationFields = /* groq */ `
  _id, name, abbreviation, url, logo{..., "asset": asset->{_id, url, metadata{dimensions}}}
`

const locationIsListed = /* groq */ `_type == "location" && defined(slug.current) && defined(name)`

// What every page needs of a location: its address, phone and hours (the content module checks
// them). Texts that patients read (holiday names, parking, transport, access) are translated per
// field; the content module picks the language.
const locationFields = /* groq */ `
  _id,
  name,
  "slug": slug.current,
  address{street, city, region, postalCode, country},
  phone,
  fax,
  appointmentUrl,
  hours[]{_key, days, opens, closes},
  hoursExceptions[]{_key, date, closed, opens, closes, label}
`

// Where the physician in scope (`^`) sees patients: names and addresses only.
const physicianLocations = /* groq */ `*[${locationIsListed} && _id in ^.locations[]._ref] | order(name asc){_id, name, "slug": slug.current}`

// What a list shows of a physician: on the physicians page, a treatment page and a hospital.
const physicianCardFields = /* groq */ `
  _id,
  name,
  credentials,
  "slug": slug.current,
  specialties,
  languages,
  acceptingNewPatients,
  photo{${imageFields}},
  "locations": ${physicianLocations}
`
const physicianIsListed = /* groq */ `_type == "physician" && defined(slug.current) && defined(name)`

// Settings that patients read are translated per field (internationalized arrays, items
// {language, value}); the content module picks the language, so every language shares one query.
export const settingsQuery = defineQuery(`
  *[_type == "siteSettings" && _id == "siteSettings"][0]{
    clinicName,
    tagline,
    phone,
    email,
    // The clinic's address and hours are its main location's (or, until one is chosen, the first).
    "mainLocation": coalesce(mainLocation->, *[${locationIsListed}] | order(name asc)[0]){
      ${locationFields}
    },
    appointmentUrl,
    disclaimer,
    callToAction,
    seo
  }
`)

export const treatmentsIndexQuery = defineQuery(`{
  "bodyAreas": *[_type == "bodyArea" && ${isSource} && defined(slug.current)] | ${byOrderThenTitle}{
    _id,
    "shown": ${bodyAreaInLanguage}{title, description, "language": coalesce(language, "en")},
    "treatments": *[_type == "treatment" && ${isSource} && defined(slug.current) && bodyArea._ref == ^._id && ${isTopLevel}] | ${byOrderThenTitle}{
      ${indexTreatmentFields}
    }
  },
  "otherTreatments": *[_type == "treatment" && ${isSource} && defined(slug.current) && !defined(bodyArea->_id) && ${isTopLevel}] | ${byOrderThenTitle}{
    ${indexTreatmentFields}
  }
}`)

export const featuredTreatmentsQuery = defineQuery(`
  *[_type == "treatment" && ${isSource} && defined(slug.current) && ${isTopLevel}] | ${byOrderThenTitle}[0...6]{
    ${treatmentLinkFields},
    "children": ${childTreatments}{${treatmentLinkFields}}
  }
`)

// The treatments at an address in $lang: a translation in $lang, or an English source (whose page
// in $lang is its translation's, or the English fallback). The content module chooses.
export const treatmentAddressQuery = defineQuery(`
  *[_type == "treatment" && slug.current == $slug && coalesce(language, "en") in [$lang, "en"]] | order(_updatedAt desc){
    _id,
    "language": coalesce(language, "en"),
    // A translation's English source (a source is its own; the content module decides).
    "sourceOf": *[_type == "translation.metadata" && references(^._id)][0].translations[language == "en" && value->_type == "treatment"][0].value->_id,
    "translationSlug": *[_type == "translation.metadata" && references(^._id)][0].translations[language == $lang && value->_type == "treatment"][0].value->slug.current
  }
`)

// A treatment page: the text of $textId (the translation, or the source for English and the
// fallback), around the structure of its source $sourceId (body area, parent, kinds, siblings),
// whose links are in $lang too. (Body area and parent are looked up with `*[_id == ^…]` rather
// than `->{…}`: the local backend's planner binds `^` there and finds their translations by index.)
export const treatmentPageQuery = defineQuery(`
  *[_type == "treatment" && _id == $sourceId][0]{
    _id,
    "sourceSlug": slug.current,
    image{${imageFields}},
    "text": *[_type == "treatment" && _id == $textId][0]{
      _id,
      _updatedAt,
      title,
      "slug": slug.current,
      summary,
      aliases,
      conditions,
      "language": coalesce(language, "en"),
      body[]{
        ...,
        _type == "imageWithAlt" => {${imageFields}},
        markDefs[]{...}
      },
      faqs[]{_key, question, answer},
      seo{title, description, image{..., "asset": asset->{_id, url}}},
      "medicalReview": medicalReview{
        lastReviewed,
        "reviewedBy": reviewedBy->{name, credentials, "slug": slug.current}
      }
    },
    "bodyArea": *[_type == "bodyArea" && _id == ^.bodyArea._ref][0]{"shown": ${bodyAreaInLanguage}{title, "slug": slug.current}}.shown,
    "parent": *[_type == "treatment" && _id == ^.parent._ref][0]{${treatmentLinkFields}},
    "siblings": *[_type == "treatment" && ${isSource} && defined(slug.current) && defined(^.parent._ref) && parent._ref == ^.parent._ref && _id != ^._id] | ${byOrderThenTitle}{
      ${treatmentLinkFields}
    },
    "children": ${childTreatments}{${treatmentLinkFields}},
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[value->_type == "treatment"]{
      language,
      "slug": value->slug.current
    },
    // The physicians who provide it (they list it on their profile).
    "providers": *[${physicianIsListed} && ^._id in treatments[]._ref] | order(name asc){
      ${physicianCardFields}
    }
  }
`)

// Every treatment page address in every language: each source's slug and its translations' slugs.
export const treatmentAddressesQuery = defineQuery(`
  *[_type == "treatment" && ${isSource} && defined(slug.current) && defined(title)] | order(slug.current asc){
    "slug": slug.current,
    _updatedAt,
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[value->_type == "treatment"]{
      language,
      "slug": value->slug.current,
      "updatedAt": value->_updatedAt,
      "title": value->title
    }
  }
`)

export const affiliationsQuery = defineQuery(`{
  "professional": *[_type == "affiliation" && kind == "professional"] | ${byOrderThenName}{
    ${affiliationFields}
  },
  "hospital": *[_type == "affiliation" && kind == "hospital"] | ${byOrderThenName}{
    ${affiliationFields},
    // The clinic's physicians with privileges at this hospital.
    "physicians": *[${physicianIsListed} && ^._id in hospitalPrivileges[]._ref] | order(name asc){
      _id, name, credentials, "slug": slug.current
    }
  }
}`)

export const physiciansQuery = defineQuery(`
  *[${physicianIsListed}] | order(name asc){
    ${physicianCardFields}
  }
`)

export const locationsQuery = defineQuery(`
  *[${locationIsListed}] | order(name asc){
    ${locationFields}
  }
`)

// A location's page: its details, directions, and the physicians who see patients there.
export const locationPageQuery = defineQuery(`
  *[${locationIsListed} && slug.current == $slug] | order(_updatedAt desc)[0]{
    ${locationFields},
    _updatedAt,
    parking,
    transit,
    stepFreeAccess,
    accessNotes,
    "physicians": *[${physicianIsListed} && ^._id in locations[]._ref] | order(name asc){
      ${physicianCardFields}
    }
  }
`)

// A physician's profile, in $lang: the treatments they provide are listed by their text in $lang.
export const physicianPageQuery = defineQuery(`
  *[${physicianIsListed} && slug.current == $slug] | order(_updatedAt desc)[0]{
    ${physicianCardFields},
    _updatedAt,
    boardCertifications,
    education[]{_key, kind, institution, field, year},
    npi,
    bio,
    "hospitals": *[_type == "affiliation" && kind == "hospital" && _id in ^.hospitalPrivileges[]._ref] | ${byOrderThenName}{
      ${affiliationFields}
    },
    "memberships": *[_type == "affiliation" && kind == "professional" && _id in ^.memberships[]._ref] | ${byOrderThenName}{
      ${affiliationFields}
    },
    "treatments": *[_type == "treatment" && ${isSource} && defined(slug.current) && _id in ^.treatments[]._ref] | ${byOrderThenTitle}{
      ${treatmentLinkFields}
    }
  }
`)

// The English sources of the documents $ids: a translation's source, and the source that a
// translation metadata document links (a source is its own).
export const sourceIdsQuery = defineQuery(`[
  ...*[_type == "translation.metadata" && references($ids)].translations[language == "en"].value._ref,
  ...*[_type == "translation.metadata" && _id in $ids].translations[language == "en"].value._ref
]`)

// Treatment pages (as their sources, with every language's address) that show any of $ids: the
// treatment itself, its kinds, its parent and siblings, treatments that reference it, or (for a
// physician) the treatments they provide.
export const treatmentsShowingDocumentQuery = defineQuery(`
  *[_type == "treatment" && ${isSource} && defined(slug.current) && (
    _id in $ids || references($ids) || _id in *[_id in $ids].parent._ref
    || _id in *[_type == "physician" && _id in $ids].treatments[]._ref
    || (defined(parent._ref) && parent._ref in *[_id in $ids].parent._ref)
  )]{
    "slug": slug.current,
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[value->_type == "treatment"]{
      language,
      "slug": value->slug.current
    }
  }
`)

// Pages built by staff that show any of $ids: the page itself (a translation, or its source),
// or a page listing it (treatments, physicians), in any language, with its translations' slugs.
export const pagesShowingDocumentQuery = defineQuery(`
  *[_type == "page" && defined(slug.current) && (_id in $ids || references($ids))]{
    "slug": slug.current,
    "language": coalesce(language, "en"),
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[value->_type == "page"]{
      language,
      "slug": value->slug.current
    }
  }
`)

// Whether the staff's menus (Site settings) link to any of $ids.
export const menusLinkingQuery = defineQuery(`
  defined(*[_type == "siteSettings" && _id == "siteSettings" && (
    count(headerMenu[target._ref in $ids]) > 0 || count(footerMenu[target._ref in $ids]) > 0
  )][0]._id)
`)

// The proxy's redirect table: redirect documents, and every treatment's and page's addresses with
// its translations' slugs (an English address under another language's prefix moves to its
// translation's there: lib/redirects/rules.ts).
export const redirectsQuery = defineQuery(`{
  "redirects": *[_type == "redirect" && defined(from) && defined(to)] | order(_updatedAt desc){
    from,
    to,
    permanent
  },
  "treatments": *[_type == "treatment" && defined(slug.current)] | order(_updatedAt desc){
    "slug": slug.current,
    previousSlugs,
    "language": coalesce(language, "en"),
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[value->_type == "treatment"]{
      language,
      "slug": value->slug.current
    }
  },
  "pages": *[_type == "page" && defined(slug.current)] | order(_updatedAt desc){
    "slug": slug.current,
    previousSlugs,
    "language": coalesce(language, "en"),
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[value->_type == "page"]{
      language,
      "slug": value->slug.current
    }
  }
}`)

// The notice of free language assistance and of nondiscrimination (Section 1557), one document.
export const languageAssistanceQuery = defineQuery(`
  *[_type == "languageAssistance" && _id == "languageAssistance"][0]{
    title,
    nondiscrimination,
    taglines[]{_key, language, languageName, text, dir},
    needsVerification
  }
`)

// The pages at an address in $lang: a translation in $lang, or an English source (whose page in
// $lang is its translation's, or the English fallback). The content module chooses, as for
// treatments.
export const pageAddressQuery = defineQuery(`
  *[_type == "page" && slug.current == $slug && coalesce(language, "en") in [$lang, "en"]] | order(_updatedAt desc){
    _id,
    "language": coalesce(language, "en"),
    "sourceOf": *[_type == "translation.metadata" && references(^._id)][0].translations[language == "en" && value->_type == "page"][0].value->_id,
    "translationSlug": *[_type == "translation.metadata" && references(^._id)][0].translations[language == $lang && value->_type == "page"][0].value->slug.current
  }
`)

// A page: the text of $textId (the translation, or the source for English and the fallback), with
// the addresses of its source $sourceId in every language. Its blocks keep their order; treatments
// and physicians in lists are resolved in $lang (a missing or unpublished one comes back null).
export const pageQuery = defineQuery(`
  *[_type == "page" && _id == $textId][0]{
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    summary,
    "language": coalesce(language, "en"),
    seo{title, description, image{..., "asset": asset->{_id, url}}},
    body[]{
      _key,
      _type,
      _type == "richText" => {
        "text": text[]{
          ...,
          _type == "imageWithAlt" => {${imageFields}},
          markDefs[]{...}
        }
      },
      _type == "callout" => {tone, text},
      _type == "faqList" => {heading, "items": items[]{_key, question, answer}},
      _type == "callToAction" => {text},
      _type == "treatmentList" => {heading, "treatments": treatments[]->{${treatmentLinkFields}}},
      _type == "physicianList" => {heading, "physicians": physicians[]->{${physicianCardFields}}}
    },
    "sourceSlug": *[_type == "page" && _id == $sourceId][0].slug.current,
    "translations": *[_type == "translation.metadata" && references($sourceId)][0].translations[value->_type == "page"]{
      language,
      "slug": value->slug.current
    }
  }
`)

// Every page address in every language: each source's slug and its translations' slugs.
export const pageAddressesQuery = defineQuery(`
  *[_type == "page" && ${isSource} && defined(slug.current) && defined(title)] | order(slug.current asc){
    "slug": slug.current,
    _updatedAt,
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[value->_type == "page"]{
      language,
      "slug": value->slug.current,
      "updatedAt": value->_updatedAt,
      "title": value->title
    }
  }
`)

// What search finds a page by, in $lang (or English as the fallback); `_id` is the source's.
export const pagesIndexQuery = defineQuery(`
  *[_type == "page" && ${isSource} && defined(slug.current)] | order(title asc){
    _id,
    "shown": ${pageInLanguage}{
      title,
      "slug": slug.current,
      summary,
      "language": coalesce(language, "en")
    }
  }
`)

// A menu item's link in $lang: a document (its translation's address for pages and treatments;
// null when it is missing or unpublished), a section of the site, or a web address.
const menuItemFields = /* groq */ `
  _key,
  label,
  section,
  url,
  "target": target->{
    _type,
    "title": coalesce(title, name),
    "slug": slug.current,
    "shown": select(
      _type == "page" => ${pageInLanguage}{title, "slug": slug.current, "language": coalesce(language, "en")},
      _type == "treatment" => ${inLanguage}{title, "slug": slug.current, "language": coalesce(language, "en")}
    )
  }
`

// The staff's header and footer menus (Site settings), resolved in $lang.
export const menusQuery = defineQuery(`
  *[_type == "siteSettings" && _id == "siteSettings"][0]{
    "header": headerMenu[]{${menuItemFields}},
    "footer": footerMenu[]{${menuItemFields}}
  }
`)
