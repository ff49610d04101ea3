#!/usr/bin/env node
/*
 * `npm run example-dataset`: writes sanity/data/example.ndjson, the bundled dataset plus three
 * clearly fictional physicians who fill every profile field and a second, fictional location
 * (the Pasadena office: a lunch break, a short day, no step-free access), for tests and demos
 * (`CONTENT_DATASET_FILE=sanity/data/example.ndjson npm start`).
 *
 * The bundled dataset names no physician: the clinic's source material names none, and inventing
 * one there would be a false medical claim. Here every name says "Example", "Sample" or
 * "Placeholder" and every biography says the person does not exist.
 *
 * The output depends only on the bundled file (fixed timestamps, no clock), so running the script
 * again gives the same bytes; a unit test keeps the committed file in sync with the bundled one.
 *
 * Options: --in <file> (default sanity/data/production.ndjson), --out <file> (default
 * sanity/data/example.ndjson).
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const STAMP = '2026-11-27T12:00:00Z'

/** The treatment whose medical review names an example physician, so the byline can link. */
const REVIEWED_TREATMENT = 'treatment-spine-injections'
const REVIEW = {reviewedBy: 'physician-example-person', lastReviewed: '2026-11-20'}

const FICTION = {
  en: 'This profile is an example for demonstrating the website; this person does not exist.',
  es: 'Este perfil es un ejemplo para mostrar el sitio web; esta persona no existe.',
  'zh-Hans': '此简介是用于演示网站的示例；此人并不存在。',
}

const PHYSICIANS = [
  {
    _id: 'physician-example-person',
    name: 'Dr. Example Person',
    slug: 'example-person',
    credentials: 'MD',
    specialties: ['orthopedicSpineSurgery', 'orthopedicSurgery'],
    boardCertifications: ['American Board of Orthopaedic Surgery'],
    education: [
      ['medicalSchool', 'Example University School of Medicine', undefined, 2001],
      ['internship', 'Example University Hospital', 'General surgery', 2002],
      ['residency', 'Example University Hospital', 'Orthopaedic surgery', 2006],
      ['fellowship', 'Example Spine Institute', 'Spine surgery', 2007],
    ],
    languages: ['en', 'es'],
    hospitalPrivileges: [
      'affiliation-methodist-hospital-of-southern-california',
      'affiliation-san-gabriel-valley-medical-center',
    ],
    memberships: [
      'affiliation-american-academy-of-orthopaedic-surgeons',
      'affiliation-north-american-spine-society',
      'affiliation-california-orthopaedic-association',
    ],
    treatments: ['treatment-spine-injections', 'treatment-neural-prolotherapy'],
    locations: ['location-main', 'location-example-pasadena'],
    acceptingNewPatients: true,
    // CMS's own example of a valid NPI: no real physician holds it.
    npi: '1234567893',
    bio: {
      en: 'Dr. Example Person is a made-up orthopedic spine surgeon who speaks English and Spanish.',
      es: 'El Dr. Example Person es un cirujano ortopédico de columna inventado que habla inglés y español.',
      'zh-Hans': 'Example Person 医生是一位虚构的脊柱骨科医生，会说英语和西班牙语。',
    },
  },
  {
    _id: 'physician-example-sample',
    name: 'Dr. Sample Doctor',
    slug: 'sample-doctor',
    credentials: 'DO',
    // An image field holding alt text but no image: what the Studio keeps when staff write the
    // alt text first. No image assets exist offline, so none is referenced.
    photo: {_type: 'imageWithAlt', alt: 'Portrait of Dr. Sample Doctor (no picture uploaded)'},
    specialties: ['physicalMedicine', 'painMedicine', 'sportsMedicine'],
    boardCertifications: [
      'American Board of Physical Medicine and Rehabilitation',
      'American Board of Pain Medicine',
    ],
    education: [
      ['medicalSchool', 'Sample College of Osteopathic Medicine', undefined, 2005],
      ['residency', 'Sample Regional Medical Center', 'Physical medicine and rehabilitation', 2009],
      ['fellowship', 'Sample University Hospital', 'Interventional pain medicine', 2010],
    ],
    languages: ['en', 'cmn', 'yue'],
    hospitalPrivileges: [
      'affiliation-garfield-medical-center',
      'affiliation-alhambra-hospital-medical-center',
    ],
    memberships: ['affiliation-american-medical-association'],
    treatments: ['treatment-proliferation-injection'],
    locations: ['location-main'],
    acceptingNewPatients: false,
    npi: '1000000004',
    bio: {
      en: 'Dr. Sample Doctor is a made-up physician who speaks English, Mandarin and Cantonese.',
      es: 'La Dra. Sample Doctor es una médica inventada que habla inglés, mandarín y cantonés.',
      'zh-Hans': 'Sample Doctor 医生是一位虚构的医生，会说英语、普通话和粤语。',
    },
  },
  {
    // The fewest fields: no photo, certifications, privileges, memberships or treatments, and
    // training without years, so pages show what they do when a profile is short. Sees patients
    // at the example location only.
    _id: 'physician-example-placeholder',
    name: 'Dr. Placeholder Name',
    slug: 'placeholder-name',
    credentials: 'MD, PhD',
    specialties: ['neurosurgery'],
    education: [
      ['medicalSchool', 'Placeholder School of Medicine'],
      ['residency', 'Placeholder Medical Center', 'Neurosurgery'],
    ],
    languages: ['en'],
    locations: ['location-example-pasadena'],
    acceptingNewPatients: true,
    npi: '1111111112',
    bio: {
      en: 'Dr. Placeholder Name is a made-up neurosurgeon.',
      es: 'El Dr. Placeholder Name es un neurocirujano inventado.',
      'zh-Hans': 'Placeholder Name 医生是一位虚构的神经外科医生。',
    },
  },
]

