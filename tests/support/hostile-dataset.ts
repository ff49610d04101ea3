/**
 * A dataset typed by an attacker, or by a very busy editor: a script or event-handler payload in
 * every text field, dangerous link schemes, broken structure. The e2e suite builds a site on it
 * (tests/e2e/hostile.spec.ts). Every payload sets `window.__pwned`, which must stay unset.
 *
 * The same payloads come in Spanish and Chinese (issue 14): translations linked by the translation
 * plugin's metadata documents, internationalized settings and the language-assistance notice,
 * plus what only translations can break (see `translationDocuments()`).
 *
 * Locations (issue 15): payloads in every field, malformed opening hours and holidays, documents
 * without a name or a slug, two claiming one slug, and references to locations that do not exist
 * (see `hostileLocations()`).
 *
 * Pages built by staff and menus (issue 15): payloads in every block, a translation, pages
 * claiming the site's own addresses, and menu items that lead to missing documents or use
 * `http:` and `javascript:` addresses (see `hostilePages()` and the settings' menus).
 */
export const PAYLOAD =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><svg onload="window.__pwned=1">'

const stamp = '2026-11-25T12:00:00Z'
const text = (label: string) => `${label} ${PAYLOAD} "quoted' </title></script>`
const span = (value: string, marks: string[] = []) => ({
  _type: 'span',
  _key: `s${Math.random().toString(36).slice(2, 8)}`,
  text: value,
  marks,
})
const block = (
  value: string,
  {style = 'normal', markDefs = [] as object[], marks = [] as string[]} = {},
) => ({
  _type: 'block',
  _key: `b${Math.random().toString(36).slice(2, 8)}`,
  style,
  markDefs,
  children: [span(value, marks)],
})

const SCHEMES = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  '  javascript:window.__pwned=1',
  '\tjavascript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
]

const linkBlocks = SCHEMES.map((href, index) =>
  block(`Hostile link ${index}`, {
    markDefs: [{_type: 'link', _key: `l${index}`, href}],
    marks: [`l${index}`],
  }),
)

/** Right-to-left override, zero-width space and joiner, isolates and a byte-order mark. */
export const BIDI = '\u202eevil\u202c\u200b\u200c\u200d\u2066iso\u2069\u2067x\u2069\ufeff'

const treatment = (id: string, slug: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  _type: 'treatment',
  _createdAt: stamp,
  _updatedAt: stamp,
  title: text(`Title ${slug}`),
  slug: {_type: 'slug', current: slug},
  summary: text('Summary'),
  aliases: [text('Alias')],
  conditions: [text('Condition')],
  bodyArea: {_type: 'reference', _ref: 'area-hostile'},
  seo: {_type: 'seo', title: text('SEO title'), description: text('SEO description')},
  faqs: [{_type: 'faq', _key: 'f1', question: text('Question'), answer: text('Answer')}],
  ...extra,
})

/**
 * An internationalized array (items `{_key, _type, language, value}`) with a payload in every
 * site language, and items of every wrong shape: a bare string, null, a number value, an object
 * value, an item without a language, an unknown language and a language tag that is itself a
 * payload.
 */
const localized = (label: string) => [
  {_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: text(label)},
  {
    _key: 'es',
    _type: 'internationalizedArrayStringValue',
    language: 'es',
    value: text(`${label} español ${BIDI}`),
  },
  {
    _key: 'zh-Hans',
    _type: 'internationalizedArrayStringValue',
    language: 'zh-Hans',
    value: text(`${label} 中文 ${BIDI}`),
  },
  PAYLOAD,
  null,
  42,
  {_key: 'n', _type: 'internationalizedArrayStringValue', language: 'es', value: 42},
  {_key: 'o', _type: 'internationalizedArrayStringValue', language: 'zh-Hans', value: {PAYLOAD}},
  {_key: 'l', _type: 'internationalizedArrayStringValue', value: PAYLOAD},
  {_key: 'x', _type: 'internationalizedArrayStringValue', language: 'xx', value: PAYLOAD},
  {_key: 'p', _type: 'internationalizedArrayStringValue', language: PAYLOAD, value: PAYLOAD},
]

