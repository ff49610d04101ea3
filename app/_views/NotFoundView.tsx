import Link from 'next/link'

import {getTranslator} from '@/lib/i18n'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

export function notFoundMetadata(language: LanguageId) {
  return {title: getTranslator(language)('notFound.title'), robots: {index: false}}
}

/** The 404 page in a language; its language links lead to the other languages' home pages. */
export function NotFoundView({language}: {language: LanguageId}) {
  const t = getTranslator(language)
  return (
    <div className="container stack">
      <PageLanguages
        language={language}
        pages={everyLanguage((other) => resolveHref({type: 'home'}, other))}
        t={t}
      />
      <header className="page-header">
        <h1>{t('notFound.heading')}</h1>
        <p className="lead">{t('notFound.lead')}</p>
      </header>
      <ul>
        <li>
          <Link href={resolveHref({type: 'treatments'}, language)}>
            {t('notFound.seeAllTreatments')}
          </Link>
        </li>
        <li>
          <Link href={resolveHref({type: 'home'}, language)}>{t('notFound.home')}</Link>
        </li>
      </ul>
    </div>
  )
}
