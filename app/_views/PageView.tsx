import type {Metadata} from 'next'
import {notFound, permanentRedirect} from 'next/navigation'

import {FallbackNote} from '@/components/FallbackNote'
import {JsonLd} from '@/components/JsonLd'
import {PageBlocks} from '@/components/PageBlocks'
import {getClinic, getPage, type PageContent} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import {langWhereDifferent} from '@/lib/i18n/lang'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'
import {pageMetadata, staffPageJsonLd} from '@/lib/seo'

import {PageLanguages} from './PageLanguages'

/** The page in every language: translations only, or also the fallbacks (for the switcher). */
function alternatesOf(page: PageContent, translatedOnly: boolean) {
  return page.addresses
    .filter((address) => !translatedOnly || address.translated)
    .map(({language, slug}) => ({language, path: resolveHref({type: 'page', slug}, language)}))
}

export async function pageViewMetadata(language: LanguageId, slug: string): Promise<Metadata> {
  const page = await getPage(slug, language, {stega: false})
  if (page?.kind !== 'page') return {}
  return pageMetadata({
    title: page.seo.title ?? page.title,
    description: page.seo.description ?? page.summary ?? undefined,
    path: resolveHref({type: 'page', slug: page.slug}, language),
    language,
    alternates: alternatesOf(page, true),
    fallback: page.fallback,
  })
}

/** A page built by staff (`/<slug>`, `/es/<slug>` …): its title, summary and blocks. */
export async function PageView({language, slug}: {language: LanguageId; slug: string}) {
  const [page, clinic] = await Promise.all([getPage(slug, language), getClinic(language)])
  // Answered by the proxy first; a fallback as for treatments (TreatmentView).
  if (page?.kind === 'moved')
    permanentRedirect(resolveHref({type: 'page', slug: page.slug}, language))
  if (!page) notFound()
  const t = getTranslator(language)
  // The text's own language: English on a page whose translation is missing.
  const lang = langWhereDifferent(page.language, language)
  return (
    <article className="container page">
      {staffPageJsonLd(page, clinic.name, language).map((data) => (
        <JsonLd key={data['@type']} data={data} />
      ))}
      <PageLanguages language={language} pages={alternatesOf(page, false)} t={t} />
      {page.fallback && <FallbackNote text={t('fallback.note')} />}
      <header className="page-header" lang={lang}>
        <h1>{page.title}</h1>
        {page.summary && <p className="lead">{page.summary}</p>}
      </header>
      <PageBlocks
        blocks={page.blocks}
        clinic={clinic}
        t={t}
        language={language}
        textLanguage={page.language}
      />
    </article>
  )
}
