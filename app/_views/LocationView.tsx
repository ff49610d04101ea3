import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound} from 'next/navigation'

import {CallToAction} from '@/components/CallToAction'
import {JsonLd} from '@/components/JsonLd'
import {LocationSummary} from '@/components/LocationSummary'
import {PhysicianList} from '@/components/PhysicianList'
import {getClinic, getLocation} from '@/lib/content'
import type {LocalizedText} from '@/lib/content/localized'
import {getTranslator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage, locationJsonLd, pageMetadata} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

const pageIn = (slug: string) => (language: LanguageId) =>
  resolveHref({type: 'location', slug}, language)

export async function locationMetadata(language: LanguageId, slug: string): Promise<Metadata> {
  const location = await getLocation(slug, language, {stega: false})
  if (!location) return {}
  const t = getTranslator(language)
  return pageMetadata({
    title: location.name,
    description: [location.address?.lines.join(', '), t('locations.details')]
      .filter(Boolean)
      .join(' · '),
    path: pageIn(location.slug)(language),
    language,
    alternates: everyLanguage(pageIn(location.slug)),
  })
}

/** A location: open now or not, address and directions, hours and holidays, getting in, physicians. */
export async function LocationView({language, slug}: {language: LanguageId; slug: string}) {
  const [location, clinic] = await Promise.all([getLocation(slug, language), getClinic(language)])
  if (!location) notFound()
  const t = getTranslator(language)
  const access = location.stepFreeAccess
  return (
    <article className="container stack location">
      <JsonLd data={locationJsonLd(location, clinic, language)} />
      <PageLanguages language={language} pages={everyLanguage(pageIn(location.slug))} t={t} />
      <nav aria-label={t('treatment.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link href={resolveHref({type: 'locations'}, language)}>{t('locations.title')}</Link>
          </li>
          <li aria-current="page">{location.name}</li>
        </ol>
      </nav>
      <header className="page-header">
        <h1>{location.name}</h1>
      </header>
      <LocationSummary
        location={location}
        t={t}
        language={language}
        now={new Date()}
        headingLevel="h2"
      />

      {(location.parking || location.transit || access !== null || location.accessNotes) && (
        <section aria-labelledby="getting-here">
          <h2 id="getting-here">{t('locations.gettingHere')}</h2>
          <Detail heading={t('locations.parking')} text={location.parking} language={language} />
          <Detail heading={t('locations.transit')} text={location.transit} language={language} />
          {(access !== null || location.accessNotes) && (
            <>
              <h3>{t('locations.access')}</h3>
              {access !== null && (
                <p>{access ? t('locations.stepFree') : t('locations.notStepFree')}</p>
              )}
              {location.accessNotes && (
                <p lang={langWhereDifferent(location.accessNotes.language, language)}>
                  {location.accessNotes.text}
                </p>
              )}
            </>
          )}
        </section>
      )}

      {location.physicians.length > 0 && (
        <section aria-labelledby="physicians">
          <h2 id="physicians">{t('locations.physiciansHere')}</h2>
          <PhysicianList
            physicians={location.physicians}
            headingLevel="h3"
            t={t}
            language={language}
          />
        </section>
      )}
      {/* Calls and appointments go to this location: its own number and booking page first. */}
      <CallToAction
        clinic={{
          ...clinic,
          phone: location.phone ?? clinic.phone,
          appointmentHref: location.appointmentHref ?? clinic.appointmentHref,
        }}
        t={t}
        language={language}
      />
    </article>
  )
}

function Detail({
  heading,
  text,
  language,
}: {
  heading: string
  text: LocalizedText | undefined
  language: LanguageId
}) {
  if (!text) return null
  return (
    <>
      <h3>{heading}</h3>
      <p lang={langWhereDifferent(text.language, language)}>{text.text}</p>
    </>
  )
}
