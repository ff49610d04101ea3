/** @jest-environment node */
import {buildRedirectTable, redirectKey, type RedirectRows} from '@/lib/redirects'

describe('buildRedirectTable', () => {
  const rows = (
    redirects: RedirectRows['redirects'],
    treatments: RedirectRows['treatments'] = [],
  ): RedirectRows => ({redirects, treatments})

  it('applies redirect documents (308 or 307) and matches without case or trailing slash', () => {
    const {table, refused} = buildRedirectTable(
      rows([
        {from: '/spine-injections', to: '/treatments/spine-injections', permanent: true},
        {from: '/Campaign', to: '/treatments', permanent: false},
        {from: '/no-flag', to: '/affiliations', permanent: null},
      ]),
    )
    expect(refused).toEqual([])
    expect(table.get(redirectKey('/SPINE-injections/'))).toEqual({
      to: '/treatments/spine-injections',
      permanent: true,
    })
    expect(table.get(redirectKey('/campaign'))).toEqual({to: '/treatments', permanent: false})
    // A document saved before "permanent" existed is permanent, as the Studio's initial value says.
    expect(table.get('/no-flag')?.permanent).toBe(true)
    expect(table.get('/treatments')).toBeUndefined()
  })

  it('redirects every earlier address of a treatment to its current one, permanently', () => {
    const {table} = buildRedirectTable(
      rows([], [{slug: 'third-name', previousSlugs: ['first-name', 'second-name']}]),
    )
    for (const old of ['first-name', 'second-name']) {
      expect(table.get(`/treatments/${old}`)).toEqual({
        to: '/treatments/third-name',
        permanent: true,
      })
    }
  })

  it('lets live pages win: fixed pages and current treatment addresses are never redirected', () => {
    const {table, refused} = buildRedirectTable(
      rows(
        [
          {from: '/treatments', to: '/', permanent: true},
          {from: '/treatments/live', to: '/treatments/other', permanent: true},
        ],
        [
          {slug: 'live', previousSlugs: null},
          // "reused" was this page's address once; another treatment has it now.
          {slug: 'other', previousSlugs: ['reused']},
          {slug: 'reused', previousSlugs: []},
        ],
      ),
    )
    expect([...table.keys()]).toEqual([])
    expect(refused).toEqual([
      '/treatments → /: a page lives at /treatments',
      '/treatments/live → /treatments/other: a page lives at /treatments/live',
      '/treatments/reused → /treatments/other: a page lives at /treatments/reused',
      // An English treatment's addresses exist in every language (its fallback pages).
      '/es/treatments/reused → /es/treatments/other: a page lives at /es/treatments/reused',
      '/zh/treatments/reused → /zh/treatments/other: a page lives at /zh/treatments/reused',
    ])
  })

  it('refuses chains and loops instead of following them', () => {
    const {table, refused} = buildRedirectTable(
      rows(
        [
          {from: '/a', to: '/b', permanent: true},
          {from: '/b', to: '/treatments', permanent: true},
          {from: '/loop-1', to: '/loop-2', permanent: true},
          {from: '/loop-2', to: '/loop-1', permanent: true},
          // Points at an earlier address of a renamed treatment: also a chain.
          {from: '/print', to: '/treatments/old', permanent: true},
        ],
        [{slug: 'new', previousSlugs: ['old']}],
      ),
    )
    // The renamed English treatment's old address, in every language.
    expect([...table.keys()].sort()).toEqual([
      '/b',
      '/es/treatments/old',
      '/treatments/old',
      '/zh/treatments/old',
    ])
    expect(refused).toEqual([
      '/a → /b: a chain (/b redirects too)',
      '/loop-1 → /loop-2: a chain (/loop-2 redirects too)',
      '/loop-2 → /loop-1: a chain (/loop-1 redirects too)',
      '/print → /treatments/old: a chain (/treatments/old redirects too)',
    ])
  })

  it.each([
    ['another origin', '/x', '//evil.example/'],
    ['an absolute URL', '/x', 'https://evil.example/'],
    ['a relative path', 'x', '/treatments'],
    ['the API', '/api/revalidate', '/'],
    ['the Studio', '/studio', '/'],
    ['framework files', '/_next/static/x.js', '/'],
    ['itself', '/x', '/X/'],
  ])('refuses a redirect to or from %s', (_, from, to) => {
    const {table, refused} = buildRedirectTable(rows([{from, to, permanent: true}]))
    expect(table.size).toBe(0)
    expect(refused).toHaveLength(1)
  })

  it('keeps the first of two redirects from one address (documents before earlier slugs)', () => {
    const {table, refused} = buildRedirectTable(
      rows(
        [{from: '/treatments/old', to: '/affiliations', permanent: false}],
        [{slug: 'new', previousSlugs: ['old']}],
      ),
    )
    expect(table.get('/treatments/old')).toEqual({to: '/affiliations', permanent: false})
    expect(refused).toEqual([
      '/treatments/old → /treatments/new: /treatments/old is already redirected',
    ])
  })
})

