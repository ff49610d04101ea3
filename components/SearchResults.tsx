import Link from 'next/link'

import type {Clinic, PhysicianCard} from '@/lib/content'
import type {SearchHit} from '@/lib/content/search'
import type {TreatmentSummary} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

import {PhysicianList} from './PhysicianList'

type Props = {
  query: string
  hits: SearchHit[]
  physicians: PhysicianCard[]
  /** Pages built by staff ("New patients"), in the page's language or English. */
  pages: TreatmentSummary[]
  clinic: Pick<Clinic, 'phone'>
  t: Translator
  language: LanguageId
}

/** Search results, or a helpful way on when there are none. */
export function SearchResults({query, hits, physicians, pages, clinic, t, language}: Props) {
  if (hits.length === 0 && physicians.length === 0 && pages.length === 0) {
    return (
      <section aria-labelledby="results-heading" className="search-results">
        <h2 id="results-heading">{t('search.noResults', {query})}</h2>
        <p>{t('search.tryAnother')}</p>
        <p>
          <Link href={resolveHref({type: 'treatments'}, language)}>{t('search.seeAll')}</Link>
          {clinic.phone && (
            <>
              {' '}
              {t.rich('search.orCall', {
                phone: () => <a href={clinic.phone!.href}>{clinic.phone!.label}</a>,
              })}
            </>
          )}
        </p>
      </section>
    )
  }
  return (
    <>
      {hits.length > 0 && <TreatmentHits query={query} hits={hits} t={t} language={language} />}
      {physicians.length > 0 && (
        <section aria-labelledby="physician-results" className="search-results">
          <h2 id="physician-results">
            {t('search.physiciansFound', {count: physicians.length, query})}
          </h2>
          <PhysicianList physicians={physicians} headingLevel="h3" t={t} language={language} />
        </section>
      )}
      {pages.length > 0 && (
        <section aria-labelledby="page-results" className="search-results">
          <h2 id="page-results">{t('search.pagesFound', {count: pages.length, query})}</h2>
          <ul className="treatment-list">
            {pages.map((page) => (
              <li key={page._id} className="treatment-card">
                <h3 className="treatment-card__title">
                  <Link
                    href={resolveHref({type: 'page', slug: page.slug!}, language)}
                    lang={langWhereDifferent(page.language, language)}
                  >
                    {page.title}
                  </Link>
                </h3>
                {page.summary && (
                  <p lang={langWhereDifferent(page.language, language)}>{page.summary}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function TreatmentHits({query, hits, t, language}: Omit<Props, 'physicians' | 'pages' | 'clinic'>) {
  return (
    <section aria-labelledby="results-heading" className="search-results">
      <h2 id="results-heading">{t('search.found', {count: hits.length, query})}</h2>
      <ul className="treatment-list">
        {hits.map((hit) => (
          <li key={hit._id} className="treatment-card">
            <h3 className="treatment-card__title">
              <Link
                href={resolveHref({type: 'treatment', slug: hit.slug!}, language)}
                lang={langWhereDifferent(hit.language, language)}
              >
                {hit.title}
              </Link>
            </h3>
            {hit.parentTitle && (
              <p className="treatment-card__aliases">
                {t('treatments.kindOf', {title: hit.parentTitle})}
              </p>
            )}
            {hit.aliases && hit.aliases.length > 0 && (
              <p className="treatment-card__aliases">
                {t.rich('treatments.alsoCalled', {
                  names: () => (
                    <span lang={langWhereDifferent(hit.language, language)}>
                      {hit.aliases!.join(', ')}
                    </span>
                  ),
                })}
              </p>
            )}
            {hit.summary && <p lang={langWhereDifferent(hit.language, language)}>{hit.summary}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}