export function hostileDocuments(): object[] {
  return [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      _createdAt: stamp,
      _updatedAt: stamp,
      clinicName: text('Clinic'),
      // Internationalized arrays with a payload in every language, and items of every wrong shape.
      tagline: localized('Tagline'),
      phone: '(555) 010-0142" onmouseover="window.__pwned=1',
      email: 'x@example.com"><script>window.__pwned=1</script>',
      // The main location does not exist: the site falls back to another location, or none.
      mainLocation: {_type: 'reference', _ref: 'location-missing'},
      // What the main-location migration leaves when it cannot read an old row: the old rows stay
      // in the settings beside the main location. The site must ignore them.
      hours: [
        {_type: 'openingHours', _key: 'h1', days: localized('Days'), hours: localized('Hours')},
        // Content from before translations: plain strings (English).
        {_type: 'openingHours', _key: 'h2', days: text('Old days'), hours: text('Old hours')},
        // An object where an array is expected, and an array of wrong items.
        {_type: 'openingHours', _key: 'h3', days: {es: PAYLOAD}, hours: [PAYLOAD, 42, null]},
        {_type: 'openingHours', _key: 'h4', days: localized('More days'), hours: 7},
      ],
      appointmentUrl: 'javascript:window.__pwned=1',
      disclaimer: localized('Disclaimer'),
      // Not an array: no call to action in any language rather than a broken one.
      callToAction: {_type: 'internationalizedArrayTextValue', language: 'es', value: PAYLOAD},
      seo: {_type: 'seo', description: text('Site description')},
      // Menu items of every broken kind beside one good one: only the good one is shown.
      headerMenu: [
        {
          _type: 'menuItem',
          _key: 'good',
          label: localized('Menu'),
          target: reference('page-hostile'),
        },
        {
          _type: 'menuItem',
          _key: 'missing',
          label: localized('Missing'),
          target: reference('page-missing'),
        },
        {
          _type: 'menuItem',
          _key: 'draft',
          label: localized('Draft'),
          target: reference('page-draft'),
        },
        ...['http://example.com/', ...SCHEMES].map((url, index) => ({
          _type: 'menuItem',
          _key: `url-${index}`,
          label: localized(`Link ${index}`),
          url,
        })),
        {
          _type: 'menuItem',
          _key: 'quoted',
          label: localized('Quoted'),
          url: 'https://example.com/"><script>window.__pwned=1</script>',
        },
        {_type: 'menuItem', _key: 'section', label: localized('Section'), section: PAYLOAD},
        {
          _type: 'menuItem',
          _key: 'physicians',
          label: localized('Physicians'),
          section: 'physicians',
        },
        {
          _type: 'menuItem',
          _key: 'claims',
          label: localized('Claims'),
          target: reference('page-claims-treatments'),
        },
        {_type: 'menuItem', _key: 'no-label', url: 'https://example.com/no-label'},
        {_type: 'menuItem', _key: 'label-payload', label: PAYLOAD, target: reference('t-main')},
        PAYLOAD,
        null,
        42,
      ],
      // Not a list.
      footerMenu: {_type: 'menuItem', label: localized('Footer'), url: PAYLOAD},
    },
    {
      _id: 'area-hostile',
      _type: 'bodyArea',
      _createdAt: stamp,
      _updatedAt: stamp,
      title: text('Area'),
      slug: {_type: 'slug', current: 'area'},
      description: text('Area description'),
    },
    treatment('t-main', 'main', {
      body: [
        block(text('Heading'), {style: 'h2'}),
        block(text('Paragraph')),
        ...linkBlocks,
        {_type: 'unknownWidget', _key: 'u1', html: PAYLOAD},
        {_type: 'imageWithAlt', _key: 'i1', alt: text('Alt')},
        {
          _type: 'imageWithAlt',
          _key: 'i2',
          asset: {_ref: 'image-missing-1x1-png', _type: 'reference'},
        },
        block(`A${'x'.repeat(10_000)}`),
        block(
          '\u202eRight-to-left override text\u202c and zero\u200bwidth\u200b\u200b spaces \u2067isolate',
        ),
        block('مرحبا بكم في العيادة — שלום'),
      ],
    }),
    treatment('t-child', 'child', {parent: {_type: 'reference', _ref: 't-main'}}),
    treatment('t-self', 'self-parent', {parent: {_type: 'reference', _ref: 't-self'}}),
    treatment('t-cycle-a', 'cycle-a', {parent: {_type: 'reference', _ref: 't-cycle-b'}}),
    treatment('t-cycle-b', 'cycle-b', {parent: {_type: 'reference', _ref: 't-cycle-a'}}),
    treatment('t-broken-refs', 'broken-refs', {
      parent: {_type: 'reference', _ref: 'does-not-exist'},
      bodyArea: {_type: 'reference', _ref: 'missing-area'},
      medicalReview: {lastReviewed: 'not-a-date', reviewedBy: {_type: 'reference', _ref: 'nobody'}},
    }),
    treatment('t-dup-1', 'duplicate'),
    treatment('t-dup-2', 'duplicate'),
    treatment('t-huge', 'huge', {
      body: Array.from({length: 1100}, (_, index) =>
        block(`Paragraph ${index}. ${'Plain words about the treatment. '.repeat(28)}`),
      ),
    }),
    // Invalid: no title, and a slug that is not a slug. Skipped with a warning, never half-shown.
    {
      _id: 't-no-title',
      _type: 'treatment',
      _createdAt: stamp,
      _updatedAt: stamp,
      slug: {_type: 'slug', current: 'no-title'},
      summary: text('Untitled'),
    },
    {
      _id: 't-bad-slug',
      _type: 'treatment',
      _createdAt: stamp,
      _updatedAt: stamp,
      title: 'Bad slug',
      slug: {_type: 'slug', current: '../../etc/passwd'},
    },
    ...['professional', 'hospital'].flatMap((kind) =>
      SCHEMES.map((url, index) => ({
        _id: `aff-${kind}-${index}`,
        _type: 'affiliation',
        _createdAt: stamp,
        _updatedAt: stamp,
        name: text(`Affiliation ${kind} ${index}`),
        abbreviation: text('ABBR'),
        kind,
        url,
        logo: {_type: 'imageWithAlt', alt: text('Logo')},
      })),
    ),
    ...hostilePhysicians(),
    ...hostileLocations(),
    ...hostilePages(),
    ...translationDocuments(),
    languageAssistance(),
    ...wrongTypes(),
  ]
}

