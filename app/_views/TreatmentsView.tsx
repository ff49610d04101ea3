import {CallToAction} from '@/components/CallToAction'
import {TreatmentList} from '@/components/TreatmentList'
import {TreatmentSearch} from '@/components/TreatmentSearch'
import {getClinic, getTreatmentsIndex} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage, pageMetadata} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

const treatmentsIn = (language: LanguageId) => resolveHref({type: 'treatments'}, language)

export function treatmentsMetadata(language: LanguageId) {
  const t = getTranslator(language)
  return pageMetadata({
    title: t('treatments.title'),
    description: t('treatments.description'),
    path: treatmentsIn(language),
    language,
    alternates: everyLanguage(treatmentsIn),
  })
}

export async function TreatmentsView({language}: {language: LanguageId}) {
  const [index, clinic] = await Promise.all([getTreatmentsIndex(language), getClinic(language)])
  const t = getTranslator(language)
  const areas = index.bodyAreas.filter((area) => area.treatments.length > 0)
  return (
    <div className="container stack">
      <PageLanguages language={language} pages={everyLanguage(treatmentsIn)} t={t} />
      <header className="page-header">
        <h1>{t('treatments.title')}</h1>
        <p className="lead">{t('treatments.lead')}</p>
      </header>
      <TreatmentSearch t={t} language={language} />
      {areas.map((area) => {
        const lang = langWhereDifferent(area.language, language)
        return (
          <section key={area._id} aria-labelledby={`area-${area._id}`}>
            <h2 id={`area-${area._id}`} lang={lang}>
              {area.title}
            </h2>
            {area.description && <p lang={lang}>{area.description}</p>}
            <TreatmentList
              treatments={area.treatments}
              headingLevel="h3"
              t={t}
              language={language}
            />
          </section>
        )
      })}
      {index.otherTreatments.length > 0 && (
        <section aria-labelledby="area-other">
          <h2 id="area-other">
            {areas.length > 0 ? t('treatments.otherTreatments') : t('treatments.allTreatments')}
          </h2>
          <TreatmentList
            treatments={index.otherTreatments}
            headingLevel="h3"
            t={t}
            language={language}
          />
        </section>
      )}
      {areas.length === 0 && index.otherTreatments.length === 0 && <p>{t('treatments.noneYet')}</p>}
      <CallToAction clinic={clinic} t={t} language={language} />
    </div>
  )
}
