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

  it('names none when the build has no share images', () => {
    expect(shareImagePaths(['/', '/treatments/x'], {routes: {'/': {}}})).toEqual([])
  })
})
