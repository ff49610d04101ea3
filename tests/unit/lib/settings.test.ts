/** @jest-environment node */
import {DEFAULT_API_VERSION, readSettings, selectBackend} from '@/lib/settings'

describe('readSettings', () => {
  it('works with no settings at all, on the bundled dataset', () => {
    const settings = readSettings({})
    expect(settings).toMatchObject({
      NEXT_PUBLIC_SANITY_DATASET: 'production',
      NEXT_PUBLIC_SANITY_API_VERSION: DEFAULT_API_VERSION,
      CONTENT_DATASET_FILE: 'sanity/data/production.ndjson',
      NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
      REVALIDATE_SECONDS: 3600,
    })
    expect(selectBackend(settings)).toBe('local')
  })

  it('treats empty values as unset', () => {
    const settings = readSettings({NEXT_PUBLIC_SANITY_PROJECT_ID: ' ', REVALIDATE_SECONDS: ''})
    expect(selectBackend(settings)).toBe('local')
    expect(settings.REVALIDATE_SECONDS).toBe(3600)
  })

  it('selects the hosted backend when a project id is set', () => {
    const settings = readSettings({
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      REVALIDATE_SECONDS: '60',
    })
    expect(selectBackend(settings)).toBe('hosted')
    expect(settings.REVALIDATE_SECONDS).toBe(60)
  })

  it.each([
    [{NEXT_PUBLIC_SANITY_PROJECT_ID: 'Not A Project'}, 'NEXT_PUBLIC_SANITY_PROJECT_ID'],
    [{NEXT_PUBLIC_SANITY_DATASET: 'bad/dataset'}, 'NEXT_PUBLIC_SANITY_DATASET'],
    [{NEXT_PUBLIC_SANITY_API_VERSION: 'yesterday'}, 'NEXT_PUBLIC_SANITY_API_VERSION'],
    [{SANITY_API_HOST: 'ftp://example.com'}, 'SANITY_API_HOST'],
    [{NEXT_PUBLIC_SITE_URL: 'not a url'}, 'NEXT_PUBLIC_SITE_URL'],
    [{REVALIDATE_SECONDS: '0'}, 'REVALIDATE_SECONDS'],
    [{REVALIDATE_SECONDS: 'soon'}, 'REVALIDATE_SECONDS'],
  ])('rejects %j naming the variable', (source, name) => {
    expect(() => readSettings(source)).toThrow(name)
  })
})

describe('importing the content module', () => {
  it('does not throw when hosted settings are missing or wrong', async () => {
    process.env.NEXT_PUBLIC_SANITY_PROJECT_ID = 'Not Valid'
    try {
      jest.resetModules()
      await expect(import('@/lib/content')).resolves.toBeDefined()
    } finally {
      delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
    }
  })
})
