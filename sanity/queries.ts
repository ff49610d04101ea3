import {defineQuery} from 'next-sanity'

/*
 * Every GROQ query of the site. Both content backends (hosted Sanity and the bundled dataset) run
 * these exact strings; user input reaches them only as $params.
 */

const treatmentLinkFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  summary
`

// A treatment is "top level" when it has no parent, or when its parent cannot be resolved
// (missing or unpublished): it is then listed on its own rather than vanishing.
const isTopLevel = /* groq */ `(!defined(parent) || !defined(parent->_id))`

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
  "bodyAreas": *[_type == "bodyArea" && defined(slug.current)] | order(coalesce(order, 999) asc, title asc){
    _id,
    title,
    "slug": slug.current,
    description,
    "treatments": *[_type == "treatment" && defined(slug.current) && bodyArea._ref == ^._id && ${isTopLevel}] | order(coalesce(order, 999) asc, title asc){
      ${treatmentLinkFields},
      aliases,
      conditions,
      "children": *[_type == "treatment" && defined(slug.current) && parent._ref == ^._id] | order(coalesce(order, 999) asc, title asc){
        ${treatmentLinkFields},
        aliases,
        conditions
      }
    }
  },
  "otherTreatments": *[_type == "treatment" && defined(slug.current) && !defined(bodyArea->_id) && ${isTopLevel}] | order(coalesce(order, 999) asc, title asc){
    ${treatmentLinkFields},
    aliases,
    conditions,
    "children": *[_type == "treatment" && defined(slug.current) && parent._ref == ^._id] | order(coalesce(order, 999) asc, title asc){
      ${treatmentLinkFields},
      aliases,
      conditions
    }
  }
}`)

export const featuredTreatmentsQuery = defineQuery(`
  *[_type == "treatment" && defined(slug.current) && ${isTopLevel}] | order(coalesce(order, 999) asc, title asc)[0...6]{
    ${treatmentLinkFields},
    "children": *[_type == "treatment" && defined(slug.current) && parent._ref == ^._id] | order(coalesce(order, 999) asc, title asc){
      ${treatmentLinkFields}
    }
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
      _type == "imageWithAlt" => {..., "asset": asset->{_id, url, metadata{dimensions, lqip}}},
      markDefs[]{...}
    },
    faqs[]{_key, question, answer},
    image{..., "asset": asset->{_id, url, metadata{dimensions, lqip}}},
    seo{title, description, image{..., "asset": asset->{_id, url}}},
    "bodyArea": bodyArea->{title, "slug": slug.current},
    "parent": parent->{${treatmentLinkFields}},
    "siblings": *[_type == "treatment" && defined(slug.current) && defined(^.parent._ref) && parent._ref == ^.parent._ref && _id != ^._id] | order(coalesce(order, 999) asc, title asc){
      ${treatmentLinkFields}
    },
    "children": *[_type == "treatment" && defined(slug.current) && parent._ref == ^._id] | order(coalesce(order, 999) asc, title asc){
      ${treatmentLinkFields}
    },
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
  "professional": *[_type == "affiliation" && kind == "professional"] | order(coalesce(order, 999) asc, name asc){
    _id, name, abbreviation, url, logo{..., "asset": asset->{_id, url, metadata{dimensions}}}
  },
  "hospital": *[_type == "affiliation" && kind == "hospital"] | order(coalesce(order, 999) asc, name asc){
    _id, name, abbreviation, url, logo{..., "asset": asset->{_id, url, metadata{dimensions}}}
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