/** The language prefixes of the hostile translations' addresses. */
export const TRANSLATED = [
  {language: 'es', prefix: '/es'},
  {language: 'zh-Hans', prefix: '/zh'},
] as const

/**
 * The addresses of the hostile translations (each under its language's prefix). `orphan` (its
 * English document is gone) and `lonely` (no metadata) have no English source, so they answer 404;
 * the others answer 200. `duplicate` is claimed by two translations.
 */
export const TRANSLATION_PAGES = {
  es: {
    main: 'principal',
    huge: 'enorme',
    duplicate: 'duplicado',
    orphan: 'huerfano',
    lonely: 'solo',
    wrongTypes: 'tipos-erroneos',
  },
  'zh-Hans': {
    main: 'zhu-yao',
    huge: 'ju-da',
    duplicate: 'chong-fu',
    orphan: 'gu-er',
    lonely: 'du-zi',
    wrongTypes: 'cuo-wu-lei-xing',
  },
} as const

type TranslatedLanguage = keyof typeof TRANSLATION_PAGES

/** The slug of the translations of `cycle-a`: a zero-width space and a right-to-left override. */
export const BIDI_SLUG = 'ciclo\u200b-\u202ea'

const reference = (id: string) => ({_type: 'reference', _ref: id})

const metadata = (id: string, entries: Array<[string, string]>, extra: unknown[] = []) => ({
  _id: `translation.metadata.${id}`,
  _type: 'translation.metadata',
  _createdAt: stamp,
  _updatedAt: stamp,
  schemaTypes: ['treatment'],
  translations: [
    ...entries.map(([language, ref]) => ({
      _key: language,
      _type: 'internationalizedArrayReferenceValue',
      language,
      value: reference(ref),
    })),
    ...extra,
  ],
})

