import type {Clinic} from '@/lib/content'
import type {Translator} from '@/lib/i18n'
import {weekRowsIfAny} from '@/lib/i18n/hours'
import {langWhereDifferent} from '@/lib/i18n/lang'
import type {LanguageId} from '@/lib/shared/languages'

type Props = {
  clinic: Clinic
  t: Translator
  language: LanguageId
  /** The heading's id, unique on the page (a page built by staff may have several). */
  headingId?: string
}

/**
 * The way to reach the clinic: a phone call first, the online appointment link when there is one,
 * then the opening hours and the address with a map link.
 */
export function CallToAction({clinic, t, language, headingId = 'cta-heading'}: Props) {
  if (!clinic.phone && !clinic.appointmentHref) return null
  return (
    <section className="cta" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cta.heading')}</h2>
      {clinic.callToAction ? (
        <p lang={langWhereDifferent(clinic.callToAction.language, language)}>
          {clinic.callToAction.text}
        </p>
      ) : (
        <p>{t('cta.text')}</p>
      )}
      <div className="cta__actions">
        {clinic.phone && (
          <a className="button" href={clinic.phone.href}>
            {t('cta.call', {phone: clinic.phone.label})}
          </a>
        )}
        {clinic.appointmentHref && (
          <a
            className="button button--secondary"
            href={clinic.appointmentHref}
            rel="noopener noreferrer"
          >
            {t('cta.appointment')}
          </a>
        )}
      </div>
      {(clinic.mainLocation || clinic.address) && (
        <p className="cta__details">
          {clinic.mainLocation &&
            weekRowsIfAny(clinic.mainLocation.hours, language, t).map((row) => (
              <span key={row.key} className="cta__hours">
                {row.days}: {row.hours}
              </span>
            ))}
          {clinic.address && (
            <span className="cta__address">
              {clinic.address.lines.join(', ')}.{' '}
              <a href={clinic.address.mapHref} rel="noopener noreferrer" target="_blank">
                {t('cta.openInMaps')}
                <span className="visually-hidden"> {t('cta.newTab')}</span>
              </a>
            </span>
          )}
        </p>
      )}
    </section>
  )
}
