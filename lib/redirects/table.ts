import {getRedirectRows} from '../content'
import {readSettings} from '../settings'

import {buildRedirectTable, type RedirectTable} from './rules'

/**
 * The redirects in force, kept in this server process's memory: the proxy looks every request up
 * here (a Map lookup, no query), the webhook replaces it after a redirect or treatment changes
 * (and, with several instances sharing Redis, tells the others to re-read theirs at once:
 * lib/cluster), and it is re-read in the background after at most a minute (a backstop for an
 * instance that missed the news). It also knows which treatment addresses exist. It lives on `globalThis` because the proxy and the
 * route handlers are separate bundles with separate module instances in one process.
 */
type Store = {
  table: RedirectTable
  /** Addresses of the published treatments (lower case), from the last successful read. */
  liveTreatmentPaths?: ReadonlySet<string>
  /** Addresses of the published pages built by staff, in every language (lower case). */
  livePagePaths?: ReadonlySet<string>
  loadedAt: number
  loading?: Promise<RedirectTable>
  /** Requests wait for this load: another instance said the table changed (lib/cluster). */
  urgent?: boolean
}

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
  const {table, refused, liveTreatmentPaths, livePagePaths} = buildRedirectTable(
    await getRedirectRows(),
  )
  for (const reason of refused) console.warn(`Redirect refused: ${reason}`)
  setStore({table, liveTreatmentPaths, livePagePaths, loadedAt: Date.now()})
  return table
}

/**
 * The redirects in force for a request. The first request of a process waits for them; later
 * ones get the current table at once while a stale one is refreshed. When the backend cannot be
 * read, the last table stays (or none, if there never was one) and a read is retried later.
 */
export async function currentRedirectTable(): Promise<RedirectTable> {
  const maxAgeMs = tableMaxAgeMs()
  const current = store()
  if (current?.urgent && current.loading) return current.loading
  if (current && Date.now() - current.loadedAt < maxAgeMs) return current.table
  const loading = current?.loading ?? startLoading(current, maxAgeMs)
  return current && current.loadedAt > 0 ? current.table : loading
}

/**
 * Re-reads the redirects now: another instance received a webhook that changed them (requests
 * wait for the new table instead of answering from the old one), or may have while this one was
 * cut off from it (`wait: false`: the current table answers meanwhile). Never throws.
 */
export function refreshRedirectTable({wait = true} = {}): Promise<RedirectTable> {
  return startLoading(store(), tableMaxAgeMs(), {urgent: wait})
}

/**
 * The published treatments' slugs as of the last successful read (null before one): the proxy
 * answers other treatment addresses with one shared, cached 404 page, so random addresses cannot
 * fill the page cache.
 */
export function liveTreatmentPaths(): ReadonlySet<string> | null {
  return store()?.liveTreatmentPaths ?? null
}

/** The published pages' addresses as of the last successful read (null before one); see above. */
export function livePagePaths(): ReadonlySet<string> | null {
  return store()?.livePagePaths ?? null
}

/**
 * How old the table may get before it is re-read in the background: REVALIDATE_SECONDS, at most a
 * minute, so an instance that did not receive a webhook learns of a new page within a minute.
 */
function tableMaxAgeMs(): number {
  return Math.min(readSettings().REVALIDATE_SECONDS, 60) * 1000
}

function startLoading(
  current: Store | undefined,
  maxAgeMs: number,
  {urgent = false} = {},
): Promise<RedirectTable> {
  const loading = reloadRedirectTable().catch((error: unknown) => {
    console.warn('Redirects cannot be read from the content backend; keeping the last ones', error)
    const table = current?.table ?? EMPTY
    setStore({table, loadedAt: Date.now() - maxAgeMs + RETRY_AFTER_FAILURE_MS})
    return table
  })
  setStore({
    table: current?.table ?? EMPTY,
    liveTreatmentPaths: current?.liveTreatmentPaths,
    livePagePaths: current?.livePagePaths,
    loadedAt: current?.loadedAt ?? 0,
    loading,
    urgent,
  })
  return loading
}