/** A treatment translation with a payload in every text field it has (and bidi text in its title). */
const translation = (
  id: string,
  language: TranslatedLanguage,
  slug: string,
  extra: Record<string, unknown> = {},
) => {
  const label = language === 'es' ? 'Título' : '标题'
  return {
    ...treatment(id, slug),
    language,
    title: `${BIDI}${text(`${label} ${slug}`)}${BIDI}`,
    summary: text(language === 'es' ? 'Resumen' : '摘要'),
    aliases: [text('Alias'), `${BIDI}alias${BIDI}`],
    conditions: [text(language === 'es' ? 'Afección' : '病症')],
    seo: {_type: 'seo', title: text('SEO título'), description: text('SEO descripción')},
    faqs: [
      {_type: 'faq', _key: 'f1', question: text('Pregunta 问题'), answer: text('Respuesta 回答')},
    ],
    body: [
      block(text('Encabezado 标题'), {style: 'h2'}),
      block(text('Párrafo 段落')),
      ...linkBlocks,
      {_type: 'unknownWidget', _key: 'u1', html: PAYLOAD},
      {_type: 'imageWithAlt', _key: 'i1', alt: text('Alt')},
      block(`${language === 'es' ? 'Sin espacios' : '没有空格'}${'增生疗法inyección'.repeat(600)}`),
      block(`${BIDI} texto al revés ${BIDI} 从右到左 مرحبا`),
    ],
    // Structure of a translation is ignored (it comes from the English source): even when hostile.
    parent: reference(id),
    bodyArea: reference('does-not-exist'),
    medicalReview: {lastReviewed: PAYLOAD, reviewedBy: reference(id)},
    ...extra,
  }
}

/**
 * Spanish and Chinese translations of the hostile treatments, and what only translations can
 * break: a 1 MB body, a translation whose English document is gone (metadata pointing at a missing
 * id) and one without any metadata, two translations claiming one address in one language, and a
 * metadata document of garbage entries.
 */
function translationDocuments(): object[] {
  return (Object.keys(TRANSLATION_PAGES) as TranslatedLanguage[])
    .flatMap((language): object[] => {
      const slugs = TRANSLATION_PAGES[language]
      return [
        translation(`t-main__${language}`, language, slugs.main),
        translation(`t-huge__${language}`, language, slugs.huge, {
          // About 1 MB of text (the English `huge` is about as long).
          body: Array.from({length: 1100}, (_, index) =>
            block(
              `${index}. ${(language === 'es' ? 'Palabras sencillas sobre el tratamiento. ' : '关于这种治疗的简单说明。').repeat(language === 'es' ? 23 : 27)}${PAYLOAD}`,
            ),
          ),
        }),
        translation(`t-dup-1__${language}`, language, slugs.duplicate),
        translation(`t-dup-2__${language}`, language, slugs.duplicate),
        // Its English document is gone: the metadata points at an id that does not exist.
        translation(`t-gone__${language}`, language, slugs.orphan),
        // No metadata at all.
        translation(`t-lonely__${language}`, language, slugs.lonely),
        // A web address with a zero-width space and a right-to-left override in it: not an
        // address, so the English page stays at `cycle-a` under the prefix (the fallback).
        translation(`t-cycle-a__${language}`, language, BIDI_SLUG),
      ]
    })
    .concat([
      metadata('t-main', [
        ['en', 't-main'],
        ['es', 't-main__es'],
        ['zh-Hans', 't-main__zh-Hans'],
      ]),
      metadata('t-huge', [
        ['en', 't-huge'],
        ['es', 't-huge__es'],
        ['zh-Hans', 't-huge__zh-Hans'],
      ]),
      metadata('t-dup-1', [
        ['en', 't-dup-1'],
        ['es', 't-dup-1__es'],
        ['zh-Hans', 't-dup-1__zh-Hans'],
      ]),
      metadata('t-dup-2', [
        ['en', 't-dup-2'],
        ['es', 't-dup-2__es'],
        ['zh-Hans', 't-dup-2__zh-Hans'],
      ]),
      metadata('t-cycle-a', [
        ['en', 't-cycle-a'],
        ['es', 't-cycle-a__es'],
        ['zh-Hans', 't-cycle-a__zh-Hans'],
      ]),
      metadata('t-gone', [
        ['en', 't-gone'],
        ['es', 't-gone__es'],
        ['zh-Hans', 't-gone__zh-Hans'],
      ]),
      // Garbage entries, on a real English treatment (t-child) with no real translations.
      {
        ...metadata('t-child', [['en', 't-child']], GARBAGE_ENTRIES),
        schemaTypes: 'treatment',
      },
    ])
}

