import type {Clinic} from '@/lib/content'
import type {Translator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import type {LanguageId} from '@/lib/shared/languages'

type Props = {clinic: Clinic; t: Translator; language: LanguageId}

/** Phone, email, address with a map link and opening hours: how to reach the clinic. */
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
      {clinic.hours.length > 0 && (
        <dl className="contact__hours" aria-label={t('contact.hours')}>
          {clinic.hours.map((row) => (
            <div key={row.key}>
              <dt lang={langWhereDifferent(row.days.language, language)}>{row.days.text}</dt>
              <dd lang={langWhereDifferent(row.hours.language, language)}>{row.hours.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
