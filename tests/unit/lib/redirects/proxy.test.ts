/** @jest-environment node */
import {NextRequest} from 'next/server'

import {answerRequest} from '@/lib/redirects'
import {fixture, withEnv} from '@/tests/support/content'

/*
 * The proxy's answer (proxy.ts → lib/redirects) over the fixture dataset: its page "about-us"
 * (once "about"), its treatments, and the shared 404 addresses for everything else.
 */
const STORE_KEY = Symbol.for('clinic-site.redirect-table')

const answer = (path: string, headers: Record<string, string> = {}) =>
  withEnv(
    {NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, CONTENT_DATASET_FILE: fixture('content.ndjson')},
    () => answerRequest(new NextRequest(new URL(path, 'http://localhost:3000'), {headers})),
  )
const rewrittenTo = (response: Response) => response.headers.get('x-middleware-rewrite')

beforeAll(() => {
  delete (globalThis as Record<symbol, unknown>)[STORE_KEY]
  jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterAll(() => jest.mocked(console.warn).mockRestore())

describe('the proxy and pages built by staff', () => {
  it('lets a page through in every language (its English text is the fallback there)', async () => {
    for (const path of ['/about-us', '/es/about-us', '/zh/about-us']) {
      const response = await answer(path)
      expect(rewrittenTo(response)).toBeNull()
      expect(response.headers.get('x-middleware-next')).toBe('1')
    }
  })

  it('sends a renamed page’s earlier address to the current one, with the query string', async () => {
    const response = await answer('/about?utm_source=flyer')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('http://localhost:3000/about-us?utm_source=flyer')
  })

  it('answers any other one-segment address with the shared 404 page, not cached by others', async () => {
    for (const [path, shared] of [
      ['/nope', '/_unknown'],
      ['/es/nope', '/es/_unknown'],
      ['/draft-page', '/_unknown'],
    ] as const) {
      const response = await answer(path)
      expect(rewrittenTo(response)).toBe(`http://localhost:3000${shared}`)
      expect(response.headers.get('cache-control')).toContain('no-store')
    }
    expect(rewrittenTo(await answer('/treatments/nope'))).toBe(
      'http://localhost:3000/treatments/_unknown',
    )
  })

  it('never takes an address of the site itself, and lets staff previews through', async () => {
    for (const path of ['/es', '/zh', '/search', '/TREATMENTS', '/api', '/about-us/more']) {
      expect(rewrittenTo(await answer(path))).toBeNull()
    }
    const preview = await answer('/not-yet-published', {cookie: '__prerender_bypass=1'})
    expect(rewrittenTo(preview)).toBeNull()
  })
})