const GARBAGE_ENTRIES: unknown[] = [
  // An unknown language.
  {
    _key: 'xx',
    _type: 'internationalizedArrayReferenceValue',
    language: 'xx',
    value: reference('t-main__es'),
  },
  // A reference to a document that is not a treatment (a body area).
  {
    _key: 'es',
    _type: 'internationalizedArrayReferenceValue',
    language: 'es',
    value: reference('area-hostile'),
  },
  // A value that is not a reference, and one that is missing.
  {_key: 'zh', _type: 'internationalizedArrayReferenceValue', language: 'zh-Hans', value: PAYLOAD},
  {_key: 'nv', _type: 'internationalizedArrayReferenceValue', language: 'es'},
  // Wrong types: a number language, a payload language.
  {
    _key: 'n',
    _type: 'internationalizedArrayReferenceValue',
    language: 42,
    value: reference('t-main'),
  },
  {_key: 'p', _type: PAYLOAD, language: PAYLOAD, value: reference('t-main__zh-Hans')},
]

/**
 * The language-assistance notice (Section 1557) with payloads in every text, a `language` tag
 * that is a payload, a `dir` that is a link scheme, and lines missing their name or text.
 */
function languageAssistance() {
  const line = (key: string, fields: Record<string, unknown>) => ({
    _key: key,
    _type: 'languageTagline',
    ...fields,
  })
  return {
    _id: 'languageAssistance',
    _type: 'languageAssistance',
    _createdAt: stamp,
    _updatedAt: stamp,
    title: localized('Language assistance'),
    nondiscrimination: localized('Nondiscrimination {phone}'),
    taglines: [
      line('en', {
        language: 'en',
        languageName: text('English'),
        text: text('Call {phone}'),
        dir: 'ltr',
      }),
      line('es', {
        language: 'es',
        languageName: text('Español'),
        text: text(`Llame al {phone} ${BIDI}`),
        dir: 'javascript:window.__pwned=1',
      }),
      line('ar', {
        language: 'ar',
        languageName: 'العربية',
        text: text(`اتصل {phone} ${BIDI}`),
        dir: 'rtl',
      }),
      line('bad-tag', {
        language: '"><script>window.__pwned=1</script>',
        languageName: text('Bad tag'),
        text: text('Bad tag'),
        dir: 'ltr',
      }),
      line('no-name', {language: 'vi', text: text('Không có tên'), dir: 'ltr'}),
      line('no-text', {language: 'ko', languageName: '한국어', dir: 'ltr'}),
      line('number', {language: 42, languageName: 42, text: 42, dir: 42}),
      line('long', {
        language: 'fa',
        languageName: 'فارسی',
        text: `${'ا'.repeat(5000)} ${PAYLOAD}`,
        dir: 'rtl',
      }),
      null,
      PAYLOAD,
    ],
    needsVerification: PAYLOAD,
  }
}

/**
 * Content of the wrong types, which once failed the build or a page (lib/content now treats such a
 * field as missing):
 *
 * - Metadata entries that are not objects (a string, a number): GROQ projects them to `null` and
 *   `getTreatmentPages` (lib/content/index.ts) reads `row.language` of null, which fails the build
 *   (generateStaticParams and the sitemap).
 * - A translation with fields of the wrong type (a number summary, an object for aliases, a string
 *   for conditions): the treatment page calls `.filter` on them, and search calls `.normalize`.
 */
function wrongTypes(): object[] {
  return [
    metadata('t-self', [['en', 't-self']], [PAYLOAD, 7]),
    ...(Object.keys(TRANSLATION_PAGES) as TranslatedLanguage[]).map((language) =>
      translation(`t-broken-refs__${language}`, language, TRANSLATION_PAGES[language].wrongTypes, {
        summary: 42,
        aliases: {alias: PAYLOAD},
        conditions: PAYLOAD,
        faqs: {question: PAYLOAD},
        seo: PAYLOAD,
        body: {_type: 'block', children: PAYLOAD},
      }),
    ),
    metadata('t-broken-refs', [
      ['en', 't-broken-refs'],
      ['es', 't-broken-refs__es'],
      ['zh-Hans', 't-broken-refs__zh-Hans'],
    ]),
  ]
}

/**
 * Physicians (issue 15): a payload in every text, values outside the fixed lists, references of
 * the wrong kind, a photo pointing off the image CDN, an NPI that fails its check, and documents
 * without a name or with an address that cannot be one.
 */
