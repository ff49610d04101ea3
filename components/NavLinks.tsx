import Link from 'next/link'

/** The site's sections, as header and footer link them when staff have set no menu, in this order. */
export const SECTIONS = ['treatments', 'physicians', 'locations', 'affiliations'] as const

export type Section = (typeof SECTIONS)[number]

/** One link of a menu, resolved: a path on this site, or another website (https). */
export type NavLink = {
  key: string
  href: string
  text: string
  /** The text's language when it differs from the page's (a menu item not translated yet). */
  lang?: string
  external?: boolean
}

type Props = {
  /** The navigation's accessible name ("Main", "Footer"). */
  label: string
  className?: string
  listClassName?: string
  links: readonly NavLink[]
}

/** A labelled list of links (header and footer navigation). */
export function NavLinks({label, className, listClassName, links}: Props) {
  if (links.length === 0) return null
  return (
    <nav aria-label={label} className={className}>
      <ul className={listClassName}>
        {links.map(({key, href, text, lang, external}) => (
          <li key={key}>
            {external ? (
              <a href={href} lang={lang} rel="noopener noreferrer">
                {text}
              </a>
            ) : (
              <Link href={href} lang={lang}>
                {text}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
