import {getRedirectRows} from './content'
import {readSettings} from './content/env'
import {buildRedirectTable, type RedirectTable} from './redirects'

/**
 * The redirects in force, kept in this server process's memory: the proxy looks every request up
 * here (a Map lookup, no query), the webhook replaces it after a redirect or treatment changes,
 * and it is re-read in the background after REVALIDATE_SECONDS like any cached content (for other
 * instances that did not receive the webhook). It lives on `globalThis` because the proxy and the
 * route handlers are separate bundles with separate module instances in one process.
 */
type Store = {table: RedirectTable; loadedAt: number; loading?: Promise<RedirectTable>}

const STORE_KEY = Symbol.for('clinic-site.redirect-table')
const RETRY_AFTER_FAILURE_MS = 10_000
const EMPTY: RedirectTable = new Map()

function store(): Store | undefined {
  return (globalThis as {[STORE_KEY]?: Store})[STORE_KEY]
}

function setStore(value: Store) {
  ;(globalThis as {[STORE_KEY]?: Store})[STORE_KEY] = value
}

/** Reads the redirects fresh from the content backend and puts them in force. Throws when it cannot. */
export async function reloadRedirectTable(): Promise<RedirectTable> {
  const {table, refused} = buildRedirectTable(await getRedirectRows())
  for (const reason of refused) console.warn(`Redirect refused: ${reason}`)
  setStore({table, loadedAt: Date.now()})
  return table
}

/**
 * The redirects in force for a request. The first request of a process waits for them; later
 * ones get the current table at once while a stale one is refreshed. When the backend cannot be
 * read, the last table stays (or none, if there never was one) and a read is retried later.
 */
export async function currentRedirectTable(): Promise<RedirectTable> {
  const maxAgeMs = readSettings().REVALIDATE_SECONDS * 1000
  const current = store()
  if (current && Date.now() - current.loadedAt < maxAgeMs) return current.table
  const loading = current?.loading ?? startLoading(current, maxAgeMs)
  return current && current.loadedAt > 0 ? current.table : loading
}

function startLoading(current: Store | undefined, maxAgeMs: number): Promise<RedirectTable> {
  const loading = reloadRedirectTable().catch((error: unknown) => {
    console.warn('Redirects cannot be read from the content backend; keeping the last ones', error)
    const table = current?.table ?? EMPTY
    setStore({table, loadedAt: Date.now() - maxAgeMs + RETRY_AFTER_FAILURE_MS})
    return table
  })
  setStore({table: current?.table ?? EMPTY, loadedAt: current?.loadedAt ?? 0, loading})
  return loading
}