function hostilePhysicians(): object[] {
  const reference = (ref: string) => ({_type: 'reference', _key: ref, _ref: ref})
  return [
    {
      _id: 'physician-hostile',
      _type: 'physician',
      _createdAt: stamp,
      _updatedAt: stamp,
      name: text('Physician'),
      slug: {_type: 'slug', current: 'hostile-physician'},
      credentials: text('MD'),
      photo: {
        _type: 'imageWithAlt',
        alt: text('Photo'),
        asset: {_ref: 'image-x', url: 'javascript:window.__pwned=1'},
      },
      specialties: ['painMedicine', PAYLOAD, 42, null],
      languages: ['es', 'zh', PAYLOAD, {PAYLOAD}],
      boardCertifications: [text('Board'), 7, {PAYLOAD}],
      education: [
        {
          _key: 'e1',
          kind: 'fellowship',
          institution: text('Institution'),
          field: text('Field'),
          year: 2010,
        },
        {_key: 'e2', kind: PAYLOAD, institution: text('Unknown kind')},
        {_key: 'e3', kind: 'residency', institution: 42, year: 'last year'},
        PAYLOAD,
      ],
      // A professional society among the hospitals, a hospital among the memberships, and refs
      // to documents that do not exist.
      hospitalPrivileges: [
        reference('aff-hospital-0'),
        reference('aff-professional-0'),
        reference('nope'),
      ],
      memberships: [reference('aff-professional-1'), reference('aff-hospital-1')],
      treatments: [reference('t-main'), reference('t-main'), reference('missing')],
      // A location that does not exist, one without a slug, one twice, a treatment, a non-reference.
      locations: [
        reference('location-missing'),
        reference('location-hostile'),
        reference('location-no-slug'),
        {...reference('location-hostile'), _key: 'again'},
        reference('t-main'),
        PAYLOAD,
      ],
      acceptingNewPatients: PAYLOAD,
      npi: '1234567890',
      bio: localized('Bio'),
    },
    {
      _id: 'physician-nameless',
      _type: 'physician',
      _createdAt: stamp,
      _updatedAt: stamp,
      slug: {_type: 'slug', current: 'nameless'},
      bio: text('Nameless bio'),
    },
    {
      _id: 'physician-bad-slug',
      _type: 'physician',
      _createdAt: stamp,
      _updatedAt: stamp,
      name: text('Bad slug physician'),
      slug: {_type: 'slug', current: '../../etc/passwd'},
    },
    {
      _id: 'physician-wrong-types',
      _type: 'physician',
      _createdAt: stamp,
      _updatedAt: stamp,
      name: 42,
      slug: 'not-an-object',
      specialties: PAYLOAD,
      languages: {es: PAYLOAD},
      education: PAYLOAD,
      bio: 7,
    },
  ]
}

/**
 * The slugs of the hostile locations. `hostile`, `brokenHours` and `duplicate` (claimed by two
 * locations) answer 200; `nameless` (no name) answers 404. Two more have no page: one without a
 * slug and one whose slug is not an address.
 */
export const LOCATION_PAGES = {
  hostile: 'hostile-location',
  brokenHours: 'broken-hours',
  duplicate: 'duplicate-location',
  nameless: 'nameless-location',
} as const

/** About 1 MB of text, ending in a payload. */
const MEGABYTE = `${'Step-free entrance at the side door, then the lift to the second floor. '.repeat(14_600)}${PAYLOAD}`

/**
 * Locations (issue 15): a payload in every string and translated field, right-to-left and
 * zero-width text in the name, a `javascript:` phone, a 1 MB access note, weekly rows that close
 * before they open, at "25:00", on unknown weekdays or of the wrong types, holidays on one date
 * twice and on 30 February, fields of the wrong types, no slug, no name, an impossible slug and
 * two locations with one slug.
 */