describe('buildRedirectTable in every language', () => {
  const rows = (
    treatments: RedirectRows['treatments'],
    redirects: RedirectRows['redirects'] = [],
  ) => buildRedirectTable({redirects, treatments})

  it('redirects a translation’s earlier slugs under its language’s prefix only', () => {
    const {table} = rows([
      {slug: 'proloterapia-neural', previousSlugs: ['proloterapia-vieja'], language: 'es'},
      {slug: 'jizhu-zhushe', previousSlugs: ['jiu'], language: 'zh-Hans'},
    ])
    expect(table.get('/es/treatments/proloterapia-vieja')).toEqual({
      to: '/es/treatments/proloterapia-neural',
      permanent: true,
    })
    expect(table.get('/zh/treatments/jiu')).toEqual({
      to: '/zh/treatments/jizhu-zhushe',
      permanent: true,
    })
    expect(table.has('/treatments/proloterapia-vieja')).toBe(false)
  })

  it('knows every language’s live treatment addresses: English sources live in every language', () => {
    const {liveTreatmentPaths} = rows([
      {slug: 'neural-prolotherapy', previousSlugs: null, language: 'en'},
      {slug: 'old-data', previousSlugs: null}, // no language: English
      {slug: 'proloterapia-neural', previousSlugs: null, language: 'es'},
      {slug: 'strange', previousSlugs: null, language: 'fr'}, // not a site language: English
    ])
    expect([...liveTreatmentPaths].sort()).toEqual(
      [
        '/treatments/neural-prolotherapy',
        '/es/treatments/neural-prolotherapy',
        '/zh/treatments/neural-prolotherapy',
        '/treatments/old-data',
        '/es/treatments/old-data',
        '/zh/treatments/old-data',
        '/es/treatments/proloterapia-neural',
        '/treatments/strange',
        '/es/treatments/strange',
        '/zh/treatments/strange',
      ].sort(),
    )
  })

  it('lets every language’s fixed pages and English fallbacks win over a redirect', () => {
    const {table, refused} = rows(
      [{slug: 'prp', previousSlugs: null, language: 'en'}],
      [
        {from: '/es', to: '/', permanent: true},
        {from: '/zh/treatments', to: '/treatments', permanent: true},
        {from: '/es/language-assistance', to: '/', permanent: true},
        {from: '/es/treatments/prp', to: '/treatments/prp', permanent: true},
      ],
    )
    expect(table.size).toBe(0)
    expect(refused).toHaveLength(4)
  })

  it('refuses a translation’s earlier slug that is a live English fallback address', () => {
    const {table, refused} = rows([
      {slug: 'prp', previousSlugs: null, language: 'en'},
      {slug: 'plasma', previousSlugs: ['prp'], language: 'es'},
    ])
    expect(table.has('/es/treatments/prp')).toBe(false)
    expect(refused).toEqual([
      '/es/treatments/prp → /es/treatments/plasma: a page lives at /es/treatments/prp',
    ])
  })

  // An English treatment's pages in the other languages lived at the English slug too (the
  // fallback, or the address that moves to the translation).
  it('redirects a renamed English treatment’s other-language addresses too', () => {
    const {table} = rows([{slug: 'new-name', previousSlugs: ['old-name'], language: 'en'}])
    expect(table.get('/es/treatments/old-name')).toEqual({
      to: '/es/treatments/new-name',
      permanent: true,
    })
    expect(table.get('/zh/treatments/old-name')).toEqual({
      to: '/zh/treatments/new-name',
      permanent: true,
    })
  })
})

