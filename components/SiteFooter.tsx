import Link from 'next/link'

import type {Clinic} from '@/lib/content'
import type {Translator} from '@/lib/i18n'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

import {ClinicContact} from './ClinicContact'
import {NavLinks, type NavLink} from './NavLinks'

type Props = {
  clinic: Clinic
  /** The footer menu: the staff's, or the site's sections. */
  links: readonly NavLink[]
  t: Translator
  language: LanguageId
}

export function SiteFooter({clinic, links, t, language}: Props) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="site-footer__heading">
            {clinic.name}
          </h2>
          <ClinicContact clinic={clinic} t={t} language={language} />
        </section>
        <NavLinks label={t('layout.footerNav')} listClassName="site-footer__links" links={links} />
        {/* Section 1557: every page links to the notice of free language assistance. */}
        <p className="site-footer__assistance">
          <Link href={resolveHref({type: 'languageAssistance'}, language)}>
            {t('layout.languageAssistance')}
          </Link>
        </p>
      </div>
    </footer>
  )
}
