import type {Clinic} from '@/lib/content'

type Props = {clinic: Clinic}

/** Phone, email, address with a map link and opening hours: how to reach the clinic. */
export function ClinicContact({clinic}: Props) {
  return (
    <div className="contact">
      {(clinic.phone || clinic.email) && (
        <p>
          {clinic.phone && (
            <>
              Phone: <a href={clinic.phone.href}>{clinic.phone.label}</a>
            </>
          )}
          {clinic.phone && clinic.email && <br />}
          {clinic.email && (
            <>
              Email: <a href={clinic.email.href}>{clinic.email.label}</a>
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
            Open in maps<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </address>
      )}
      {clinic.hours.length > 0 && (
        <dl className="contact__hours" aria-label="Opening hours">
          {clinic.hours.map((row) => (
            <div key={row.key}>
              <dt>{row.days}</dt>
              <dd>{row.hours}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