describe('buildRedirectTable with pages built by staff', () => {
  const table = (pages: RedirectRows['pages'], redirects: RedirectRows['redirects'] = []) =>
    buildRedirectTable({redirects, treatments: [], pages})

  it('knows their addresses in every language, and lets them win over a redirect', () => {
    const {
      table: rules,
      refused,
      livePagePaths,
    } = table(
      [
        {slug: 'about', previousSlugs: null, language: 'en'},
        {slug: 'sobre-nosotros', previousSlugs: null, language: 'es'},
      ],
      [
        {from: '/about', to: '/treatments', permanent: true},
        {from: '/es/sobre-nosotros', to: '/es', permanent: true},
        {from: '/zh/about', to: '/zh', permanent: true},
      ],
    )
    expect([...livePagePaths].sort()).toEqual(
      ['/about', '/es/about', '/zh/about', '/es/sobre-nosotros'].sort(),
    )
    expect(rules.size).toBe(0)
    expect(refused).toEqual([
      '/about → /treatments: a page lives at /about',
      '/es/sobre-nosotros → /es: a page lives at /es/sobre-nosotros',
      '/zh/about → /zh: a page lives at /zh/about',
    ])
  })

  it('redirects a renamed page’s earlier addresses (a translation’s under its prefix only)', () => {
    const {table: rules} = table([
      {slug: 'about-the-clinic', previousSlugs: ['about'], language: 'en'},
      {slug: 'la-clinica', previousSlugs: ['sobre'], language: 'es'},
    ])
    expect(Object.fromEntries([...rules].map(([from, {to}]) => [from, to]))).toEqual({
      '/about': '/about-the-clinic',
      '/es/about': '/es/about-the-clinic',
      '/zh/about': '/zh/about-the-clinic',
      '/es/sobre': '/es/la-clinica',
    })
  })

  it('ignores a page at an address the site uses, and earlier addresses that are the site’s', () => {
    const {table: rules, livePagePaths} = table([
      {slug: 'treatments', previousSlugs: ['hijack'], language: 'en'},
      {slug: 'welcome', previousSlugs: ['search', 'ES'], language: 'en'},
    ])
    expect([...livePagePaths]).not.toContain('/treatments')
    expect(rules.has('/hijack')).toBe(false)
    expect(rules.has('/search')).toBe(false)
    expect(rules.has('/es')).toBe(false)
  })
})