/** Fictional too: every text patients read says so, and the address and numbers are examples. */
const LOCATION = {
  _id: 'location-example-pasadena',
  name: 'Pasadena office',
  slug: 'pasadena-office',
  address: {street: '456 Sample Street', city: 'Pasadena', region: 'CA', postalCode: '91101'},
  phone: '(555) 010-0188',
  fax: '(555) 010-0189',
  appointmentUrl: 'https://example.com/appointments/pasadena',
  // A lunch break on Monday, Wednesday and Friday (two rows), a short Tuesday.
  hours: [
    ['mwf-morning', ['monday', 'wednesday', 'friday'], '09:00', '12:00'],
    ['mwf-afternoon', ['monday', 'wednesday', 'friday'], '13:00', '17:00'],
    ['tuesday', ['tuesday'], '09:00', '13:00'],
  ],
  hoursExceptions: [
    [
      'thanksgiving-2026',
      '2026-11-26',
      {en: 'Thanksgiving', es: 'Día de Acción de Gracias', 'zh-Hans': '感恩节'},
    ],
    [
      'christmas-eve-2026',
      '2026-12-24',
      {en: 'Christmas Eve', es: 'Nochebuena', 'zh-Hans': '平安夜'},
    ],
    ['christmas-2026', '2026-12-25', {en: 'Christmas Day', es: 'Navidad', 'zh-Hans': '圣诞节'}],
  ],
  parking: {
    en: 'Street parking on Sample Street; the nearest accessible space is in front of the building.',
    es: 'Estacionamiento en la calle Sample Street; el espacio accesible más cercano está frente al edificio.',
    'zh-Hans': '可在 Sample Street 路边停车；最近的无障碍停车位在大楼前面。',
  },
  transit: {
    en: 'Buses stop on the corner. Ask us when you call which one to take.',
    es: 'Los autobuses paran en la esquina. Pregúntenos cuando llame cuál debe tomar.',
    'zh-Hans': '公交车在街角停靠。请在来电时询问我们该乘坐哪一路。',
  },
  stepFreeAccess: false,
  accessNotes: {
    en: 'The office is up one flight of stairs with a handrail; there is no lift. If stairs are hard for you, ask us about the Alhambra office.',
    es: 'El consultorio está subiendo un tramo de escaleras con pasamanos; no hay elevador. Si le cuesta subir escaleras, pregúntenos por el consultorio de Alhambra.',
    'zh-Hans':
      '诊所需要走一段带扶手的楼梯，没有电梯。如果您上楼梯有困难，请向我们询问 Alhambra 诊所。',
  },
}

const LOCATION_FICTION = {
  en: 'This location is an example for demonstrating the website; it does not exist.',
  es: 'Esta sede es un ejemplo para mostrar el sitio web; no existe.',
  'zh-Hans': '此地点是用于演示网站的示例；它并不存在。',
}

/** sanity-plugin-internationalized-array items, as the bundled documents store them. */
const translated = (type, values, suffix = {}) =>
  Object.entries(values).map(([language, text]) => ({
    _key: language,
    _type: `internationalizedArray${type}Value`,
    language,
    value: suffix[language] ? `${text} ${suffix[language]}` : text,
  }))

