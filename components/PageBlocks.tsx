import type {Clinic} from '@/lib/content'
import type {PageBlock} from '@/lib/content/pages'
import type {Translator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import {bodyHeadings, headingIds} from '@/lib/render/anchors'
import type {LanguageId} from '@/lib/shared/languages'

import {Callout} from './Callout'
import {CallToAction} from './CallToAction'
import {Faqs} from './Faqs'
import {PhysicianList} from './PhysicianList'
import {PortableBody} from './PortableBody'
import {TreatmentList} from './TreatmentList'

type Props = {
  blocks: PageBlock[]
  /** The clinic's phone and appointment link, for the calls to action. */
  clinic: Clinic
  t: Translator
  /** The page's language (links and interface text). */
  language: LanguageId
  /** The language of the staff's text: English on a page whose translation is missing. */
  textLanguage: string
}

/**
 * The heading ids of a page's blocks, unique across the page: each text block's headings (by the
 * block and heading keys) and each titled block's own heading (by block key), in page order.
 */
function blockHeadingIds(blocks: PageBlock[], t: Translator) {
  const headings = blocks.flatMap((block) => {
    switch (block.kind) {
      case 'richText':
        return bodyHeadings(block.body).map(({key, text}) => ({id: `${block.key}/${key}`, text}))
      case 'faqList':
        return [{id: block.key, text: block.heading ?? t('treatment.faqs')}]
      case 'callToAction':
        return [{id: block.key, text: t('cta.heading')}]
      case 'treatmentList':
      case 'physicianList':
        return block.heading ? [{id: block.key, text: block.heading}] : []
      default:
        return []
    }
  })
  const ids = headingIds(headings.map(({text}) => text))
  return new Map(headings.map(({id}, index) => [id, ids[index]!]))
}

/** A list block: its heading (when staff wrote one) names the section. */
function ListSection({
  heading,
  id,
  lang,
  children,
}: {
  heading: string | null
  id: string | undefined
  lang: string | undefined
  children: React.ReactNode
}) {
  return (
    <section className="page-list" aria-labelledby={heading ? id : undefined}>
      {heading && (
        <h2 id={id} lang={lang}>
          {heading}
        </h2>
      )}
      {children}
    </section>
  )
}

/** A page built by staff, block by block, with the site's own components. */
export function PageBlocks({blocks, clinic, t, language, textLanguage}: Props) {
  const ids = blockHeadingIds(blocks, t)
  const lang = langWhereDifferent(textLanguage, language)
  return (
    <>
      {blocks.map((block) => {
        switch (block.kind) {
          case 'richText': {
            const own = new Map(
              bodyHeadings(block.body).map(({key}) => [key, ids.get(`${block.key}/${key}`)!]),
            )
            return (
              <div key={block.key} lang={lang}>
                <PortableBody value={block.body} headingIds={own} />
              </div>
            )
          }
          case 'callout':
            return (
              <Callout
                key={block.key}
                tone={block.tone}
                text={block.text}
                label={block.tone === 'warning' ? t('page.important') : t('page.goodToKnow')}
                lang={lang}
              />
            )
          case 'faqList':
            return (
              <Faqs
                key={block.key}
                id={ids.get(block.key)}
                faqs={block.faqs}
                // A heading staff wrote is in the text's language; the default one in the page's.
                heading={block.heading ?? t('treatment.faqs')}
                lang={lang}
              />
            )
          case 'callToAction':
            return (
              <CallToAction
                key={block.key}
                headingId={ids.get(block.key)}
                clinic={{
                  ...clinic,
                  callToAction: {text: block.text, language: textLanguage as LanguageId},
                }}
                t={t}
                language={language}
              />
            )
          case 'treatmentList':
          case 'physicianList': {
            const headingLevel = block.heading ? 'h3' : 'h2'
            return (
              <ListSection
                key={block.key}
                heading={block.heading}
                id={ids.get(block.key)}
                lang={lang}
              >
                {block.kind === 'treatmentList' ? (
                  <TreatmentList
                    treatments={block.treatments}
                    headingLevel={headingLevel}
                    t={t}
                    language={language}
                  />
                ) : (
                  <PhysicianList
                    physicians={block.physicians}
                    headingLevel={headingLevel}
                    t={t}
                    language={language}
                  />
                )}
              </ListSection>
            )
          }
        }
      })}
    </>
  )
}
