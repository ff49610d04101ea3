import type {Clinic} from '@/lib/content'

type Props = {clinic: Clinic; heading?: string}

/**
 * The way to reach the clinic: a phone call first, the online appointment link when there is one,
 * then the opening hours and the address with a map link.
 */
export function CallToAction({clinic, heading = 'Talk with our team'}: Props) {
  if (!clinic.phone && !clinic.appointmentHref) return null
  return (
    <section className="cta" aria-labelledby="cta-heading">
      <h2 id="cta-heading">{heading}</h2>
      <p>Have questions, or want to know if a treatment is right for you? We are glad to help.</p>
      <div className="cta__actions">
        {clinic.phone && (
          <a className="button" href={clinic.phone.href}>
            Call {clinic.phone.label}
          </a>
        )}
        {clinic.appointmentHref && (
          <a
            className="button button--secondary"
            href={clinic.appointmentHref}
            rel="noopener noreferrer"
          >
            Request an appointment
          </a>
        )}
      </div>
      {(clinic.hours.length > 0 || clinic.address) && (
        <p className="cta__details">
          {clinic.hours.map((row) => (
            <span key={row.key} className="cta__hours">
              {row.days}: {row.hours}
            </span>
          ))}
          {clinic.address && (
            <span className="cta__address">
              {clinic.address.lines.join(', ')}.{' '}
              <a href={clinic.address.mapHref} rel="noopener noreferrer" target="_blank">
                Open in maps<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </span>
          )}
        </p>
      )}
    </section>
  )
}