/** The example location in the shape the Studio saves (field order as in the schema). */
function locationDocument(location) {
  return {
    _createdAt: STAMP,
    _updatedAt: STAMP,
    _rev: `rev-${location._id}`,
    _id: location._id,
    _type: 'location',
    name: location.name,
    slug: {_type: 'slug', current: location.slug},
    address: {_type: 'postalAddress', ...location.address, country: 'US'},
    phone: location.phone,
    fax: location.fax,
    appointmentUrl: location.appointmentUrl,
    hours: location.hours.map(([_key, days, opens, closes]) => ({
      _key,
      _type: 'weeklyHours',
      days,
      opens,
      closes,
    })),
    hoursExceptions: location.hoursExceptions.map(([_key, date, label]) => ({
      _key,
      _type: 'hoursException',
      date,
      label: translated('String', label),
      closed: true,
    })),
    parking: translated('Text', location.parking),
    transit: translated('Text', location.transit),
    stepFreeAccess: location.stepFreeAccess,
    accessNotes: translated('Text', location.accessNotes, LOCATION_FICTION),
  }
}

const keyOf = (id) => id.replace(/^(affiliation|treatment|location)-/, '')
const reference = (id) => ({_key: keyOf(id), _type: 'reference', _ref: id})

/** A physician document in the shape the Studio saves (field order as in the schema). */
function physicianDocument(person) {
  const document = {
    _createdAt: STAMP,
    _updatedAt: STAMP,
    _rev: `rev-${person._id}`,
    _id: person._id,
    _type: 'physician',
    name: person.name,
    slug: {_type: 'slug', current: person.slug},
    credentials: person.credentials,
    photo: person.photo,
    specialties: person.specialties,
    boardCertifications: person.boardCertifications,
    education: person.education.map(([kind, institution, field, year], index) => ({
      _key: `education-${index + 1}`,
      _type: 'education',
      kind,
      institution,
      field,
      year,
    })),
    languages: person.languages,
    hospitalPrivileges: person.hospitalPrivileges?.map(reference),
    memberships: person.memberships?.map(reference),
    treatments: person.treatments?.map(reference),
    locations: person.locations?.map(reference),
    acceptingNewPatients: person.acceptingNewPatients,
    npi: person.npi,
    bio: translated('Text', person.bio, FICTION),
  }
  // Leave out what a profile does not have, as Sanity does (JSON.stringify drops undefined).
  return JSON.parse(JSON.stringify(document))
}

/** Throws unless every referenced id is a document that the Studio's picker offers. */
function checkReferences(documents, person) {
  const byId = new Map(documents.map((document) => [document._id, document]))
  const expect = (ids, ok, what) => {
    for (const id of ids ?? []) {
      const target = byId.get(id)
      if (!target || !ok(target)) {
        throw new Error(`${person._id}: ${id} is not ${what} in the bundled dataset`)
      }
    }
  }
  expect(
    person.hospitalPrivileges,
    (d) => d._type === 'affiliation' && d.kind === 'hospital',
    'a hospital',
  )
  expect(
    person.memberships,
    (d) => d._type === 'affiliation' && d.kind === 'professional',
    'a professional society',
  )
  expect(
    person.treatments,
    (d) => d._type === 'treatment' && (d.language ?? 'en') === 'en',
    'an English treatment',
  )
  expect(person.locations, (d) => d._type === 'location', 'a location')
}

/** The example dataset's NDJSON text, built from the bundled dataset's. */
export function buildExampleDataset(bundledText) {
  const documents = bundledText
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
  if (documents.some(({_type}) => _type === 'physician')) {
    throw new Error('The bundled dataset already has a physician; the example adds its own')
  }
  if (documents.some(({_id}) => _id === LOCATION._id)) {
    throw new Error(`The bundled dataset already has ${LOCATION._id}`)
  }
  const location = locationDocument(LOCATION)
  for (const person of PHYSICIANS) checkReferences([...documents, location], person)

  const reviewed = documents.find(({_id}) => _id === REVIEWED_TREATMENT)
  if (!reviewed) throw new Error(`No ${REVIEWED_TREATMENT} in the bundled dataset`)
  // _updatedAt stays: a newer English page would mark its translations as outdated.
  reviewed.medicalReview = {
    ...reviewed.medicalReview,
    reviewedBy: {_type: 'reference', _ref: REVIEW.reviewedBy},
    lastReviewed: reviewed.medicalReview?.lastReviewed ?? REVIEW.lastReviewed,
  }

  const all = [...documents, location, ...PHYSICIANS.map(physicianDocument)]
  return all.map((document) => `${JSON.stringify(document)}\n`).join('')
}

function main() {
  const {values} = parseArgs({
    options: {
      in: {type: 'string', default: path.join(root, 'sanity', 'data', 'production.ndjson')},
      out: {type: 'string', default: path.join(root, 'sanity', 'data', 'example.ndjson')},
    },
  })
  writeFileSync(values.out, buildExampleDataset(readFileSync(values.in, 'utf8')))
  console.log(`Wrote ${path.relative(process.cwd(), values.out) || values.out}`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
