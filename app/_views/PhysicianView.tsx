import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound} from 'next/navigation'

import {CallToAction} from '@/components/CallToAction'
import {JsonLd} from '@/components/JsonLd'
import {PhysicianFacts, PhysicianPortrait} from '@/components/PhysicianList'
import {TreatmentList} from '@/components/TreatmentList'
import {getClinic, getPhysician, type PhysicianPage} from '@/lib/content'
import {physicianDisplayName} from '@/lib/content/physicians'
import {getTranslator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import {safeHref, WEB_SCHEMES, isExternal} from '@/lib/render/links'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage, pageMetadata, physicianJsonLd} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

const profileIn = (slug: string) => (language: LanguageId) =>
  resolveHref({type: 'physician', slug}, language)

export async function physicianMetadata(language: LanguageId, slug: string): Promise<Metadata> {
  const physician = await getPhysician(slug, language, {stega: false})
  if (!physician) return {}
  const t = getTranslator(language)
  const specialties = physician.specialties.map((specialty) =>
    t('physicians.specialty', {specialty}),
  )
  return pageMetadata({
    title: physicianDisplayName(physician),
    description: physician.bio?.text ?? (specialties.join(', ') || t('physicians.description')),
    path: profileIn(physician.slug)(language),
    language,
    alternates: everyLanguage(profileIn(physician.slug)),
  })
}

/** A physician's profile: who they are, their training, where they practise, what they provide. */
export async function PhysicianView({language, slug}: {language: LanguageId; slug: string}) {
  const [physician, clinic] = await Promise.all([getPhysician(slug, language), getClinic(language)])
  if (!physician) notFound()
  const t = getTranslator(language)
  const name = physicianDisplayName(physician)
  return (
    <article className="container stack physician">
      <JsonLd data={physicianJsonLd(physician, language)} />
      <PageLanguages language={language} pages={everyLanguage(profileIn(physician.slug))} t={t} />
      <nav aria-label={t('treatment.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link href={resolveHref({type: 'physicians'}, language)}>{t('physicians.title')}</Link>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <header className="page-header physician__header">
        <PhysicianPortrait photo={physician.photo} size={160} />
        <div>
          <h1>{name}</h1>
          <PhysicianFacts physician={physician} t={t} language={language} />
        </div>
      </header>

      {physician.bio && (
        <section aria-labelledby="about">
          <h2 id="about">{t('physicians.about')}</h2>
          <p lang={langWhereDifferent(physician.bio.language, language)}>{physician.bio.text}</p>
        </section>
      )}

      {physician.education.length > 0 && (
        <section aria-labelledby="education">
          <h2 id="education">{t('physicians.education')}</h2>
          <ul>
            {physician.education.map((item) => (
              <li key={item.key}>
                <strong>{t('physicians.educationKind', {kind: item.kind})}:</strong>{' '}
                {[item.institution, item.field, item.year].filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}

      <NamedList
        id="certifications"
        heading={t('physicians.boardCertifications')}
        items={physician.boardCertifications.map((name) => ({key: name, name, url: null}))}
        external={t('affiliations.external')}
      />
      <NamedList
        id="hospitals"
        heading={t('physicians.hospitals')}
        items={organizations(physician.hospitals)}
        external={t('affiliations.external')}
      />
      <NamedList
        id="memberships"
        heading={t('physicians.memberships')}
        items={organizations(physician.memberships)}
        external={t('affiliations.external')}
      />

      {physician.treatments.length > 0 && (
        <section aria-labelledby="treatments">
          <h2 id="treatments">{t('physicians.treatments')}</h2>
          <TreatmentList
            treatments={physician.treatments}
            headingLevel="h3"
            t={t}
            language={language}
          />
        </section>
      )}

      {physician.npi && (
        <p className="physician__npi">{t('physicians.npi', {npi: physician.npi})}</p>
      )}
      <CallToAction clinic={clinic} t={t} language={language} />
    </article>
  )
}

type Named = {key: string; name: string; url: string | null}

const organizations = (items: PhysicianPage['hospitals']): Named[] =>
  items.flatMap(({_id, name, url}) => (name ? [{key: _id, name, url}] : []))

/** A titled list of organisation names, each linking to its own site when it has a safe one. */
function NamedList({
  id,
  heading,
  items,
  external,
}: {
  id: string
  heading: string
  items: Named[]
  external: string
}) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {items.map(({key, name, url}) => {
          const href = safeHref(url, {allow: WEB_SCHEMES})
          return (
            <li key={key}>
              {href && isExternal(href) ? (
                <a href={href} rel="noopener noreferrer">
                  {name}
                  <span className="visually-hidden"> {external}</span>
                </a>
              ) : (
                name
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
