import type {Metadata} from 'next'
import Link from 'next/link'

import {CallToAction} from '@/components/CallToAction'
import {SearchResults} from '@/components/SearchResults'
import {TreatmentSearch} from '@/components/TreatmentSearch'
import {getClinic, getTreatmentsIndex} from '@/lib/content'
import {resolveHref} from '@/lib/shared/routes'
import {cleanQuery, searchTreatments} from '@/lib/content/search'
import {pageMetadata} from '@/lib/seo'

type Props = {searchParams: Promise<Record<string, string | string[] | undefined>>}

export async function generateMetadata(): Promise<Metadata> {
  return {
    ...(await pageMetadata({
      title: 'Search treatments',
      description: 'Find a treatment by its name, another name for it, or the problem it helps.',
      path: resolveHref({type: 'search'}),
    })),
    // Result pages are not pages of their own for search engines; the links on them are.
    robots: {index: false, follow: true},
  }
}

/** Answers the search form of /treatments (rendered per request; content comes from the cache). */
export default async function SearchPage({searchParams}: Props) {
  const query = cleanQuery((await searchParams).q)
  const [index, clinic] = await Promise.all([getTreatmentsIndex(), getClinic()])
  const treatments = [
    ...index.bodyAreas.flatMap((area) => area.treatments),
    ...index.otherTreatments,
  ]
  return (
    <div className="container stack">
      <header className="page-header">
        <h1>Find a treatment</h1>
      </header>
      <TreatmentSearch query={query} />
      {query ? (
        <SearchResults query={query} hits={searchTreatments(treatments, query)} clinic={clinic} />
      ) : (
        <p>
          Type a word above, or{' '}
          <Link href={resolveHref({type: 'treatments'})}>see all treatments</Link>.
        </p>
      )}
      <CallToAction clinic={clinic} />
    </div>
  )
}
