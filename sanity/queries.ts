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

const treatmentLinkFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  summary
`

// What the index lists of a treatment: its link and the other names search matches it by.
const treatmentSearchFields = /* groq */ `
  ${treatmentLinkFields},
  aliases,
  conditions
`

// A treatment is "top level" when it has no parent, or when its parent cannot be resolved
// (missing or unpublished): it is then listed on its own rather than vanishing.
const isTopLevel = /* groq */ `(!defined(parent) || !defined(parent->_id))`

// The children of the treatment in scope (`^`), in list order; the caller adds the projection.
const childTreatments = /* groq */ `*[_type == "treatment" && defined(slug.current) && parent._ref == ^._id] | ${byOrderThenTitle}`

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

export const settingsQuery = defineQuery(`
  *[_type == "siteSettings" && _id == "siteSettings"][0]{
    clinicName,
    tagline,
    phone,
    email,
    address,
    hours[]{_key, days, hours},
    appointmentUrl,
    disclaimer,
    seo
  }
`)

export const treatmentsIndexQuery = defineQuery(`{
  "bodyAreas": *[_type == "bodyArea" && defined(slug.current)] | ${byOrderThenTitle}{
    _id,
    title,
    "slug": slug.current,
    description,
    "treatments": *[_type == "treatment" && defined(slug.current) && bodyArea._ref == ^._id && ${isTopLevel}] | ${byOrderThenTitle}{
      ${indexTreatmentFields}
    }
  },
  "otherTreatments": *[_type == "treatment" && defined(slug.current) && !defined(bodyArea->_id) && ${isTopLevel}] | ${byOrderThenTitle}{
    ${indexTreatmentFields}
  }
}`)

export const featuredTreatmentsQuery = defineQuery(`
  *[_type == "treatment" && defined(slug.current) && ${isTopLevel}] | ${byOrderThenTitle}[0...6]{
    ${treatmentLinkFields},
    "children": ${childTreatments}{${treatmentLinkFields}}
  }
`)

export const treatmentBySlugQuery = defineQuery(`
  *[_type == "treatment" && slug.current == $slug][0]{
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    summary,
    aliases,
    conditions,
    body[]{
      ...,
      _type == "imageWithAlt" => {${imageFields}},
      markDefs[]{...}
    },
    faqs[]{_key, question, answer},
    image{${imageFields}},
    seo{title, description, image{..., "asset": asset->{_id, url}}},
    "bodyArea": bodyArea->{title, "slug": slug.current},
    "parent": parent->{${treatmentLinkFields}},
    "siblings": *[_type == "treatment" && defined(slug.current) && defined(^.parent._ref) && parent._ref == ^.parent._ref && _id != ^._id] | ${byOrderThenTitle}{
      ${treatmentLinkFields}
    },
    "children": ${childTreatments}{${treatmentLinkFields}},
    "medicalReview": medicalReview{
      lastReviewed,
      "reviewedBy": reviewedBy->{name, credentials}
    }
  }
`)

export const treatmentSlugsQuery = defineQuery(`
  *[_type == "treatment" && defined(slug.current) && defined(title)]{"slug": slug.current}
`)

export const affiliationsQuery = defineQuery(`{
  "professional": *[_type == "affiliation" && kind == "professional"] | ${byOrderThenName}{
    ${affiliationFields}
  },
  "hospital": *[_type == "affiliation" && kind == "hospital"] | ${byOrderThenName}{
    ${affiliationFields}
  }
}`)

export const treatmentsShowingDocumentQuery = defineQuery(`
  *[_type == "treatment" && defined(slug.current) && (
    _id == $id || references($id) || _id in *[_id == $id].parent._ref
    || (defined(parent._ref) && parent._ref in *[_id == $id].parent._ref)
  )].slug.current
`)

export const sitemapQuery = defineQuery(`
  *[_type == "treatment" && defined(slug.current) && defined(title)] | order(slug.current asc){
    "slug": slug.current,
    _updatedAt
  }
`)

export const redirectsQuery = defineQuery(`{
  "redirects": *[_type == "redirect" && defined(from) && defined(to)] | order(_updatedAt desc){
    from,
    to,
    permanent
  },
  "treatments": *[_type == "treatment" && defined(slug.current)] | order(_updatedAt desc){
    "slug": slug.current,
    previousSlugs
  }
}`)
