import type {Metadata} from 'next'
import Link from 'next/link'

import {CallToAction} from '@/components/CallToAction'
import {SearchResults} from '@/components/SearchResults'
import {TreatmentSearch} from '@/components/TreatmentSearch'
import {
  getClinic,
  getPagesIndex,
  getPhysicians,
  getTreatmentsIndex,
  type PhysicianCard,
} from '@/lib/content'
import {cleanQuery, searchPages, searchPhysicians, searchTreatments} from '@/lib/content/search'
import {getTranslator, spokenLanguageName, type Translator} from '@/lib/i18n'
import {DEFAULT_LANGUAGE} from '@/lib/shared/languages'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage, pageMetadata} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

const searchIn = (language: LanguageId) => resolveHref({type: 'search'}, language)

export async function searchMetadata(language: LanguageId): Promise<Metadata> {
  const t = getTranslator(language)
  return {
    ...(await pageMetadata({
      title: t('search.title'),
      description: t('search.description'),
      path: searchIn(language),
      language,
      alternates: everyLanguage(searchIn),
    })),
    // Result pages are not pages of their own for search engines; the links on them are.
    robots: {index: false, follow: true},
  }
}

/**
 * Answers the search form of the treatments index: treatments, physicians and pages built by
 * staff (rendered per request; content is cached).
 */
export async function SearchView({
  language,
  query: rawQuery,
}: {
  language: LanguageId
  query: unknown
}) {
  const query = cleanQuery(rawQuery)
  const [index, clinic, physicians, pages] = await Promise.all([
    getTreatmentsIndex(language),
    getClinic(language),
    getPhysicians(),
    getPagesIndex(language),
  ])
  const t = getTranslator(language)
  const treatments = [
    ...index.bodyAreas.flatMap((area) => area.treatments),
    ...index.otherTreatments,
  ]
  return (
    <div className="container stack">
      <PageLanguages
        language={language}
        pages={everyLanguage((other) => resolveHref({type: 'search', query}, other))}
        t={t}
      />
      <header className="page-header">
        <h1>{t('search.heading')}</h1>
      </header>
      <TreatmentSearch query={query} t={t} language={language} />
      {query ? (
        <SearchResults
          query={query}
          hits={searchTreatments(treatments, query, language)}
          physicians={searchPhysicians(physicians, query, language, (physician) =>
            physicianLabels(physician, t, language),
          )}
          pages={searchPages(pages, query, language)}
          clinic={clinic}
          t={t}
          language={language}
        />
      ) : (
        <p>
          {t.rich('search.empty', {
            link: (chunks) => (
              <Link href={resolveHref({type: 'treatments'}, language)}>{chunks}</Link>
            ),
          })}
        </p>
      )}
      <CallToAction clinic={clinic} t={t} language={language} />
    </div>
  )
}

/**
 * What a physician is also found by: their specialties in the page's language, and each language
 * they speak named in the page's language, in English and in itself ("Spanish", "español").
 */
function physicianLabels(physician: PhysicianCard, t: Translator, language: LanguageId): string[] {
  return [
    ...physician.specialties.map((specialty) => t('physicians.specialty', {specialty})),
    ...physician.languages.flatMap((tag) => [
      spokenLanguageName(tag, language),
      spokenLanguageName(tag, DEFAULT_LANGUAGE),
      new Intl.DisplayNames([tag], {type: 'language', fallback: 'code'}).of(tag) ?? tag,
    ]),
  ]
}
