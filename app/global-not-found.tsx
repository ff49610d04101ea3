import {NotFoundView, notFoundMetadata} from '@/app/_views/NotFoundView'
import {SiteDocument} from '@/app/_views/SiteDocument'

import './globals.css'

// An address that matches no route (an unknown language prefix such as /fr/…): the English 404
// page in the site's layout. Addresses under /es or /zh get their language's 404.
export const metadata = notFoundMetadata('en')

export default function GlobalNotFound() {
  return (
    <SiteDocument language="en">
      <NotFoundView language="en" />
    </SiteDocument>
  )
}
