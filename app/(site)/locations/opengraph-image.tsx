// The site's share picture (a page's own openGraph metadata would otherwise drop the inherited one).
export {alt, contentType, default, size} from '../opengraph-image'
