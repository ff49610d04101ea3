import Link from 'next/link'

import type {Clinic} from '@/lib/content'
import {resolveHref} from '@/lib/shared/routes'
import type {SearchHit} from '@/lib/content/search'

type Props = {query: string; hits: SearchHit[]; clinic: Pick<Clinic, 'phone'>}

/** Search results, or a helpful way on when there are none. */
export function SearchResults({query, hits, clinic}: Props) {
  if (hits.length === 0) {
    return (
      <section aria-labelledby="results-heading" className="search-results">
        <h2 id="results-heading">No treatments found for “{query}”</h2>
        <p>Try another word, or a shorter one: “back”, “injection”, “ligament”.</p>
        <p>
          <Link href={resolveHref({type: 'treatments'})}>See all treatments</Link>
          {clinic.phone && (
            <>
              {' '}
              or call us at <a href={clinic.phone.href}>{clinic.phone.label}</a>: we are glad to
              help you find the right care.
            </>
          )}
        </p>
      </section>
    )
  }
  return (
    <section aria-labelledby="results-heading" className="search-results">
      <h2 id="results-heading">
        {hits.length === 1 ? '1 treatment' : `${hits.length} treatments`} found for “{query}”
      </h2>
      <ul className="treatment-list">
        {hits.map((hit) => (
          <li key={hit._id} className="treatment-card">
            <h3 className="treatment-card__title">
              <Link href={resolveHref({type: 'treatment', slug: hit.slug!})}>{hit.title}</Link>
            </h3>
            {hit.parentTitle && (
              <p className="treatment-card__aliases">A kind of {hit.parentTitle}</p>
            )}
            {hit.aliases && hit.aliases.length > 0 && (
              <p className="treatment-card__aliases">Also called {hit.aliases.join(', ')}</p>
            )}
            {hit.summary && <p>{hit.summary}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}
