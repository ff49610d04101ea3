import Link from 'next/link'

import type {Clinic} from '@/lib/content'
import type {Translator} from '@/lib/i18n'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

import {NavLinks, type NavLink} from './NavLinks'

type Props = {
  clinic: Pick<Clinic, 'name' | 'phone'>
  /** The header menu: the staff's, or the site's sections. */
  links: readonly NavLink[]
  t: Translator
  language: LanguageId
}

export function SiteHeader({clinic, links, t, language}: Props) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={resolveHref({type: 'home'}, language)} className="site-header__name">
          {clinic.name}
        </Link>
        <NavLinks label={t('layout.mainNav')} className="site-nav" links={links} />
        {clinic.phone && (
          <a className="site-header__phone" href={clinic.phone.href}>
            <span className="visually-hidden">{t('layout.callUs')} </span>
            {clinic.phone.label}
          </a>
        )}
      </div>
    </header>
  )
}
