import Link from 'next/link'

import type {Clinic} from '@/lib/content'
import type {Translator} from '@/lib/i18n'
import {weekRowsIfAny} from '@/lib/i18n/hours'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

import {WeekHours} from './OpeningHours'

type Props = {clinic: Clinic; t: Translator; language: LanguageId}

/** Phone, email, the main location's address with a map link and its hours: how to reach the clinic. */
export function ClinicContact({clinic, t, language}: Props) {
  return (
    <div className="contact">
      {(clinic.phone || clinic.email) && (
        <p>
          {clinic.phone && (
            <>
              {t('contact.phone')} <a href={clinic.phone.href}>{clinic.phone.label}</a>
            </>
          )}
          {clinic.phone && clinic.email && <br />}
          {clinic.email && (
            <>
              {t('contact.email')} <a href={clinic.email.href}>{clinic.email.label}</a>
            </>
          )}
        </p>
      )}
      {clinic.address && (
        <address>
          {clinic.address.lines.map((line) => (
            <span key={line} className="contact__line">
              {line}
            </span>
          ))}
          <a href={clinic.address.mapHref} rel="noopener noreferrer" target="_blank">
            {t('cta.openInMaps')}
            <span className="visually-hidden"> {t('cta.newTab')}</span>
          </a>
        </address>
      )}
      {clinic.mainLocation && (
        <>
          <WeekHours
            rows={weekRowsIfAny(clinic.mainLocation.hours, language, t)}
            label={t('contact.hours')}
          />
          <p>
            <Link href={resolveHref({type: 'location', slug: clinic.mainLocation.slug}, language)}>
              {t('locations.details')}
            </Link>
          </p>
        </>
      )}
    </div>
  )
}
