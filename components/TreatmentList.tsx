import Link from 'next/link'

import type {TreatmentSummary} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

export type TreatmentLink = TreatmentSummary & {children?: TreatmentLink[]}

type Props = {
  treatments: TreatmentLink[]
  headingLevel?: 'h2' | 'h3'
  t: Translator
  language: LanguageId
}

/** Treatments as cards with their summary; children are listed under their parent. */
export function TreatmentList({treatments, headingLevel = 'h3', t, language}: Props) {
  const items = treatments.filter(hasLink)
  if (items.length === 0) return null
  const childHeading = headingLevel === 'h2' ? 'h3' : 'h4'
  return (
    <ul className="treatment-list">
      {items.map((treatment) => {
        const children = (treatment.children ?? []).filter(hasLink)
        return (
          <li key={treatment._id} className="treatment-card">
            <CardText treatment={treatment} heading={headingLevel} t={t} language={language} />
            {children.length > 0 && (
              <ul
                className="treatment-list treatment-list--children"
                aria-label={t('treatments.typesOf', {title: treatment.title})}
              >
                {children.map((child) => (
                  <li key={child._id} className="treatment-card treatment-card--child">
                    <CardText treatment={child} heading={childHeading} t={t} language={language} />
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
function CardText({
  treatment,
  heading: Heading,
  t,
  language,
}: {
  treatment: Linked
  heading: 'h2' | 'h3' | 'h4'
  t: Translator
  language: LanguageId
}) {
  // A treatment not translated yet is listed with its English text, marked as English.
  const lang = langWhereDifferent(treatment.language, language)
  return (
    <>
      <Heading className="treatment-card__title">
        <Link href={resolveHref({type: 'treatment', slug: treatment.slug}, language)} lang={lang}>
          {treatment.title}
        </Link>
      </Heading>
      {treatment.aliases && treatment.aliases.length > 0 && (
        <p className="treatment-card__aliases">
          {t.rich('treatments.alsoCalled', {
            names: () => <span lang={lang}>{treatment.aliases!.join(', ')}</span>,
          })}
        </p>
      )}
      {treatment.summary && <p lang={lang}>{treatment.summary}</p>}
    </>
  )
}

function hasLink<T extends TreatmentLink>(treatment: T): treatment is T & Linked {
  return Boolean(treatment.title && treatment.slug)
}
