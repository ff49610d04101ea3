import Link from 'next/link'

import {AffiliationGroups} from '@/components/AffiliationGroups'
import {CallToAction} from '@/components/CallToAction'
import {JsonLd} from '@/components/JsonLd'
import {TreatmentList} from '@/components/TreatmentList'
import {getAffiliations, getClinic, getFeaturedTreatments} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {clinicJsonLd, everyLanguage, pageMetadata, websiteJsonLd} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

const homeIn = (language: LanguageId) => resolveHref({type: 'home'}, language)

export function homeMetadata(language: LanguageId) {
  return pageMetadata({path: homeIn(language), language, alternates: everyLanguage(homeIn)})
}

export async function HomeView({language}: {language: LanguageId}) {
  const [clinic, treatments, affiliations] = await Promise.all([
    getClinic(language),
    getFeaturedTreatments(language),
    getAffiliations(),
  ])
  const t = getTranslator(language)
  const treatmentsHref = resolveHref({type: 'treatments'}, language)
  return (
    <>
      <JsonLd data={clinicJsonLd(clinic, affiliations)} />
      <JsonLd data={websiteJsonLd(clinic.name, language)} />
      <section className="hero">
        <div className="container">
          <PageLanguages language={language} pages={everyLanguage(homeIn)} t={t} />
          <h1>{clinic.name}</h1>
          {clinic.tagline && (
            <p
              className="hero__tagline"
              lang={langWhereDifferent(clinic.tagline.language, language)}
            >
              {clinic.tagline.text}
            </p>
          )}
          <p>{t('home.intro')}</p>
          <p className="hero__links">
            <Link className="button" href={treatmentsHref}>
              {t('home.seeAllTreatments')}
            </Link>
          </p>
        </div>
      </section>
      <div className="container stack">
        <section aria-labelledby="home-treatments">
          <h2 id="home-treatments">{t('home.treatmentsHeading')}</h2>
          <TreatmentList treatments={treatments} headingLevel="h3" t={t} language={language} />
          <p>
            <Link href={treatmentsHref}>{t('home.allTreatments')}</Link>
          </p>
        </section>
        <CallToAction clinic={clinic} t={t} language={language} />
        <section aria-labelledby="home-affiliations">
          <h2 id="home-affiliations">{t('home.affiliationsHeading')}</h2>
          <p>{t('home.affiliationsIntro')}</p>
          <AffiliationGroups
            {...affiliations}
            headingLevel="h3"
            texts={{
              professional: t('affiliations.professional'),
              hospitals: t('affiliations.hospitals'),
              external: t('affiliations.external'),
            }}
          />
        </section>
      </div>
    </>
  )
}
