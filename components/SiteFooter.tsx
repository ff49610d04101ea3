import Link from 'next/link'

import type {Clinic} from '@/lib/content'
import {resolveHref} from '@/lib/shared/routes'

import {ClinicContact} from './ClinicContact'

type Props = {clinic: Clinic}

export function SiteFooter({clinic}: Props) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="site-footer__heading">
            {clinic.name}
          </h2>
          <ClinicContact clinic={clinic} />
        </section>
        <nav aria-label="Footer">
          <ul className="site-footer__links">
            <li>
              <Link href={resolveHref({type: 'treatments'})}>All treatments</Link>
            </li>
            <li>
              <Link href={resolveHref({type: 'affiliations'})}>Affiliations</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
