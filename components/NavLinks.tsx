import Link from 'next/link'

type Props = {
  /** The navigation's accessible name ("Main", "Footer"). */
  label: string
  className?: string
  listClassName?: string
  links: Array<{href: string; text: string}>
}

/** A labelled list of the site's own links (header and footer navigation). */
export function NavLinks({label, className, listClassName, links}: Props) {
  return (
    <nav aria-label={label} className={className}>
      <ul className={listClassName}>
        {links.map(({href, text}) => (
          <li key={href}>
            <Link href={href}>{text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
