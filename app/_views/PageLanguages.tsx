import {LanguageLinks} from '@/components/LanguageLinks'
import type {Translator} from '@/lib/i18n'
import {LANGUAGES, type LanguageId} from '@/lib/shared/languages'
import type {PageAlternate} from '@/lib/seo'

/**
 * The language switcher of a page: the same page in each other language (its translation, or
 * the page in that language with the English text when the translation is missing).
 */
export function PageLanguages({
  language,
  pages,
  t,
}: {
  language: LanguageId
  pages: PageAlternate[]
  t: Translator
}) {
  const links = pages.flatMap((page) => {
    const named = LANGUAGES.find(({id}) => id === page.language)
    return named && page.language !== language
      ? [{language: page.language, name: named.nativeName, href: page.path}]
      : []
  })
  return <LanguageLinks label={t('languages.otherLanguagesLabel')} links={links} />
}
