import Link from 'next/link'

import {resolveHref} from '@/lib/shared/routes'

export type TreatmentLink = {
  _id: string
  title: string | null
  slug: string | null
  summary: string | null
  aliases?: string[] | null
  children?: TreatmentLink[]
}

type Props = {treatments: TreatmentLink[]; headingLevel?: 'h2' | 'h3'}

/** Treatments as cards with their summary; children are listed under their parent. */
export function TreatmentList({treatments, headingLevel = 'h3'}: Props) {
  const items = treatments.filter(hasLink)
  if (items.length === 0) return null
  const Heading = headingLevel
  const ChildHeading = headingLevel === 'h2' ? 'h3' : 'h4'
  return (
    <ul className="treatment-list">
      {items.map((treatment) => {
        const children = (treatment.children ?? []).filter(hasLink)
        return (
          <li key={treatment._id} className="treatment-card">
            <Heading className="treatment-card__title">
              <Link href={resolveHref({type: 'treatment', slug: treatment.slug})}>
                {treatment.title}
              </Link>
            </Heading>
            {treatment.aliases && treatment.aliases.length > 0 && (
              <p className="treatment-card__aliases">Also called {treatment.aliases.join(', ')}</p>
            )}
            {treatment.summary && <p>{treatment.summary}</p>}
            {children.length > 0 && (
              <ul
                className="treatment-list treatment-list--children"
                aria-label={`Types of ${treatment.title}`}
              >
                {children.map((child) => (
                  <li key={child._id} className="treatment-card treatment-card--child">
                    <ChildHeading className="treatment-card__title">
                      <Link href={resolveHref({type: 'treatment', slug: child.slug})}>
                        {child.title}
                      </Link>
                    </ChildHeading>
                    {child.aliases && child.aliases.length > 0 && (
                      <p className="treatment-card__aliases">
                        Also called {child.aliases.join(', ')}
                      </p>
                    )}
                    {child.summary && <p>{child.summary}</p>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        )
      })}
    </ul>
  )
}

function hasLink<T extends TreatmentLink>(
  treatment: T,
): treatment is T & {title: string; slug: string} {
  return Boolean(treatment.title && treatment.slug)
}
