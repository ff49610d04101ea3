/** @jest-environment node */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {regenerateChange} from '@/lib/publishing/regenerate'
import {withEnv} from '@/tests/support/content'

/*
 * The order of a regeneration, against a small HTTP server standing in for the Next.js server
 * (it records each on-demand revalidation request, and answers as the pages would) and a build
 * folder holding only the prerender manifest.
 */
const SECRET = 'preview-mode-id'
const ANSWERS: Record<string, number> = {'/treatments/old-name': 308, '/treatments/gone': 404}

let server: Server
let port: number
let buildFolder: string
const events: string[] = []

beforeAll(async () => {
  buildFolder = mkdtempSync(path.join(tmpdir(), 'regenerate-test-'))
  writeFileSync(
    path.join(buildFolder, 'prerender-manifest.json'),
    JSON.stringify({
      preview: {previewModeId: SECRET},
      routes: {'/treatments/opengraph-image-abc': {}},
      dynamicRoutes: {'/treatments/[slug]/opengraph-image-1qw': {}},
    }),
  )
  server = createServer((request, response) => {
    const pathname = request.url ?? '/'
    events.push(`render ${pathname}`)
    // Without the build's secret a revalidation request is an ordinary one: fail it loudly.
    response.statusCode =
      request.headers['x-prerender-revalidate'] === SECRET ? (ANSWERS[pathname] ?? 200) : 401
    response.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

beforeEach(() => {
  events.length = 0
})

const regenerate = (pages: {own: string[]; listings: string[]; pages: string[]}) =>
  // The build folder is named relative to the project, as next.config.js names it.
  withEnv({NEXT_DIST_DIR: path.relative(process.cwd(), buildFolder), PORT: String(port)}, () =>
    regenerateChange(pages, async (paths) => {
      events.push(`publish ${paths.join(' ')}`)
    }),
  )

describe('regenerateChange', () => {
  it("publishes the changed document's own pages before rendering anything else", async () => {
    const results = await regenerate({
      own: ['/treatments/new-name', '/treatments/old-name'],
      listings: ['/', '/treatments', '/sitemap.xml'],
      pages: ['/treatments/new-name', '/treatments/old-name', '/treatments/sibling'],
    })
    expect(events.slice(0, 3)).toEqual([
      'render /treatments/new-name',
      'render /treatments/old-name',
      'publish /treatments/new-name /treatments/old-name',
    ])
    // Each page once: the own pages are not rendered again with the others.
    const renders = events.filter((event) => event.startsWith('render '))
    expect(renders).toHaveLength(new Set(renders).size)
    const paths = results.map(({path}) => path)
    expect(paths.slice(0, 6)).toEqual([
      '/treatments/new-name',
      '/treatments/old-name',
      '/',
      '/treatments',
      '/sitemap.xml',
      '/treatments/sibling',
    ])
    // Share images render in parallel: in any order, and only for the pages that rendered.
    const images = [
      '/treatments/opengraph-image-abc',
      '/treatments/new-name/opengraph-image-1qw',
      '/treatments/sibling/opengraph-image-1qw',
    ]
    expect(paths.slice(6).sort()).toEqual([...images].sort())
    // Then everything else is published, with the old address's image (purged, not rendered).
    const [last, ...earlier] = events.filter((event) => event.startsWith('publish ')).reverse()
    expect(earlier).toHaveLength(1)
    expect(last?.split(' ').slice(1).sort()).toEqual(
      [
        '/',
        '/treatments',
        '/sitemap.xml',
        '/treatments/sibling',
        ...images,
        '/treatments/old-name/opengraph-image-1qw',
      ].sort(),
    )
  })

  it('renders no share image for a page that redirects, is gone, or is a file, and still purges theirs', async () => {
    const results = await regenerate({
      own: ['/treatments/gone'],
      listings: ['/sitemap.xml'],
      pages: ['/treatments/gone'],
    })
    expect(results).toEqual([
      {path: '/treatments/gone', status: 404},
      {path: '/sitemap.xml', status: 200},
    ])
    expect(events).toEqual([
      'render /treatments/gone',
      'publish /treatments/gone',
      'render /sitemap.xml',
      'publish /sitemap.xml /treatments/gone/opengraph-image-1qw',
    ])
  })
})
