import {notFound} from 'next/navigation'

import {CallToAction} from '@/components/CallToAction'
import {PhysicianList} from '@/components/PhysicianList'
import {getClinic, getPhysicians} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage, pageMetadata} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

const physiciansIn = (language: LanguageId) => resolveHref({type: 'physicians'}, language)

export function physiciansMetadata(language: LanguageId) {
  const t = getTranslator(language)
  return pageMetadata({
    title: t('physicians.title'),
    description: t('physicians.description'),
    path: physiciansIn(language),
    language,
    alternates: everyLanguage(physiciansIn),
  })
}

/** Every physician; no page at all while there are none (the bundled content names nobody). */
export async function PhysiciansView({language}: {language: LanguageId}) {
  const [physicians, clinic] = await Promise.all([getPhysicians(), getClinic(language)])
  if (physicians.length === 0) notFound()
  const t = getTranslator(language)
  return (
    <div className="container stack">
      <PageLanguages language={language} pages={everyLanguage(physiciansIn)} t={t} />
      <header className="page-header">
        <h1>{t('physicians.title')}</h1>
        <p className="lead">{t('physicians.lead')}</p>
      </header>
      <PhysicianList physicians={physicians} headingLevel="h2" t={t} language={language} />
      <CallToAction clinic={clinic} t={t} language={language} />
    </div>
  )
}
