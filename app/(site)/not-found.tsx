import Link from 'next/link'

import {resolveHref} from '@/lib/shared/routes'

export const metadata = {title: 'Page not found', robots: {index: false}}

export default function NotFound() {
  return (
    <div className="container stack">
      <header className="page-header">
        <h1>We could not find that page</h1>
        <p className="lead">The page may have moved, or the address may have a typing mistake.</p>
      </header>
      <ul>
        <li>
          <Link href={resolveHref({type: 'treatments'})}>See all treatments</Link>
        </li>
        <li>
          <Link href={resolveHref({type: 'home'})}>Go to the home page</Link>
        </li>
      </ul>
    </div>
  )
}
