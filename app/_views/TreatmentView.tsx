import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound, permanentRedirect} from 'next/navigation'

import {CallToAction} from '@/components/CallToAction'
import {Disclaimer} from '@/components/Disclaimer'
import {FallbackNote} from '@/components/FallbackNote'
import {Faqs} from '@/components/Faqs'
import {JsonLd} from '@/components/JsonLd'
import {MedicalReview} from '@/components/MedicalReview'
import {OnThisPage} from '@/components/OnThisPage'
import {PhysicianList} from '@/components/PhysicianList'
import {PortableBody} from '@/components/PortableBody'
import {TreatmentList} from '@/components/TreatmentList'
import {getClinic, getTreatment, type TreatmentPage} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import {bodyHeadings} from '@/lib/render/anchors'
import type {LanguageId} from '@/lib/shared/languages'
import {absoluteUrl, resolveHref} from '@/lib/shared/routes'
import {breadcrumbTrail, pageMetadata, siteOrigin, treatmentJsonLd} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

/** The page in every language: translations only (a missing one is not offered as one). */
function alternatesOf(treatment: TreatmentPage, translatedOnly: boolean) {
  return treatment.addresses
    .filter((address) => !translatedOnly || address.translated)
    .map(({language, slug}) => ({language, path: resolveHref({type: 'treatment', slug}, language)}))
}

export async function treatmentMetadata(language: LanguageId, slug: string): Promise<Metadata> {
  const treatment = await getTreatment(slug, language, {stega: false})
  if (treatment?.kind !== 'page' || !treatment.slug) return {}
  return pageMetadata({
    title: treatment.seo?.title || treatment.title || undefined,
    description: treatment.seo?.description || treatment.summary || undefined,
    path: resolveHref({type: 'treatment', slug: treatment.slug}, language),
    language,
    alternates: alternatesOf(treatment, true),
    fallback: treatment.fallback,
  })
}

export async function TreatmentView({language, slug}: {language: LanguageId; slug: string}) {
  const [treatment, clinic] = await Promise.all([getTreatment(slug, language), getClinic(language)])
  // The proxy answers this move first, query string kept (lib/redirects/rules.ts). This fallback
  // serves what its published, up-to-a-minute-old table cannot know: a draft translation in a
  // preview, a translation published moments ago on another instance.
  if (treatment?.kind === 'moved') {
    permanentRedirect(resolveHref({type: 'treatment', slug: treatment.slug}, language))
  }
  if (!treatment?.title) notFound()
  const t = getTranslator(language)
  // The text's own language: English on a page whose translation is missing.
  const lang = langWhereDifferent(treatment.language, language)
  const parent = treatment.parent?.slug && treatment.parent.title ? treatment.parent : null
  const aliases = treatment.aliases?.filter(Boolean) ?? []
  const conditions = treatment.conditions?.filter(Boolean) ?? []
  const trail = breadcrumbTrail(treatment, language, t('treatments.title'))
  const related = [...(parent ? [parent] : []), ...treatment.siblings]
  const faqs = (treatment.faqs ?? []).filter((faq) => faq.question && faq.answer)
  const typesHeading = t('treatment.typesOf', {title: treatment.title})
  const sections = [
    ...bodyHeadings(treatment.body ?? [])
      .filter(({level}) => level === 2)
      .map(({id, text}) => ({id, title: text})),
    ...(conditions.length ? [{id: 'conditions', title: t('treatment.whatItMayHelp')}] : []),
    ...(treatment.children.length ? [{id: 'types', title: typesHeading}] : []),
    ...(treatment.providers.length
      ? [{id: 'physicians', title: t('physicians.providersHeading')}]
      : []),
    ...(related.length ? [{id: 'related', title: t('treatment.related')}] : []),
    ...(faqs.length ? [{id: 'faqs', title: t('treatment.faqs')}] : []),
  ]
  const pagePath = resolveHref({type: 'treatment', slug: treatment.slug!}, language)
  const pageUrl = absoluteUrl(siteOrigin(), pagePath)

  return (
    <article className="container treatment">
      {treatmentJsonLd(treatment, clinic.name, language, t('treatments.title')).map((data) => (
        <JsonLd key={data['@type']} data={data} />
      ))}
      <PageLanguages language={language} pages={alternatesOf(treatment, false)} t={t} />
      <nav aria-label={t('treatment.breadcrumb')} className="breadcrumbs">
        <ol>
          {trail.map(({name, path}, index) =>
            index < trail.length - 1 ? (
              <li key={path}>
                <Link
                  href={path}
                  lang={index > 0 ? langWhereDifferent(parent?.language, language) : undefined}
                >
                  {name}
                </Link>
              </li>
            ) : (
              <li key={path} aria-current="page" lang={lang}>
                {name}
              </li>
            ),
          )}
        </ol>
      </nav>
      {treatment.fallback && <FallbackNote text={t('fallback.note')} />}
      <div lang={lang} className="treatment__text">
        <header className="page-header">
          <h1>{treatment.title}</h1>
          {aliases.length > 0 && (
            <p className="aliases">
              {t.rich('treatment.alsoCalled', {names: () => <span>{aliases.join(', ')}</span>})}
            </p>
          )}
          {treatment.summary && <p className="lead">{treatment.summary}</p>}
        </header>
      </div>
      <MedicalReview
        review={treatment.medicalReview}
        textLanguage={treatment.language}
        language={language}
        t={t}
      />

      <OnThisPage sections={sections} heading={t('treatment.onThisPage')} />

      {treatment.body && treatment.body.length > 0 && (
        <div lang={lang}>
          <PortableBody value={treatment.body} />
        </div>
      )}

      {conditions.length > 0 && (
        <section aria-labelledby="conditions">
          <h2 id="conditions">{t('treatment.whatItMayHelp')}</h2>
          <ul lang={lang}>
            {conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ul>
        </section>
      )}

      {treatment.children.length > 0 && (
        <section aria-labelledby="types">
          <h2 id="types">{typesHeading}</h2>
          <TreatmentList
            treatments={treatment.children}
            headingLevel="h3"
            t={t}
            language={language}
          />
        </section>
      )}

      {treatment.providers.length > 0 && (
        <section aria-labelledby="physicians">
          <h2 id="physicians">{t('physicians.providersHeading')}</h2>
          <PhysicianList
            physicians={treatment.providers}
            headingLevel="h3"
            t={t}
            language={language}
          />
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{t('treatment.related')}</h2>
          {parent && (
            <p>
              {t('treatment.oneKindOf', {title: treatment.title})}{' '}
              <Link
                href={resolveHref({type: 'treatment', slug: parent.slug!}, language)}
                lang={langWhereDifferent(parent.language, language)}
              >
                {parent.title}
              </Link>
              .
            </p>
          )}
          <TreatmentList treatments={related} headingLevel="h3" t={t} language={language} />
        </section>
      )}

      <Faqs faqs={treatment.faqs ?? []} heading={t('treatment.faqs')} lang={lang} />
      <CallToAction clinic={clinic} t={t} language={language} />
      <Disclaimer text={clinic.disclaimer} label={t('disclaimer.label')} language={language} />
      <p className="print-only">
        {clinic.name}
        {clinic.phone && <> · {clinic.phone.label}</>} · {pageUrl}
      </p>
    </article>
  )
}
