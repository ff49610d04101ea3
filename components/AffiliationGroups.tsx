import Link from 'next/link'

import {physicianDisplayName, type PhysicianCard} from '@/lib/content/physicians'
import {cdnImageSources, isProjectImageUrl} from '@/lib/render/images'
import {isExternal, safeHref, WEB_SCHEMES} from '@/lib/render/links'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

export type Affiliation = {
  _id: string
  name: string | null
  abbreviation: string | null
  url: string | null
  logo?: {
    alt?: string | null
    asset?: {
      url?: string | null
      metadata?: {dimensions?: {width?: number; height?: number} | null} | null
    } | null
  } | null
  /** A hospital's physicians with privileges there (the affiliations page lists them). */
  physicians?: Array<Pick<PhysicianCard, '_id' | 'name' | 'credentials' | 'slug'>>
}

/** A logo from the project's image CDN, with its alt text from the content; none without either. */
function Logo({logo}: {logo: Affiliation['logo']}) {
  const src = safeHref(logo?.asset?.url, {allow: new Set(['https:'])})
  if (!isProjectImageUrl(src)) return null
  const alt = logo?.alt?.trim()
  const {width, height} = logo?.asset?.metadata?.dimensions ?? {}
  if (!src || !alt || !width || !height) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see cdnImageSources
    <img
      className="affiliation__logo"
      {...cdnImageSources(src, Math.round((width / height) * 96))}
      sizes="160px"
      alt={alt}
      width={Math.round((width / height) * 48)}
      height={48}
      loading="lazy"
    />
  )
}

type Props = {
  professional: Affiliation[]
  hospital: Affiliation[]
  headingLevel?: 'h2' | 'h3'
  /** The groups' headings and the note on outside links, in the page's language. */
  texts: {professional: string; hospitals: string; external: string}
  /** Set to list each hospital's physicians ("Our physicians with privileges here:"). */
  hospitalPhysicians?: {label: string; language: LanguageId}
}

/** Professional societies and hospitals, as two labelled lists that link out safely. */
export function AffiliationGroups({
  professional,
  hospital,
  headingLevel = 'h2',
  texts,
  hospitalPhysicians,
}: Props) {
  const Heading = headingLevel
  return (
    <div className="affiliations">
      <AffiliationGroup
        id="professional"
        title={texts.professional}
        items={professional}
        Heading={Heading}
        external={texts.external}
      />
      <AffiliationGroup
        id="hospitals"
        title={texts.hospitals}
        items={hospital}
        Heading={Heading}
        external={texts.external}
        physicians={hospitalPhysicians}
      />
    </div>
  )
}

function AffiliationGroup({
  id,
  title,
  items,
  Heading,
  external,
  physicians,
}: {
  id: string
  title: string
  items: Affiliation[]
  Heading: 'h2' | 'h3'
  external: string
  physicians?: Props['hospitalPhysicians']
}) {
  const named = items.filter((item): item is Affiliation & {name: string} => Boolean(item.name))
  if (named.length === 0) return null
  return (
    <section className="affiliation-group" aria-labelledby={`affiliations-${id}`}>
      <Heading id={`affiliations-${id}`}>{title}</Heading>
      <ul className="affiliation-list">
        {named.map((item) => {
          const href = safeHref(item.url, {allow: WEB_SCHEMES})
          const label = (
            <>
              <Logo logo={item.logo} />
              <span className="affiliation__name">{item.name}</span>
              {item.abbreviation && (
                <span className="affiliation__abbr"> ({item.abbreviation})</span>
              )}
            </>
          )
          return (
            <li key={item._id} className="affiliation">
              {href && isExternal(href) ? (
                <a href={href} rel="noopener noreferrer">
                  {label}
                  <span className="visually-hidden"> {external}</span>
                </a>
              ) : (
                label
              )}
              {physicians && item.physicians && item.physicians.length > 0 && (
                <p className="affiliation__physicians">
                  {physicians.label}{' '}
                  {item.physicians.map((physician, index) => (
                    <span key={physician._id}>
                      {index > 0 && ', '}
                      <Link
                        href={resolveHref(
                          {type: 'physician', slug: physician.slug},
                          physicians.language,
                        )}
                      >
                        {physicianDisplayName(physician)}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
