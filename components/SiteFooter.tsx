import type {Clinic} from '@/lib/content'

import {ClinicContact} from './ClinicContact'
import {NavLinks} from './NavLinks'

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
        <NavLinks
          label="Footer"
          listClassName="site-footer__links"
          texts={{treatments: 'All treatments', affiliations: 'Affiliations'}}
        />
      </div>
    </footer>
  )
}