function hostileLocations(): object[] {
  const location = (id: string, fields: Record<string, unknown>) => ({
    _id: id,
    _type: 'location',
    _createdAt: stamp,
    _updatedAt: stamp,
    ...fields,
  })
  const row = (key: string, days: unknown, opens: unknown, closes: unknown) => ({
    _key: key,
    _type: 'weeklyHours',
    days,
    opens,
    closes,
  })
  const holiday = (key: string, fields: Record<string, unknown>) => ({
    _key: key,
    _type: 'hoursException',
    label: localized(`Holiday ${key}`),
    ...fields,
  })
  return [
    location('location-hostile', {
      name: `${BIDI}${text('Location')} مكتب ${BIDI}`,
      slug: {_type: 'slug', current: LOCATION_PAGES.hostile},
      address: {
        _type: 'postalAddress',
        street: text('Street'),
        city: text(`City ${BIDI}`),
        region: PAYLOAD,
        postalCode: text('ZIP'),
        country: text('Country'),
      },
      phone: 'javascript:window.__pwned=1',
      fax: '(555) 010-0142" onmouseover="window.__pwned=1',
      hours: [
        row('valid', ['monday'], '09:00', '17:00'),
        row('backwards', ['tuesday'], '17:00', '08:00'),
        row('hour-25', ['wednesday'], '09:00', '25:00'),
        row('unknown-days', ['funday', PAYLOAD, 42, 'Thursday'], '09:00', '17:00'),
        row('days-not-a-list', 'friday', '09:00', '17:00'),
        row('payload-times', ['saturday'], PAYLOAD, text('Closes')),
        row('no-times', ['sunday'], undefined, null),
        PAYLOAD,
        null,
        42,
      ],
      hoursExceptions: [
        holiday('eve-closed', {date: '2026-12-24', closed: true}),
        // The same date again, open: the Studio refuses it; the site keeps one.
        holiday('eve-open', {date: '2026-12-24', closed: false, opens: '08:00', closes: '12:00'}),
        holiday('february-30', {date: '2026-02-30', closed: true}),
        holiday('payload-date', {date: PAYLOAD, closed: true}),
        holiday('backwards', {date: '2026-12-31', closed: false, opens: '12:00', closes: '08:00'}),
        holiday('closed-payload', {date: '2027-01-01', closed: PAYLOAD, opens: PAYLOAD}),
        {_key: 'label-payload', _type: 'hoursException', date: '2027-01-02', label: PAYLOAD},
        PAYLOAD,
      ],
      parking: localized('Parking'),
      transit: localized('Transit'),
      stepFreeAccess: PAYLOAD,
      accessNotes: [
        {
          _key: 'en-huge',
          _type: 'internationalizedArrayTextValue',
          language: 'en',
          value: MEGABYTE,
        },
        ...localized('Access'),
      ],
    }),
    // Every field of the wrong type: non-array hours and holidays, a string address.
    location('location-wrong-types', {
      name: text('Broken hours'),
      slug: {_type: 'slug', current: LOCATION_PAGES.brokenHours},
      address: PAYLOAD,
      phone: 42,
      fax: {PAYLOAD},
      hours: {days: PAYLOAD, opens: '09:00', closes: '17:00'},
      hoursExceptions: PAYLOAD,
      parking: PAYLOAD,
      transit: {en: PAYLOAD},
      stepFreeAccess: 'yes',
      accessNotes: 7,
    }),
    location('location-no-slug', {name: text('No slug'), phone: '(555) 010-0100'}),
    location('location-nameless', {slug: {_type: 'slug', current: LOCATION_PAGES.nameless}}),
    location('location-bad-slug', {
      name: text('Bad slug location'),
      slug: {_type: 'slug', current: '../../etc/passwd'},
    }),
    ...[1, 2].map((index) =>
      location(`location-dup-${index}`, {
        name: text(`Duplicate location ${index}`),
        slug: {_type: 'slug', current: LOCATION_PAGES.duplicate},
        phone: `(555) 010-010${index}`,
        hours: [row('valid', ['monday'], '09:00', '17:00')],
      }),
    ),
  ]
}

/**
 * The addresses of the hostile pages built by staff. `hostile` (English, every block), its
 * Spanish translation `translated` and `duplicate` (claimed by two pages) answer 200; `untitled`
 * answers 404. Pages claiming the site's own addresses (`treatments`, `es`, `studio`,
 * `sitemap.xml`) never take them over.
 */
export const HOSTILE_PAGES = {
  hostile: 'hostile-page',
  translated: 'pagina-hostil',
  duplicate: 'duplicate-page',
  untitled: 'untitled-page',
} as const

/**
 * Pages built by staff: a payload in every block and field, links of every dangerous scheme, list
 * references to missing, untitled and nameless documents, blocks of unknown types and of the
 * wrong shapes, a Spanish translation, pages at the site's own addresses, no title, an impossible
 * slug, two pages with one slug, and fields of the wrong types.
 */