describe('buildRedirectTable: an English address under another language’s prefix', () => {
  const translations = (slugs: Record<string, string | null>) =>
    Object.entries(slugs).map(([language, slug]) => ({language, slug}))
  /** An English treatment and its translations, as the redirects query returns them. */
  const translated = (
    slug: string,
    slugs: Record<string, string | null>,
    previousSlugs: string[] | null = null,
  ): RedirectRows['treatments'] => [
    {slug, previousSlugs, language: 'en', translations: translations({en: slug, ...slugs})},
    ...Object.entries(slugs).flatMap(([language, translationSlug]) =>
      translationSlug ? [{slug: translationSlug, previousSlugs: null, language}] : [],
    ),
  ]
  const targets = (table: ReturnType<typeof buildRedirectTable>['table']) =>
    Object.fromEntries([...table].map(([from, {to}]) => [from, to]))

  it('moves permanently to the translation’s address there; the English text stays elsewhere', () => {
    const {table, refused, liveTreatmentPaths} = buildRedirectTable({
      redirects: [],
      treatments: translated('spine-injections', {es: 'inyecciones-en-la-columna'}),
    })
    expect(refused).toEqual([])
    expect(table.get('/es/treatments/spine-injections')).toEqual({
      to: '/es/treatments/inyecciones-en-la-columna',
      permanent: true,
    })
    expect(table.size).toBe(1)
    expect([...liveTreatmentPaths].sort()).toEqual(
      [
        '/treatments/spine-injections',
        '/es/treatments/inyecciones-en-la-columna',
        // No Chinese translation: the English text under /zh.
        '/zh/treatments/spine-injections',
      ].sort(),
    )
  })

  it('does not move where the translation has the English slug, or is not published', () => {
    const {table, liveTreatmentPaths} = buildRedirectTable({
      redirects: [],
      treatments: [
        ...translated('prp', {es: 'prp', 'zh-Hans': 'PRP'}),
        // Linked, but not published (the published perspective resolves no slug).
        {slug: 'draft-only', previousSlugs: null, translations: translations({es: null})},
        // Linked to a slug no published translation has.
        {slug: 'stale-link', previousSlugs: null, translations: translations({es: 'gone'})},
      ],
    })
    expect(table.size).toBe(0)
    for (const path of [
      '/es/treatments/prp',
      '/zh/treatments/prp',
      '/es/treatments/draft-only',
      '/es/treatments/stale-link',
    ]) {
      expect(liveTreatmentPaths).toContain(path)
    }
  })

  it('moves a page’s English address, never to an address the site uses', () => {
    const {table, livePagePaths} = buildRedirectTable({
      redirects: [],
      treatments: [],
      pages: [
        {
          slug: 'about',
          previousSlugs: null,
          language: 'en',
          translations: translations({es: 'sobre-la-clinica', 'zh-Hans': 'guan-yu-zhen-suo'}),
        },
        {slug: 'sobre-la-clinica', previousSlugs: null, language: 'es'},
        {slug: 'guan-yu-zhen-suo', previousSlugs: null, language: 'zh-Hans'},
        {slug: 'visit', previousSlugs: null, translations: translations({es: 'treatments'})},
        {slug: 'treatments', previousSlugs: null, language: 'es'},
      ],
    })
    expect(targets(table)).toEqual({
      '/es/about': '/es/sobre-la-clinica',
      '/zh/about': '/zh/guan-yu-zhen-suo',
    })
    expect(livePagePaths).toContain('/es/visit')
    expect(livePagePaths).not.toContain('/es/about')
  })

  it('sends earlier English addresses under the prefix straight to the translation (no chain)', () => {
    const {table, refused} = buildRedirectTable({
      redirects: [],
      treatments: translated('spine-injections', {es: 'inyecciones'}, ['spine-shots']),
    })
    expect(targets(table)).toEqual({
      '/es/treatments/spine-injections': '/es/treatments/inyecciones',
      '/treatments/spine-shots': '/treatments/spine-injections',
      '/es/treatments/spine-shots': '/es/treatments/inyecciones',
      '/zh/treatments/spine-shots': '/zh/treatments/spine-injections',
    })
    expect(refused).toEqual([])
  })

  it('sends a redirect document to a moved address straight to the translation', () => {
    const {table, refused} = buildRedirectTable({
      redirects: [{from: '/volante', to: '/ES/treatments/spine-injections/', permanent: false}],
      treatments: translated('spine-injections', {es: 'inyecciones'}),
    })
    expect(table.get('/volante')).toEqual({to: '/es/treatments/inyecciones', permanent: false})
    expect(refused).toEqual([])
  })

  it('lets the move win over a redirect document from the same address', () => {
    const {table, refused} = buildRedirectTable({
      redirects: [{from: '/es/treatments/spine-injections', to: '/es', permanent: true}],
      treatments: translated('spine-injections', {es: 'inyecciones'}),
    })
    expect(table.get('/es/treatments/spine-injections')?.to).toBe('/es/treatments/inyecciones')
    expect(refused).toEqual([
      '/es/treatments/spine-injections → /es: /es/treatments/spine-injections is already redirected',
    ])
  })

  it('lets another translation living at the English address win, as its page does', () => {
    const {table, refused, liveTreatmentPaths} = buildRedirectTable({
      redirects: [{from: '/print', to: '/es/treatments/dolor', permanent: true}],
      treatments: [
        ...translated('dolor', {es: 'dolor-de-espalda'}),
        // Another treatment's Spanish translation has the English slug "dolor".
        ...translated('pain', {es: 'dolor'}),
      ],
    })
    expect(liveTreatmentPaths).toContain('/es/treatments/dolor')
    expect(table.has('/es/treatments/dolor')).toBe(false)
    expect(table.get('/print')?.to).toBe('/es/treatments/dolor')
    expect(refused).toEqual([
      '/es/treatments/dolor → /es/treatments/dolor-de-espalda: a page lives at /es/treatments/dolor',
    ])
  })

  it('follows the first translation linked in a language, as the page does', () => {
    const {table} = buildRedirectTable({
      redirects: [],
      treatments: [
        {
          slug: 'prp',
          previousSlugs: null,
          translations: [
            {language: 'es', slug: 'plasma'},
            {language: 'es', slug: 'plasma-rico'},
            {language: 'fr', slug: 'plasma-fr'},
          ],
        },
        {slug: 'plasma', previousSlugs: null, language: 'es'},
        {slug: 'plasma-rico', previousSlugs: null, language: 'es'},
      ],
    })
    expect(targets(table)).toEqual({'/es/treatments/prp': '/es/treatments/plasma'})
  })
})
