/** @jest-environment node */
import {shareImagePaths} from '@/lib/framework'

describe('shareImagePaths', () => {
  // The shape of a build's prerender-manifest.json (hashes as next build names them).
  const manifest = {
    routes: {
      '/': {},
      '/opengraph-image-12o0cb': {},
      '/treatments/opengraph-image-9pyrps': {},
      '/treatments/spine-injections': {},
      '/treatments/spine-injections/opengraph-image-1qwhn0': {},
    },
    dynamicRoutes: {'/treatments/[slug]': {}, '/treatments/[slug]/opengraph-image-1qwhn0': {}},
  }

  it('names the share image of each page, also of a treatment newer than the build', () => {
    expect(
      shareImagePaths(
        ['/', '/treatments', '/sitemap.xml', '/treatments/spine-injections', '/treatments/new-one'],
        manifest,
      ),
    ).toEqual([
      '/opengraph-image-12o0cb',
      '/treatments/opengraph-image-9pyrps',
      '/treatments/spine-injections/opengraph-image-1qwhn0',
      '/treatments/new-one/opengraph-image-1qwhn0',
    ])
  })

  it('names the share image of a page served by a route under a language prefix or by [lang]', () => {
    // Next.js 16.4 names these routes without a hash; the English pages built by staff are
    // served by `app/[lang]` (its `lang` is then their address).
    const languages = {
      routes: {'/es/opengraph-image': {}, '/es/treatments/opengraph-image': {}},
      dynamicRoutes: {
        ...manifest.dynamicRoutes,
        '/[lang]/opengraph-image': {},
        '/[lang]/[slug]/opengraph-image': {},
        '/[lang]/treatments/[slug]/opengraph-image': {},
      },
    }
    expect(
      shareImagePaths(
        ['/es', '/es/treatments', '/es/treatments/x', '/treatments/y', '/es/x', '/about'],
        languages,
      ),
    ).toEqual([
      '/es/opengraph-image',
      '/es/treatments/opengraph-image',
      '/es/treatments/x/opengraph-image',
      '/treatments/y/opengraph-image-1qwhn0',
      '/es/x/opengraph-image',
      '/about/opengraph-image',
    ])
  })

  it('names none when the build has no share images', () => {
    expect(shareImagePaths(['/', '/treatments/x'], {routes: {'/': {}}})).toEqual([])
  })
})