function hostilePages(): object[] {
  const page = (id: string, fields: Record<string, unknown>) => ({
    _id: id,
    _type: 'page',
    _createdAt: stamp,
    _updatedAt: stamp,
    language: 'en',
    title: text(`Page ${id}`),
    summary: text('Page summary'),
    ...fields,
  })
  const slug = (current: string) => ({_type: 'slug', current})
  const references = (ids: string[]) => ids.map((id) => ({...reference(id), _key: id}))
  const body = (label: string) => [
    {
      _type: 'richText',
      _key: 'text',
      text: [
        block(text(`${label} heading`), {style: 'h2'}),
        block(text(`${label} paragraph`)),
        ...linkBlocks,
        {_type: 'unknownWidget', _key: 'u1', html: PAYLOAD},
        block(`${BIDI} ${label} مرحبا ${BIDI}`),
      ],
    },
    {_type: 'callout', _key: 'callout-tone', tone: PAYLOAD, text: text(`${label} callout`)},
    {_type: 'callout', _key: 'callout-warning', tone: 'warning', text: text(`${label} warning`)},
    {
      _type: 'faqList',
      _key: 'faqs',
      heading: text(`${label} questions`),
      items: [
        {_type: 'faq', _key: 'q1', question: text('Question'), answer: text('Answer')},
        {_type: 'faq', _key: 'q2', question: PAYLOAD},
        PAYLOAD,
        null,
      ],
    },
    {_type: 'callToAction', _key: 'cta', text: text(`${label} call to action`)},
    {
      _type: 'treatmentList',
      _key: 'treatments',
      heading: text(`${label} treatments`),
      treatments: references(['t-main', 'missing-treatment', 't-no-title', 't-bad-slug']),
    },
    {
      _type: 'physicianList',
      _key: 'physicians',
      heading: text(`${label} physicians`),
      physicians: references(['physician-hostile', 'missing-physician']),
    },
    {_type: 'script', _key: 'script', html: PAYLOAD},
    {_type: 'richText', _key: 'not-blocks', text: PAYLOAD},
    {_type: 'treatmentList', _key: 'not-a-list', treatments: PAYLOAD},
    PAYLOAD,
    null,
  ]
  return [
    page('page-hostile', {
      title: `${BIDI}${text('Page')}${BIDI}`,
      slug: slug(HOSTILE_PAGES.hostile),
      seo: {_type: 'seo', title: text('Page SEO title'), description: text('Page SEO')},
      previousSlugs: ['old-hostile-page', 'treatments', PAYLOAD],
      body: body('Page'),
    }),
    page('page-hostile__es', {
      language: 'es',
      title: text('Página'),
      slug: slug(HOSTILE_PAGES.translated),
      body: body('Página'),
    }),
    {
      ...metadata(
        'page-hostile',
        [
          ['en', 'page-hostile'],
          ['es', 'page-hostile__es'],
        ],
        // The same garbage, pointing at pages: a second metadata document naming a treatment's
        // translation is a case of its own (whichever the query meets first wins: see the note
        // in sanity/queries.ts).
        JSON.parse(
          JSON.stringify(GARBAGE_ENTRIES).replaceAll('"t-main', '"page-hostile'),
        ) as unknown[],
      ),
      schemaTypes: ['page'],
    },
    // The site's own addresses: never taken over.
    ...['treatments', 'es', 'studio', 'sitemap.xml'].map((current) =>
      page(`page-claims-${current.replace(/\W/g, '-')}`, {
        slug: slug(current),
        body: body('Claim'),
      }),
    ),
    page('page-untitled', {title: undefined, slug: slug(HOSTILE_PAGES.untitled)}),
    page('page-bad-slug', {slug: slug('../../etc/passwd')}),
    page('page-dup-1', {slug: slug(HOSTILE_PAGES.duplicate)}),
    page('page-dup-2', {slug: slug(HOSTILE_PAGES.duplicate)}),
    page('page-wrong-types', {
      title: 42,
      slug: 'wrong-types-page',
      summary: {PAYLOAD},
      body: PAYLOAD,
      seo: PAYLOAD,
    }),
    {...page('drafts.page-draft', {slug: slug('draft-page')})},
  ]
}
