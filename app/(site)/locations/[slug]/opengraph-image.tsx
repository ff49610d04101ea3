// The site's share picture (a page's own openGraph metadata would otherwise drop the inherited one).
export {alt, contentType, default, size} from '../../opengraph-image'

// Rendered on a profile's first request, then cached like a page.
export function generateStaticParams() {
  return []
}
