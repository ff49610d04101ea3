import Link from 'next/link'

import type {TreatmentSummary} from '@/lib/content/types'
import {resolveHref} from '@/lib/shared/routes'

export type TreatmentLink = TreatmentSummary & {children?: TreatmentLink[]}

type Props = {treatments: TreatmentLink[]; headingLevel?: 'h2' | 'h3'}

/** Treatments as cards with their summary; children are listed under their parent. */
export function TreatmentList({treatments, headingLevel = 'h3'}: Props) {
  const items = treatments.filter(hasLink)
  if (items.length === 0) return null
  const childHeading = headingLevel === 'h2' ? 'h3' : 'h4'
  return (
    <ul className="treatment-list">
      {items.map((treatment) => {
        const children = (treatment.children ?? []).filter(hasLink)
        return (
          <li key={treatment._id} className="treatment-card">
            <CardText treatment={treatment} heading={headingLevel} />
            {children.length > 0 && (
              <ul
                className="treatment-list treatment-list--children"
                aria-label={`Types of ${treatment.title}`}
              >
                {children.map((child) => (
                  <li key={child._id} className="treatment-card treatment-card--child">
                    <CardText treatment={child} heading={childHeading} />
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

type Linked = TreatmentLink & {title: string; slug: string}

/** A card's title (a link to the treatment), its other names and its summary. */
function CardText({treatment, heading: Heading}: {treatment: Linked; heading: 'h2' | 'h3' | 'h4'}) {
  return (
    <>
      <Heading className="treatment-card__title">
        <Link href={resolveHref({type: 'treatment', slug: treatment.slug})}>{treatment.title}</Link>
      </Heading>
      {treatment.aliases && treatment.aliases.length > 0 && (
        <p className="treatment-card__aliases">Also called {treatment.aliases.join(', ')}</p>
      )}
      {treatment.summary && <p>{treatment.summary}</p>}
    </>
  )
}

function hasLink<T extends TreatmentLink>(treatment: T): treatment is T & Linked {
  return Boolean(treatment.title && treatment.slug)
}
