import Link from 'next/link'

export type LanguageLink = {
  /** BCP 47 id of the language ("es"), for `lang` and `hreflang`. */
  language: string
  /** The language's name in itself ("Español"). */
  name: string
  href: string
}

type Props = {label: string; links: LanguageLink[]}

/**
 * The page in the other languages, each named in its own language and marked with its `lang` and
 * `hreflang`: plain links, so they work without JavaScript and with a keyboard. Never an
 * automatic redirect by the browser's language (it misleads crawlers and shared family devices).
 */
export function LanguageLinks({label, links}: Props) {
  if (links.length === 0) return null
  return (
    <nav aria-label={label} className="language-links">
      <ul>
        {links.map((link) => (
          <li key={link.language}>
            <Link href={link.href} hrefLang={link.language} lang={link.language}>
              {link.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
