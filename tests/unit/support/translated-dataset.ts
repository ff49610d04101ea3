import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

import type {SanityDocument} from '@/lib/content/types'

/*
 * A small dataset with translations, as the Studio's plugins store them (see
 * /work/issue14-contract.md): one document per language for treatments and body areas, linked by
 * `translation.metadata` documents; settings translated per field (internationalized arrays).
 *
 * - Spine Injections (`spine-injections`): English, Spanish and Chinese; reviewed in English only.
 * - Neural Prolotherapy (`neural-prolotherapy`): English and Spanish, no Chinese (the fallback).
 *   Its Spanish translation was renamed (previousSlugs).
 * - Proliferation Injection (`proliferation-injection`): English only.
 * - PRP (`prp`): its Spanish translation has the same slug as the English source.
 * - A Spanish translation whose English source is gone (`huerfano`).
 * - Two Spanish translations claiming one slug (`duplicado`).
 * - The settings' main location (`main-office`), its texts partly translated.
 * - A page built by staff (`new-patients`): English and Spanish (`nuevos-pacientes`), no Chinese,
 *   listing a translated treatment and an untranslated one.
 */

const stamp = (day: number) => `2026-0${Math.min(day, 9)}-01T00:00:00Z`
const slug = (current: string) => ({_type: 'slug', current})
const ref = (id: string) => ({_type: 'reference', _ref: id})

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}s`, text, marks: []}],
})

type Fields = Record<string, unknown>

const doc = (_id: string, _type: string, day: number, fields: Fields): SanityDocument => ({
  _id,
  _type,
  _createdAt: stamp(1),
  _updatedAt: stamp(day),
  ...fields,
})

/** The plugin's link between a source and its translations (v6 shape). */
export const metadata = (
  sourceId: string,
  translations: Record<string, string>,
  schemaType = 'treatment',
): SanityDocument => ({
  _id: `translation.metadata.${sourceId}`,
  _type: 'translation.metadata',
  _createdAt: stamp(1),
  _updatedAt: stamp(2),
  schemaTypes: [schemaType],
  translations: Object.entries(translations).map(([language, id]) => ({
    _key: `k-${language}`,
    _type: 'internationalizedArrayReferenceValue',
    language,
    value: ref(id),
  })),
})

/** A per-field translated value (sanity-plugin-internationalized-array v5 item). */
export const i18n = (values: Record<string, string>, type = 'String') =>
  Object.entries(values).map(([language, value]) => ({
    _key: language,
    _type: `internationalizedArray${type}Value`,
    language,
    value,
  }))

export function translatedDocuments(): SanityDocument[] {
  return [
    doc('siteSettings', 'siteSettings', 1, {
      clinicName: 'Translated Clinic',
      tagline: i18n({
        en: 'Spine care in plain words.',
        es: 'Cuidado de la columna, en palabras sencillas.',
      }),
      phone: '(555) 010-0177',
      // No Spanish or Chinese disclaimer yet: pages show the English one, marked as English.
      disclaimer: i18n({en: 'Not medical advice. In an emergency, call 911.'}, 'Text'),
      callToAction: i18n({en: 'Call us.', es: 'Llámenos.', 'zh-Hans': '请致电我们。'}, 'Text'),
      mainLocation: ref('loc-main'),
    }),
    // The clinic's address and hours. Patients' texts are partly translated: no Chinese holiday
    // name or Spanish directions yet (pages show the English ones, marked as English).
    doc('loc-main', 'location', 1, {
      name: 'Main office',
      slug: slug('main-office'),
      address: {
        _type: 'postalAddress',
        street: '1 Example Way',
        city: 'Alhambra',
        region: 'CA',
        postalCode: '91801',
        country: 'US',
      },
      phone: '(555) 010-0177',
      hours: [
        {
          _key: 'h1',
          _type: 'weeklyHours',
          days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          opens: '08:00',
          closes: '17:00',
        },
      ],
      hoursExceptions: [
        {
          _key: 'x1',
          _type: 'hoursException',
          date: '2026-11-26',
          label: i18n({en: 'Thanksgiving', es: 'Día de Acción de Gracias'}),
          closed: true,
        },
      ],
      transit: i18n({en: 'Buses stop nearby.', 'zh-Hans': '附近有公交车站。'}, 'Text'),
    }),
    doc('doc-lee', 'physician', 1, {name: 'Dr. Pat Lee', credentials: 'MD', slug: slug('pat-lee')}),

    doc('area-spine', 'bodyArea', 1, {
      language: 'en',
      title: 'Spine',
      slug: slug('spine'),
      order: 1,
    }),
    doc('area-spine__es', 'bodyArea', 2, {
      language: 'es',
      title: 'Columna',
      slug: slug('columna'),
      description: 'Tratamientos de la columna.',
    }),
    metadata('area-spine', {en: 'area-spine', es: 'area-spine__es'}, 'bodyArea'),

    doc('t-parent', 'treatment', 3, {
      language: 'en',
      title: 'Spine Injections',
      slug: slug('spine-injections'),
      summary: 'Injections for back pain.',
      bodyArea: ref('area-spine'),
      order: 1,
      aliases: ['Back shots'],
      body: [block('b1', 'What it is.')],
      medicalReview: {lastReviewed: '2026-03-04', reviewedBy: ref('doc-lee')},
    }),
    doc('t-parent__es', 'treatment', 4, {
      language: 'es',
      title: 'Inyecciones en la columna',
      slug: slug('inyecciones-columna'),
      summary: 'Inyecciones para el dolor de espalda.',
      aliases: ['Inyecciones de espalda'],
      body: [block('b1', 'Qué es.')],
      // Structure of a translation is ignored: the source's counts.
      bodyArea: ref('nowhere'),
      order: 99,
    }),
    doc('t-parent__zh-Hans', 'treatment', 4, {
      language: 'zh-Hans',
      title: '脊柱注射',
      slug: slug('jizhu-zhushe'),
      summary: '治疗背痛的注射。',
    }),
    metadata('t-parent', {en: 't-parent', es: 't-parent__es', 'zh-Hans': 't-parent__zh-Hans'}),

    doc('t-neural', 'treatment', 2, {
      language: 'en',
      title: 'Neural Prolotherapy',
      slug: slug('neural-prolotherapy'),
      summary: 'Small injections under the skin.',
      parent: ref('t-parent'),
      bodyArea: ref('area-spine'),
      order: 1,
      aliases: ['NPT'],
    }),
    doc('t-neural__es', 'treatment', 5, {
      language: 'es',
      title: 'Proloterapia neural',
      slug: slug('proloterapia-neural'),
      previousSlugs: ['proloterapia-vieja'],
      summary: 'Pequeñas inyecciones bajo la piel.',
      aliases: ['PTN'],
    }),
    metadata('t-neural', {en: 't-neural', es: 't-neural__es'}),

    // A source without any translation (no metadata document at all), and without a language
    // field (content from before translations counts as English).
    doc('t-proliferation', 'treatment', 2, {
      title: 'Proliferation Injection',
      slug: slug('proliferation-injection'),
      summary: 'An injection that helps tissue heal.',
      parent: ref('t-parent'),
      bodyArea: ref('area-spine'),
      order: 2,
    }),

    // Two languages may share a slug.
    doc('t-prp', 'treatment', 2, {language: 'en', title: 'PRP', slug: slug('prp'), order: 5}),
    doc('t-prp__es', 'treatment', 3, {language: 'es', title: 'PRP (plasma)', slug: slug('prp')}),
    metadata('t-prp', {en: 't-prp', es: 't-prp__es'}),

    // A translation whose English source was deleted: translations live with their source.
    doc('t-gone__es', 'treatment', 3, {language: 'es', title: 'Huérfano', slug: slug('huerfano')}),
    metadata('t-gone', {en: 't-gone', es: 't-gone__es'}),

    // Two translations claiming one address (saved around the Studio's check).
    doc('t-dup-1', 'treatment', 2, {
      language: 'en',
      title: 'Dup One',
      slug: slug('dup-one'),
      order: 6,
    }),
    doc('t-dup-2', 'treatment', 2, {
      language: 'en',
      title: 'Dup Two',
      slug: slug('dup-two'),
      order: 7,
    }),
    doc('t-dup-1__es', 'treatment', 3, {
      language: 'es',
      title: 'Duplicado uno',
      slug: slug('duplicado'),
    }),
    doc('t-dup-2__es', 'treatment', 4, {
      language: 'es',
      title: 'Duplicado dos',
      slug: slug('duplicado'),
    }),
    metadata('t-dup-1', {en: 't-dup-1', es: 't-dup-1__es'}),
    metadata('t-dup-2', {en: 't-dup-2', es: 't-dup-2__es'}),

    doc('p-visit', 'page', 2, {
      language: 'en',
      title: 'New patients',
      slug: slug('new-patients'),
      summary: 'What to bring to your first visit.',
      body: [
        {_type: 'callout', _key: 'c1', tone: 'info', text: 'Bring a photo ID.'},
        {
          _type: 'treatmentList',
          _key: 't1',
          treatments: [
            {...ref('t-parent'), _key: 'a'},
            {...ref('t-proliferation'), _key: 'b'},
          ],
        },
      ],
    }),
    doc('p-visit__es', 'page', 3, {
      language: 'es',
      title: 'Pacientes nuevos',
      slug: slug('nuevos-pacientes'),
      summary: 'Qué traer a su primera visita.',
      body: [
        {_type: 'callout', _key: 'c1', tone: 'info', text: 'Traiga una identificación con foto.'},
        {
          _type: 'treatmentList',
          _key: 't1',
          treatments: [
            {...ref('t-parent'), _key: 'a'},
            {...ref('t-proliferation'), _key: 'b'},
          ],
        },
      ],
    }),
    metadata('p-visit', {en: 'p-visit', es: 'p-visit__es'}, 'page'),

    doc('languageAssistance', 'languageAssistance', 1, {
      title: i18n({en: 'Language assistance', es: 'Ayuda con idiomas'}),
      nondiscrimination: i18n({en: 'We do not discriminate.'}, 'Text'),
      taglines: [
        {
          _key: 'vi',
          _type: 'languageTagline',
          language: 'vi',
          languageName: 'Tiếng Việt',
          text: 'Gọi {phone}.',
          dir: 'ltr',
        },
        {
          _key: 'ar',
          _type: 'languageTagline',
          language: 'ar',
          languageName: 'العربية',
          text: 'اتصل {phone}.',
          dir: 'rtl',
        },
      ],
      needsVerification: true,
    }),
  ]
}

/** The dataset written as an NDJSON file (for the content module's local backend). */
export function translatedDatasetFile(documents: SanityDocument[] = translatedDocuments()): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'translated-')), 'translated.ndjson')
  writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n'))
  return file
}
