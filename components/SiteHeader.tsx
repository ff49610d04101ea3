import Link from 'next/link'

import type {Clinic} from '@/lib/content'
import {resolveHref} from '@/lib/shared/routes'

import {NavLinks} from './NavLinks'

type Props = {clinic: Pick<Clinic, 'name' | 'phone'>}

export function SiteHeader({clinic}: Props) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={resolveHref({type: 'home'})} className="site-header__name">
          {clinic.name}
        </Link>
        <NavLinks
          label="Main"
          className="site-nav"
          texts={{treatments: 'Treatments', affiliations: 'Affiliations'}}
        />
        {clinic.phone && (
          <a className="site-header__phone" href={clinic.phone.href}>
            <span className="visually-hidden">Call us: </span>
            {clinic.phone.label}
          </a>
        )}
      </div>
    </header>
  )
}
