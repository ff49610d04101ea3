import Link from 'next/link'

import type {PhysicianCard, PhysicianPhoto} from '@/lib/content/physicians'
import {physicianDisplayName} from '@/lib/content/physicians'
import {spokenLanguageName, type Translator} from '@/lib/i18n'
import {cdnImageSources, isProjectImageUrl} from '@/lib/render/images'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

type Props = {
  physicians: PhysicianCard[]
  headingLevel?: 'h2' | 'h3'
  t: Translator
  language: LanguageId
}

/** Physicians as cards: photo, name, specialties, languages, whether they take new patients. */
export function PhysicianList({physicians, headingLevel = 'h2', t, language}: Props) {
  if (physicians.length === 0) return null
  const Heading = headingLevel
  return (
    <ul className="physician-list">
      {physicians.map((physician) => (
        <li key={physician._id} className="physician-card">
          <PhysicianPortrait photo={physician.photo} size={96} />
          <div className="physician-card__text">
            <Heading className="physician-card__name">
              <Link href={resolveHref({type: 'physician', slug: physician.slug}, language)}>
                {physicianDisplayName(physician)}
              </Link>
            </Heading>
            <PhysicianFacts physician={physician} t={t} language={language} />
          </div>
        </li>
      ))}
    </ul>
  )
}

/** Specialties, spoken languages, locations and new patients, as a card and a profile state them. */
export function PhysicianFacts({
  physician,
  t,
  language,
}: {
  physician: PhysicianCard
  t: Translator
  language: LanguageId
}) {
  const languages = physician.languages.map((tag) => spokenLanguageName(tag, language))
  return (
    <>
      {physician.specialties.length > 0 && (
        <p className="physician-card__specialties">
          {physician.specialties
            .map((specialty) => t('physicians.specialty', {specialty}))
            .join(' · ')}
        </p>
      )}
      {languages.length > 0 && (
        <p>
          {t('physicians.speaks', {
            languages: new Intl.ListFormat(language, {type: 'conjunction'}).format(languages),
          })}
        </p>
      )}
      {physician.locations.length > 0 && (
        <p>
          {t('locations.seesPatientsAt')}{' '}
          {physician.locations.map((location, index) => (
            <span key={location.slug}>
              {index > 0 && ' · '}
              <Link href={resolveHref({type: 'location', slug: location.slug}, language)}>
                {location.name}
              </Link>
            </span>
          ))}
        </p>
      )}
      {physician.acceptingNewPatients !== null && (
        <p className="physician-card__new-patients">
          {physician.acceptingNewPatients
            ? t('physicians.acceptingNewPatients')
            : t('physicians.notAcceptingNewPatients')}
        </p>
      )}
    </>
  )
}

/** A physician's photo from the project's image CDN, with its alt text; nothing without either. */
export function PhysicianPortrait({photo, size}: {photo: PhysicianPhoto | null; size: number}) {
  if (!photo || !isProjectImageUrl(photo.url)) return null
  const height = Math.round((photo.height / photo.width) * size)
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see cdnImageSources
    <img
      className="physician-portrait"
      {...cdnImageSources(photo.url, size * 2)}
      sizes={`${size}px`}
      alt={photo.alt}
      width={size}
      height={height}
      loading="lazy"
    />
  )
}
