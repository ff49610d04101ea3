import {MAX_QUERY_LENGTH} from '@/lib/content/search'
import type {Translator} from '@/lib/i18n'
import type {LanguageId} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

type Props = {query?: string; t: Translator; language: LanguageId}

/** The treatment search box: a plain GET form, answered by the server, so it works without JavaScript. */
export function TreatmentSearch({query = '', t, language}: Props) {
  return (
    <form
      role="search"
      action={resolveHref({type: 'search'}, language)}
      method="get"
      className="search"
    >
      <label htmlFor="search-query">{t('search.label')}</label>
      <p id="search-hint" className="search__hint">
        {t('search.hint')}
      </p>
      <div className="search__row">
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          aria-describedby="search-hint"
        />
        <button type="submit" className="button">
          {t('search.button')}
        </button>
      </div>
    </form>
  )
}
