import type {LocationCard} from '@/lib/content'
import type {Translator} from '@/lib/i18n'
import {exceptionHours, formatDay, statusTimeline, weekRowsIfAny} from '@/lib/i18n/hours'
import type {LanguageId} from '@/lib/shared/languages'
import {upcomingExceptions} from '@/lib/shared/opening-hours'

import {UpcomingHours, WeekHours} from './OpeningHours'
import {OpeningStatus} from './OpeningStatus'

/** How long ahead holidays are announced, and how far the browser can follow the state. */
export const ANNOUNCE_DAYS = 14
export const TIMELINE_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000

type Props = {
  location: LocationCard
  t: Translator
  language: LanguageId
  /** The time the page is rendered at (a fixed clock in tests). */
  now: Date
  /** The level of its own headings: one below the location's name. */
  headingLevel: 'h2' | 'h3'
}

/**
 * What a patient needs to get to a location: whether it is open (by the reader's clock), the
 * address with directions in their map app, the phone and fax, the week's hours and the holidays
 * coming up.
 */
export function LocationSummary({location, t, language, now, headingLevel}: Props) {
  const upcoming = upcomingExceptions(location.hours, now, undefined, ANNOUNCE_DAYS).map(
    (exception) => ({
      date: exception.date,
      text: t('locations.exception', {
        day: formatDay(exception.date, language),
        hours: exceptionHours(exception, language, t),
      }),
      label: exception.label,
      labelLanguage: location.labelLanguages[exception.date],
    }),
  )
  const hasHours = location.hours.weekly.length > 0 || location.hours.exceptions.length > 0
  return (
    <div className="location-summary stack">
      {hasHours && (
        <OpeningStatus
          timeline={statusTimeline(location.hours, now, language, t, TIMELINE_DAYS)}
          end={now.getTime() + TIMELINE_DAYS * DAY_MS}
        />
      )}
      {location.address && (
        <address>
          {location.address.lines.map((line) => (
            <span key={line} className="contact__line">
              {line}
            </span>
          ))}
          <a href={location.address.mapHref} rel="noopener noreferrer" target="_blank">
            {t('locations.directions')}
            <span className="visually-hidden"> {t('cta.newTab')}</span>
          </a>
        </address>
      )}
      {(location.phone || location.fax) && (
        <p>
          {location.phone && (
            <>
              {t('locations.phone')} <a href={location.phone.href}>{location.phone.label}</a>
            </>
          )}
          {location.phone && location.fax && <br />}
          {location.fax && (
            <>
              {t('locations.fax')} {location.fax.label}
            </>
          )}
        </p>
      )}
      {hasHours && (
        <>
          <WeekHours
            rows={weekRowsIfAny(location.hours, language, t)}
            label={t('locations.hours')}
          />
          <UpcomingHours
            items={upcoming}
            heading={t('locations.upcoming')}
            headingLevel={headingLevel}
            language={language}
          />
          <p className="location-summary__note">{t('locations.timeZone')}</p>
        </>
      )}
    </div>
  )
}
