import Link from 'next/link'

import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

/** The site's sections, as header and footer link them, in this order. */
export const SECTIONS = ['treatments', 'physicians', 'locations', 'affiliations'] as const

export type Section = (typeof SECTIONS)[number]

type Props = {
  /** The navigation's accessible name ("Main", "Footer"). */
  label: string
  className?: string
  listClassName?: string
  /** The sections that have pages (physicians only when there are any), in SECTIONS order. */
  sections: readonly Section[]
  /** The link text of each section. */
  texts: Record<Section, string>
  language: LanguageId
}

/** A labelled list of links to the site's sections (header and footer navigation). */
export function NavLinks({label, className, listClassName, sections, texts, language}: Props) {
  return (
    <nav aria-label={label} className={className}>
      <ul className={listClassName}>
        {SECTIONS.filter((type) => sections.includes(type)).map((type) => (
          <li key={type}>
            <Link href={resolveHref({type}, language)}>{texts[type]}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
