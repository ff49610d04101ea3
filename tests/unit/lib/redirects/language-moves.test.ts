/** @jest-environment node */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {NextRequest} from 'next/server'

import {getRedirectRows} from '@/lib/content'
import {parseNdjson} from '@/lib/content/dataset'
import {queryLocalDataset} from '@/lib/content/local'
import {answerRequest, buildRedirectTable, redirectKey, type RedirectRows} from '@/lib/redirects'
import {readSettings} from '@/lib/settings'
import {redirectsQuery} from '@/sanity/queries'

import {BUNDLED_DATASET, withEnv} from '@/tests/support/content'
import {startStandIn} from '@/tests/support/sanity-stand-in'

/*
 * An English treatment's or page's address under another language's prefix moves to its
 * translation's there: the redirects query over the datasets the site ships, and the proxy's
 * answer (the query string kept, as for every other redirect).
 */

const EXAMPLE_DATASET = path.join(path.dirname(BUNDLED_DATASET), 'example.ndjson')
const STORE_KEY = Symbol.for('clinic-site.redirect-table')

const tableOf = async (file: string) =>
  buildRedirectTable(
    (await queryLocalDataset(
      readSettings({CONTENT_DATASET_FILE: file}),
      redirectsQuery,
      {},
    )) as RedirectRows,
  )

/** The proxy's answer for a path, its redirect table read fresh from `file`. */
async function answer(file: string, url: string) {
  delete (globalThis as Record<symbol, unknown>)[STORE_KEY]
  return withEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: file}, () =>
    answerRequest(new NextRequest(new URL(url, 'http://localhost:3000'))),
  )
}

afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[STORE_KEY]
})

describe.each([
  ['bundled', BUNDLED_DATASET],
  ['example', EXAMPLE_DATASET],
])('the %s dataset', (_, file) => {
  it('moves every translated English address to its translation, and nothing chains', async () => {
    const {table, refused} = await tableOf(file)
    expect(refused).toEqual([])
    expect(Object.fromEntries([...table].map(([from, {to}]) => [from, to]))).toEqual({
      '/spine-injections': '/treatments/spine-injections',
      '/es/treatments/spine-injections': '/es/treatments/inyecciones-en-la-columna',
      '/zh/treatments/spine-injections': '/zh/treatments/ji-zhu-zhu-she',
      '/es/treatments/proliferation-injection': '/es/treatments/inyeccion-de-proliferacion',
      '/zh/treatments/proliferation-injection': '/zh/treatments/zeng-sheng-zhu-she',
      '/es/treatments/neural-prolotherapy': '/es/treatments/proloterapia-neural',
      '/zh/treatments/neural-prolotherapy': '/zh/treatments/shen-jing-zeng-sheng-liao-fa',
      '/es/about': '/es/sobre-la-clinica',
      '/zh/about': '/zh/guan-yu-zhen-suo',
      '/es/new-patients': '/es/pacientes-nuevos',
      '/zh/new-patients': '/zh/xin-huan-zhe',
    })
    for (const [from, {to, permanent}] of table) {
      expect([from, permanent]).toEqual([from, true])
      expect([from, table.has(redirectKey(to))]).toEqual([from, false])
    }
  })

  it('answers a moved address with 308 to the translation, the query string kept', async () => {
    for (const [url, location] of [
      ['/es/about?utm_source=flyer', '/es/sobre-la-clinica?utm_source=flyer'],
      ['/zh/about', '/zh/guan-yu-zhen-suo'],
      [
        '/es/treatments/spine-injections?utm_source=flyer&utm_medium=print',
        '/es/treatments/inyecciones-en-la-columna?utm_source=flyer&utm_medium=print',
      ],
    ]) {
      const response = await answer(file, url!)
      expect([url, response.status]).toEqual([url, 308])
      expect(response.headers.get('location')).toBe(`http://localhost:3000${location}`)
    }
  })

  it('lets the translations and the English pages through', async () => {
    for (const url of ['/es/sobre-la-clinica', '/about', '/es/treatments/proloterapia-neural']) {
      expect([url, (await answer(file, url)).headers.get('x-middleware-next')]).toEqual([url, '1'])
    }
  })
})

describe('the hosted backend', () => {
  it('returns the same rows as the local backend (one query for both)', async () => {
    const standIn = await startStandIn({datasetFile: BUNDLED_DATASET})
    try {
      const hosted = await withEnv(
        {
          NEXT_PUBLIC_SANITY_PROJECT_ID: 'standin',
          NEXT_PUBLIC_SANITY_DATASET: 'production',
          SANITY_API_HOST: standIn.url,
        },
        () => getRedirectRows(),
      )
      const local = await withEnv(
        {NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: BUNDLED_DATASET},
        () => getRedirectRows(),
      )
      expect(hosted).toEqual(local)
      expect(buildRedirectTable(hosted).table.get('/es/about')?.to).toBe('/es/sobre-la-clinica')
    } finally {
      await standIn.close()
    }
  })
})

describe('a translation in draft', () => {
  // The bundled dataset, with the Spanish "new patients" page unpublished (a draft only, still
  // linked) and a draft of the Spanish "about" page at a new address.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'language-moves-')), 'drafts.ndjson')
  const documents = parseNdjson(readFileSync(BUNDLED_DATASET, 'utf8')).flatMap((document) => {
    if (document._id === 'page-new-patients__es')
      return [{...document, _id: `drafts.${document._id}`}]
    if (document._id === 'page-about__es') {
      return [document, {...document, _id: `drafts.${document._id}`, slug: {current: 'borrador'}}]
    }
    return [document]
  })
  writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n'))

  it('makes no move: only published translations count', async () => {
    const {table, livePagePaths} = await tableOf(file)
    expect(table.has('/es/new-patients')).toBe(false)
    expect(livePagePaths).toContain('/es/new-patients') // the English text, as before
    expect(table.get('/zh/new-patients')?.to).toBe('/zh/xin-huan-zhe')
    expect(table.get('/es/about')?.to).toBe('/es/sobre-la-clinica')
    expect([...table.values()].map(({to}) => to)).not.toContain('/es/borrador')
    expect((await answer(file, '/es/new-patients')).headers.get('x-middleware-next')).toBe('1')
  })
})
