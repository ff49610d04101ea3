import {AffiliationGroups} from '@/components/AffiliationGroups'
import {getAffiliations} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage, pageMetadata} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

const affiliationsIn = (language: LanguageId) => resolveHref({type: 'affiliations'}, language)

export function affiliationsMetadata(language: LanguageId) {
  const t = getTranslator(language)
  return pageMetadata({
    title: t('affiliations.title'),
    description: t('affiliations.description'),
    path: affiliationsIn(language),
    language,
    alternates: everyLanguage(affiliationsIn),
  })
}

export async function AffiliationsView({language}: {language: LanguageId}) {
  const affiliations = await getAffiliations()
  const t = getTranslator(language)
  return (
    <div className="container stack">
      <PageLanguages language={language} pages={everyLanguage(affiliationsIn)} t={t} />
      <header className="page-header">
        <h1>{t('affiliations.title')}</h1>
        <p className="lead">{t('affiliations.lead')}</p>
      </header>
      <AffiliationGroups
        {...affiliations}
        headingLevel="h2"
        texts={{
          professional: t('affiliations.professional'),
          hospitals: t('affiliations.hospitals'),
          external: t('affiliations.external'),
        }}
        hospitalPhysicians={{label: t('physicians.withPrivileges'), language}}
      />
    </div>
  )
}
