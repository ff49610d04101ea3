/**
 * Search engines and sharing: each page's metadata (title, description, canonical URL, cards) and
 * its structured data (JSON-LD), built from the same content as the page.
 */
export {everyLanguage, pageMetadata, siteOrigin, type PageAlternate} from './metadata'
export {
  breadcrumbTrail,
  clinicJsonLd,
  locationJsonLd,
  physicianJsonLd,
  serializeJsonLd,
  staffPageJsonLd,
  treatmentJsonLd,
  websiteJsonLd,
} from './json-ld'
