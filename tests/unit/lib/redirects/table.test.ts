/** @jest-environment node */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {currentRedirectTable, refreshRedirectTable, reloadRedirectTable} from '@/lib/redirects'

import {withEnv} from '@/tests/support/content'

const STORE_KEY = Symbol.for('clinic-site.redirect-table')

const redirectDoc = (from: string, to: string) =>
  JSON.stringify({_id: `redirect${from.replace(/\W/g, '-')}`, _type: 'redirect', from, to})

describe('the redirect table of the proxy', () => {
  let dir: string
  let file: string
  const env = () => ({
    CONTENT_DATASET_FILE: file,
    REVALIDATE_SECONDS: '60',
    NEXT_PUBLIC_SANITY_PROJECT_ID: undefined,
  })

  beforeEach(async () => {
    delete (globalThis as Record<symbol, unknown>)[STORE_KEY]
    dir = await mkdtemp(path.join(tmpdir(), 'redirect-table-'))
    file = path.join(dir, 'dataset.ndjson')
    await writeFile(file, redirectDoc('/one', '/treatments'))
    jest.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(async () => {
    jest.restoreAllMocks()
    await rm(dir, {recursive: true, force: true})
  })

  it('is read on the first request, then served from memory until the webhook replaces it', async () => {
    await withEnv(env(), async () => {
      expect([...(await currentRedirectTable()).keys()]).toEqual(['/one'])

      await writeFile(file, redirectDoc('/two', '/treatments'))
      expect([...(await currentRedirectTable()).keys()]).toEqual(['/one']) // no query per request

      await reloadRedirectTable() // what the webhook does
      expect([...(await currentRedirectTable()).keys()]).toEqual(['/two'])
    })
  })

  it('is re-read at once when another instance announces a change, and requests wait for it', async () => {
    await withEnv(env(), async () => {
      await currentRedirectTable()
      await writeFile(file, redirectDoc('/two', '/treatments'))
      const refreshing = refreshRedirectTable() // what a message from another instance does
      // A request arriving meanwhile gets the new table, not the old one.
      expect([...(await currentRedirectTable()).keys()]).toEqual(['/two'])
      expect([...(await refreshing).keys()]).toEqual(['/two'])
    })
  })

  it('is refreshed in the background once older than REVALIDATE_SECONDS', async () => {
    await withEnv(env(), async () => {
      const start = Date.now()
      await currentRedirectTable()
      await writeFile(file, redirectDoc('/two', '/treatments'))
      jest.spyOn(Date, 'now').mockReturnValue(start + 61_000)
      // The stale table answers at once while the new one is read.
      expect([...(await currentRedirectTable()).keys()]).toEqual(['/one'])
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect([...(await currentRedirectTable()).keys()]).toEqual(['/two'])
    })
  })

  it('keeps the last table when the backend cannot be read, and lets the webhook fail', async () => {
    await withEnv(env(), async () => {
      const start = Date.now()
      await currentRedirectTable()
      await rm(file)
      await expect(reloadRedirectTable()).rejects.toThrow()
      jest.spyOn(Date, 'now').mockReturnValue(start + 61_000)
      expect([...(await currentRedirectTable()).keys()]).toEqual(['/one'])
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect([...(await currentRedirectTable()).keys()]).toEqual(['/one'])
    })
  })

  it('serves pages without redirects when the first read fails', async () => {
    await rm(file)
    await withEnv(env(), async () => {
      expect((await currentRedirectTable()).size).toBe(0)
      expect(console.warn).toHaveBeenCalledWith(
        expect.stringContaining('Redirects cannot be read'),
        expect.anything(),
      )
    })
  })
})
