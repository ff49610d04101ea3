/*
 * Writes a clearly synthetic NDJSON dataset for scale tests: N treatments over several body areas
 * (one in five a main treatment, the others its kinds), with bodies of realistic length, FAQs,
 * affiliations, a reviewer, the site settings and their main location, each treatment also in
 * Spanish and Chinese (one
 * document per language, linked by translation metadata, as the Studio's translation plugin does),
 * except every tenth in Chinese (a missing translation: the fallback page). Deterministic: the same
 * N gives the same file.
 *
 *   npx tsx scripts/generate-dataset.ts --treatments 2000 --out /tmp/scale-2000.ndjson
 */
import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    treatments: {type: 'string', default: '2000'},
    out: {type: 'string', default: 'scale.ndjson'},
  },
})
const count = Number(values.treatments)
const stamp = '2026-11-25T12:00:00Z'
const AREAS = ['Neck', 'Upper back', 'Lower back', 'Shoulder', 'Hip', 'Knee', 'Ankle', 'Hand']
const WORDS =
  'synthetic test treatment text for load measurement only patients read plain words about pain nerves ligaments joints injections therapy recovery rest movement'.split(
    ' ',
  )

let keyCounter = 0
const key = () => `k${(keyCounter++).toString(36)}`
const sentence = (seed: number, length = 14) =>
  `${Array.from({length}, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ')}.`
const block = (text: string, style = 'normal') => ({
  _type: 'block',
  _key: key(),
  style,
  markDefs: [],
  children: [{_type: 'span', _key: key(), text, marks: []}],
})

const docs: object[] = [
  {
    _id: 'siteSettings',
    _type: 'siteSettings',
    _createdAt: stamp,
    _updatedAt: stamp,
    clinicName: 'Synthetic Scale Clinic',
    tagline: 'A synthetic dataset for scale tests.',
    phone: '(555) 010-0100',
    email: 'scale@example.com',
    mainLocation: {_type: 'reference', _ref: 'location-synthetic'},
    disclaimer: 'Synthetic test content. Not medical advice. In an emergency, call 911.',
  },
  {
    _id: 'location-synthetic',
    _type: 'location',
    _createdAt: stamp,
    _updatedAt: stamp,
    name: 'Synthetic office',
    slug: {_type: 'slug', current: 'synthetic-office'},
    address: {
      _type: 'postalAddress',
      street: '1 Example Way',
      city: 'Example',
      region: 'CA',
      postalCode: '90000',
      country: 'US',
    },
    phone: '(555) 010-0100',
    hours: [
      {
        _type: 'weeklyHours',
        _key: key(),
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        opens: '08:00',
        closes: '17:00',
      },
    ],
  },
  {
    _id: 'physician-synthetic',
    _type: 'physician',
    _createdAt: stamp,
    _updatedAt: stamp,
    name: 'Dr. Synthetic Reviewer',
    credentials: 'MD',
    slug: {_type: 'slug', current: 'synthetic-reviewer'},
  },
  ...AREAS.map((title, index) => ({
    _id: `bodyArea-${index}`,
    _type: 'bodyArea',
    _createdAt: stamp,
    _updatedAt: stamp,
    title,
    slug: {_type: 'slug', current: title.toLowerCase().replace(/\s+/g, '-')},
    order: index,
  })),
  ...Array.from({length: 12}, (_, index) => ({
    _id: `affiliation-${index}`,
    _type: 'affiliation',
    _createdAt: stamp,
    _updatedAt: stamp,
    name: `Synthetic ${index % 3 === 0 ? 'Hospital' : 'Society'} ${index + 1}`,
    kind: index % 3 === 0 ? 'hospital' : 'professional',
    url: `https://example.com/affiliation-${index}`,
    order: index,
  })),
]

for (let index = 0; index < count; index += 1) {
  const isMain = index % 5 === 0
  const main = index - (index % 5)
  const paragraphs = Array.from({length: 10}, (_, p) => block(sentence(index + p, 40)))
  docs.push({
    _id: `treatment-synthetic-${index}`,
    _type: 'treatment',
    _createdAt: stamp,
    _updatedAt: stamp,
    language: 'en',
    title: `Synthetic Treatment ${index + 1}`,
    slug: {_type: 'slug', current: `synthetic-treatment-${index + 1}`},
    summary: sentence(index, 24),
    bodyArea: {_type: 'reference', _ref: `bodyArea-${Math.floor(index / 5) % AREAS.length}`},
    ...(isMain ? {} : {parent: {_type: 'reference', _ref: `treatment-synthetic-${main}`}}),
    aliases: [`Synthetic alias ${index + 1}`],
    conditions: [`Synthetic condition ${index % 40}`],
    body: [
      block('What it is', 'h2'),
      ...paragraphs.slice(0, 4),
      block('How it works', 'h2'),
      ...paragraphs.slice(4, 8),
      block('What to expect', 'h2'),
      ...paragraphs.slice(8),
    ],
    faqs: Array.from({length: 3}, (_, f) => ({
      _type: 'faq',
      _key: key(),
      question: `Synthetic question ${f + 1}?`,
      answer: sentence(index + f, 20),
    })),
    medicalReview: {
      lastReviewed: '2026-06-01',
      reviewedBy: {_type: 'reference', _ref: 'physician-synthetic'},
    },
    order: index,
  })
  const translations = [
    {
      language: 'es',
      title: `Tratamiento sintético ${index + 1}`,
      slug: `tratamiento-sintetico-${index + 1}`,
    },
    ...(index % 10 === 9
      ? []
      : [
          {
            language: 'zh-Hans',
            title: `合成治疗 ${index + 1}`,
            slug: `he-cheng-zhi-liao-${index + 1}`,
          },
        ]),
  ]
  for (const {language, title, slug} of translations) {
    docs.push({
      _id: `treatment-synthetic-${index}__${language}`,
      _type: 'treatment',
      _createdAt: stamp,
      _updatedAt: stamp,
      language,
      title,
      slug: {_type: 'slug', current: slug},
      summary: sentence(index + 1, 24),
      aliases: [`${title} alias`],
      body: [block(title, 'h2'), ...paragraphs],
      faqs: [{_type: 'faq', _key: key(), question: `${title}?`, answer: sentence(index, 20)}],
    })
  }
  docs.push({
    _id: `translation-metadata-synthetic-${index}`,
    _type: 'translation.metadata',
    _createdAt: stamp,
    _updatedAt: stamp,
    schemaTypes: ['treatment'],
    translations: [{language: 'en'}, ...translations].map(({language}) => ({
      _key: key(),
      _type: 'internationalizedArrayReferenceValue',
      language,
      value: {
        _type: 'reference',
        _ref: `treatment-synthetic-${index}${language === 'en' ? '' : `__${language}`}`,
      },
    })),
  })
}

writeFileSync(values.out, `${docs.map((doc) => JSON.stringify(doc)).join('\n')}\n`)
console.log(`wrote ${docs.length} documents (${count} treatments) to ${values.out}`)
