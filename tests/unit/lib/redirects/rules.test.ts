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
    expect([...table.keys()].sort()).toEqual(['/b', '/treatments/old'])
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
