/*
 * Fixed lists for physician profiles, shared by the Studio (its pick lists) and the site (labels
 * in each language, structured data). A fixed list rather than free text, so every language can
 * name a specialty and search engines get schema.org's own terms.
 */

/** Specialties: the Studio stores `value`; `schemaOrg` is schema.org's MedicalSpecialty term. */
export const SPECIALTIES = [
  {
    value: 'orthopedicSpineSurgery',
    title: 'Orthopedic spine surgery',
    schemaOrg: 'Musculoskeletal',
  },
  {value: 'orthopedicSurgery', title: 'Orthopedic surgery', schemaOrg: 'Musculoskeletal'},
  {value: 'neurosurgery', title: 'Neurosurgery', schemaOrg: 'Neurologic'},
  {value: 'painMedicine', title: 'Pain medicine', schemaOrg: 'Anesthesia'},
  {value: 'anesthesiology', title: 'Anesthesiology', schemaOrg: 'Anesthesia'},
  {
    value: 'physicalMedicine',
    title: 'Physical medicine and rehabilitation',
    schemaOrg: 'Physiotherapy',
  },
  {value: 'sportsMedicine', title: 'Sports medicine', schemaOrg: 'Musculoskeletal'},
  {value: 'regenerativeMedicine', title: 'Regenerative medicine', schemaOrg: 'Musculoskeletal'},
  {value: 'radiology', title: 'Radiology', schemaOrg: 'Radiography'},
] as const

export type Specialty = (typeof SPECIALTIES)[number]['value']

export const isSpecialty = (value: unknown): value is Specialty =>
  SPECIALTIES.some((specialty) => specialty.value === value)

/**
 * Languages a physician may speak with patients, as BCP 47 tags (the site names them in the
 * reader's language with Intl.DisplayNames). The languages most spoken in the San Gabriel Valley
 * and California first.
 */
export const SPOKEN_LANGUAGES = [
  {value: 'en', title: 'English'},
  {value: 'es', title: 'Spanish'},
  {value: 'cmn', title: 'Mandarin'},
  {value: 'yue', title: 'Cantonese'},
  {value: 'vi', title: 'Vietnamese'},
  {value: 'ko', title: 'Korean'},
  {value: 'tl', title: 'Tagalog'},
  {value: 'hy', title: 'Armenian'},
  {value: 'fa', title: 'Persian'},
  {value: 'ja', title: 'Japanese'},
  {value: 'ru', title: 'Russian'},
  {value: 'ar', title: 'Arabic'},
  {value: 'hi', title: 'Hindi'},
  {value: 'pa', title: 'Punjabi'},
  {value: 'km', title: 'Khmer'},
  {value: 'th', title: 'Thai'},
] as const

export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number]['value']

export const isSpokenLanguage = (value: unknown): value is SpokenLanguage =>
  SPOKEN_LANGUAGES.some((language) => language.value === value)

/** Kinds of training in a physician's education, in the order a profile lists them. */
export const EDUCATION_KINDS = [
  {value: 'medicalSchool', title: 'Medical school'},
  {value: 'residency', title: 'Residency'},
  {value: 'fellowship', title: 'Fellowship'},
  {value: 'internship', title: 'Internship'},
] as const

export type EducationKind = (typeof EDUCATION_KINDS)[number]['value']
