import {MAX_QUERY_LENGTH} from '@/lib/content/search'
import {resolveHref} from '@/lib/shared/routes'

type Props = {query?: string}

/** The treatment search box: a plain GET form, answered by the server, so it works without JavaScript. */
export function TreatmentSearch({query = ''}: Props) {
  return (
    <form role="search" action={resolveHref({type: 'search'})} method="get" className="search">
      <label htmlFor="search-query">Search treatments</label>
      <p id="search-hint" className="search__hint">
        A treatment, another name for it, or a problem such as “neck pain”.
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
          Search
        </button>
      </div>
    </form>
  )
}
