import {Fragment} from 'react'

import {getClinic, getLanguageAssistance} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {everyLanguage, pageMetadata} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

const assistanceIn = (language: LanguageId) => resolveHref({type: 'languageAssistance'}, language)

export function languageAssistanceMetadata(language: LanguageId) {
  const t = getTranslator(language)
  return pageMetadata({
    title: t('languageAssistance.title'),
    description: t('languageAssistance.description'),
    path: assistanceIn(language),
    language,
    alternates: everyLanguage(assistanceIn),
  })
}

/**
 * The notice of free language assistance and of nondiscrimination (Section 1557 of the Affordable
 * Care Act): each line in its own language, marked with its `lang` and direction, with the clinic's
 * phone number where the text says `{phone}`.
 */
export async function LanguageAssistanceView({language}: {language: LanguageId}) {
  const [notice, clinic] = await Promise.all([getLanguageAssistance(language), getClinic(language)])
  const t = getTranslator(language)
  const phone = clinic.phone
  const withPhone = (text: string) =>
    text.split('{phone}').map((part, index) => (
      <Fragment key={index}>
        {index > 0 &&
          (phone ? (
            <a href={phone.href} dir="ltr">
              {phone.label}
            </a>
          ) : null)}
        {part}
      </Fragment>
    ))
  return (
    <div className="container stack">
      <PageLanguages language={language} pages={everyLanguage(assistanceIn)} t={t} />
      <header className="page-header">
        <h1 lang={langWhereDifferent(notice.title?.language, language)}>
          {notice.title?.text ?? t('languageAssistance.title')}
        </h1>
        <p className="lead">{t('languageAssistance.lead')}</p>
        {notice.needsVerification && (
          <p className="fallback-note" role="note">
            {t('languageAssistance.needsVerification')}
          </p>
        )}
      </header>
      {notice.taglines.length > 0 && (
        <section aria-labelledby="taglines">
          <h2 id="taglines">{t('languageAssistance.taglinesHeading')}</h2>
          <ul className="taglines">
            {notice.taglines.map((line) => (
              <li key={line.key} lang={line.language} dir={line.dir}>
                <strong>{line.languageName}</strong>: {withPhone(line.text)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {notice.nondiscrimination && (
        <section aria-labelledby="nondiscrimination">
          <h2 id="nondiscrimination">{t('languageAssistance.nondiscriminationHeading')}</h2>
          {notice.nondiscrimination.text.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index} lang={langWhereDifferent(notice.nondiscrimination!.language, language)}>
              {withPhone(paragraph)}
            </p>
          ))}
        </section>
      )}
    </div>
  )
}
