import Link from 'next/link'
import {notFound} from 'next/navigation'

import {CallToAction} from '@/components/CallToAction'
import {LocationSummary} from '@/components/LocationSummary'
import {getClinic, getLocations} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage, pageMetadata} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

const locationsIn = (language: LanguageId) => resolveHref({type: 'locations'}, language)

export function locationsMetadata(language: LanguageId) {
  const t = getTranslator(language)
  return pageMetadata({
    title: t('locations.title'),
    description: t('locations.description'),
    path: locationsIn(language),
    language,
    alternates: everyLanguage(locationsIn),
  })
}

/** Every location with its hours and directions; no page while there is none. */
export async function LocationsView({language}: {language: LanguageId}) {
  const [locations, clinic] = await Promise.all([getLocations(language), getClinic(language)])
  if (locations.length === 0) notFound()
  const t = getTranslator(language)
  const now = new Date()
  return (
    <div className="container stack">
      <PageLanguages language={language} pages={everyLanguage(locationsIn)} t={t} />
      <header className="page-header">
        <h1>{t('locations.title')}</h1>
        <p className="lead">{t('locations.lead')}</p>
      </header>
      <ul className="location-list">
        {locations.map((location) => (
          <li key={location._id} className="location-card">
            <h2>
              <Link href={resolveHref({type: 'location', slug: location.slug}, language)}>
                {location.name}
              </Link>
            </h2>
            {clinic.mainLocation?._id === location._id && (
              <p className="location-card__main">{t('locations.mainLocation')}</p>
            )}
            <LocationSummary
              location={location}
              t={t}
              language={language}
              now={now}
              headingLevel="h3"
            />
          </li>
        ))}
      </ul>
      <CallToAction clinic={clinic} t={t} language={language} />
    </div>
  )
}
