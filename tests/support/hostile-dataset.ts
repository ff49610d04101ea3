/**
 * A dataset typed by an attacker, or by a very busy editor: a script or event-handler payload in
 * every text field, dangerous link schemes, broken structure. The e2e suite builds a site on it
 * (tests/e2e/hostile.spec.ts). Every payload sets `window.__pwned`, which must stay unset.
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

export function hostileDocuments(): object[] {
  return [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      _createdAt: stamp,
      _updatedAt: stamp,
      clinicName: text('Clinic'),
      tagline: text('Tagline'),
      phone: '(555) 010-0142" onmouseover="window.__pwned=1',
      email: 'x@example.com"><script>window.__pwned=1</script>',
      address: {street: text('Street'), city: text('City'), region: 'CA', postalCode: '91801'},
      hours: [{_type: 'openingHours', _key: 'h1', days: text('Days'), hours: text('Hours')}],
      appointmentUrl: 'javascript:window.__pwned=1',
      disclaimer: text('Disclaimer'),
      seo: {_type: 'seo', description: text('Site description')},
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
  ]
}
