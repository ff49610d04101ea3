import {randomUUID} from 'node:crypto'
import type {IncomingMessage, ServerResponse} from 'node:http'

import {Mutation} from '@sanity/mutator'
import {encodeSignatureHeader} from '@sanity/webhook'
import {evaluate, parse} from 'groq-js'
import writeFileAtomic from 'write-file-atomic'

import type {DatasetFile} from '../../lib/content/dataset'
import type {SanityDocument} from '../../lib/content/types'

/*
 * What the real Studio needs from Sanity's API beyond queries (see README "The Studio against a
 * stand-in"): the current user and project, documents by id, the listener, mutations and the
 * document actions, applied with Sanity's own @sanity/mutator to the stand-in's NDJSON file, and the
 * webhook the README tells staff to create, sent on every published change.
 */

export type StudioWebhook = {url: string; secret: string; filter: string; projection: string}
export type StudioOptions = {projectId: string; token: string; webhook?: StudioWebhook}
export type WebhookDelivery = {documentId: string; operation: string; status: number; body: unknown}

type Json = Record<string, unknown>
type RawMutation = Record<string, Json>
type Change = {
  id: string
  before: SanityDocument | null
  after: SanityDocument | null
  mutations: RawMutation[]
}

export const STUDIO_USER = {
  id: 'stand-in-editor',
  name: 'Stand-in Editor',
  email: 'editor@example.com',
  profileImage: null,
  role: 'administrator',
  roles: [{name: 'administrator', title: 'Administrator'}],
  provider: 'sanity',
}

// A document without a revision (the bundled dataset has none) gets this one until it changes.
export const INITIAL_REV = 'stand-in-initial'
const withRev = (doc: SanityDocument): SanityDocument =>
  doc._rev ? doc : ({...doc, _rev: INITIAL_REV} as SanityDocument)

const API = String.raw`^/v(?:\d{4}-\d{2}-\d{2}|1|X)`
const ROUTES = {
  me: new RegExp(`${API}/users/me$`),
  project: new RegExp(`${API}/projects/([^/]+)$`),
  acl: new RegExp(`${API}/projects/([^/]+)/datasets/([^/]+)/acl$`),
  features: new RegExp(`${API}/(?:projects/[^/]+/)?features$`),
  doc: new RegExp(`${API}/data/doc/([^/]+)/([^/]+)$`),
  listen: new RegExp(`${API}/data/listen/([^/]+)$`),
  liveEvents: new RegExp(`${API}/data/live/events/([^/]+)$`),
  checkCors: new RegExp(`${API}/check/cors$`),
  mutate: new RegExp(`${API}/data/mutate/([^/]+)$`),
  actions: new RegExp(`${API}/data/actions/([^/]+)$`),
  historyEvents: new RegExp(`${API}/data/history/([^/]+)/events/documents/([^/]+)$`),
  historyTransactions: new RegExp(`${API}/data/history/([^/]+)/transactions/([^/]+)$`),
}

/** Sanity's listener sends something at least every 45 s or the client reconnects. */
const KEEPALIVE_MS = 10_000

const idOf = (mutation: RawMutation): string => {
  const [body] = Object.values(mutation)
  return String(body?.id ?? body?._id ?? '')
}

export function createStudioApi(
  file: DatasetFile,
  filePath: string,
  dataset: string,
  {projectId, token, webhook}: StudioOptions,
) {
  /** Paths of requests the stand-in does not implement, in order (README lists them). */
  const unknown: string[] = []
  const deliveries: WebhookDelivery[] = []
  const listeners = new Set<{query: string; params: Json; res: ServerResponse; effects: boolean}>()
  let queue: Promise<unknown> = Promise.resolve()

  async function documents() {
    return (await file.documents()).map(withRev)
  }

  /** Applies mutations as one transaction, writes the file, tells the listeners and the webhook. */
  function transact(mutations: RawMutation[], requestedId?: string | null) {
    const transactionId = requestedId || randomUUID()
    const run = async () => {
      const all = await documents()
      const byId = new Map(all.map((doc) => [doc._id, doc]))
      const changes = new Map<string, Change>()
      const timestamp = new Date().toISOString()
      const expanded = (
        await Promise.all(mutations.map((mutation) => byQuery(mutation, all)))
      ).flat()
      for (const mutation of expanded) {
        const id = idOf(mutation)
        if (!id) throw new StandInError(400, 'A mutation names no document id')
        const current = byId.get(id) ?? null
        if ('create' in mutation && current) {
          throw new StandInError(
            409,
            `Document by ID "${id}" already exists`,
            'documentAlreadyExistsError',
          )
        }
        const result = new Mutation({
          mutations: [structuredClone(mutation)],
          transactionId,
          resultRev: transactionId,
          timestamp,
        }).apply(current) as SanityDocument | null
        const change = changes.get(id) ?? {id, before: current, after: null, mutations: []}
        change.after = result
        change.mutations.push(mutation)
        changes.set(id, change)
        if (result) byId.set(id, result)
        else byId.delete(id)
      }
      // Replaced whole (a new file renamed over it): the queries answered meanwhile, from the same
      // file, read the old version or the new one, never half of it (as Sanity's API is atomic).
      await writeFileAtomic(
        filePath,
        [...byId.values()].map((doc) => JSON.stringify(doc)).join('\n') + '\n',
      )
      const list = [...changes.values()].filter(({before, after}) => before || after)
      notify(list, transactionId, timestamp)
      void sendWebhooks(list)
      return {transactionId, changes: list}
    }
    const result = queue.then(run, run)
    queue = result.catch(() => undefined)
    return result
  }

  /**
   * A mutation that names its documents with a GROQ query (`{delete: {query}}`, as the
   * Presentation tool clears expired preview secrets), as one mutation per matching document.
   */
  async function byQuery(mutation: RawMutation, all: SanityDocument[]): Promise<RawMutation[]> {
    const [[kind, body] = []] = Object.entries(mutation)
    if (!kind || typeof body?.query !== 'string') return [mutation]
    const {query, params = {}, ...rest} = body as {query: string; params?: Json}
    const result = await (await evaluate(parse(query, {params}), {dataset: all, params})).get()
    const matched = (Array.isArray(result) ? result : [result]) as Array<{_id?: unknown} | null>
    return matched.flatMap((doc) =>
      typeof doc?._id === 'string' ? [{[kind]: {...rest, id: doc._id}}] : [],
    )
  }

  function notify(changes: Change[], transactionId: string, timestamp: string) {
    changes.forEach((change, index) => {
      for (const listener of listeners) {
        void matches(listener.query, listener.params, change).then((match) => {
          if (!match) return
          const event = {
            eventId: `${transactionId}#${change.id}`,
            documentId: change.id,
            transactionId,
            transition: !change.before ? 'appear' : !change.after ? 'disappear' : 'update',
            identity: STUDIO_USER.id,
            mutations: change.mutations,
            previousRev: change.before?._rev,
            // Sanity sends it on deletions too; the Studio's buffered document needs it.
            resultRev: transactionId,
            timestamp,
            visibility: 'transaction',
            transactionTotalEvents: changes.length,
            transactionCurrentEvent: index + 1,
            ...(listener.effects
              ? // A Mendoza patch that replaces the whole document: valid, if not minimal.
                {effects: {apply: [0, change.after], revert: [0, change.before]}}
              : {}),
          }
          listener.res.write(`event: mutation\ndata: ${JSON.stringify(event)}\n\n`)
        })
      }
    })
  }

  async function matches(query: string, params: Json, change: Change) {
    const doc = change.after ?? change.before
    if (!doc) return false
    try {
      const value = await (await evaluate(parse(query, {params}), {dataset: [doc], params})).get()
      return Array.isArray(value) ? value.length > 0 : Boolean(value)
    } catch {
      return false
    }
  }

  async function sendWebhooks(changes: Change[]) {
    if (!webhook) return
    for (const {id, before, after} of changes) {
      if (id.startsWith('drafts.') || id.startsWith('versions.')) continue
      const doc = after ?? before
      const tree = parse(`*[(${webhook.filter})][0]${webhook.projection}`, {mode: 'delta'})
      const value = await evaluate(tree, {dataset: [doc], before, after})
      const body = await value.get()
      if (body === null) continue
      const payload = JSON.stringify(body)
      const operation = !before ? 'create' : !after ? 'delete' : 'update'
      try {
        const response = await fetch(webhook.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'sanity-webhook-signature': await encodeSignatureHeader(
              payload,
              Date.now(),
              webhook.secret,
            ),
            'sanity-operation': operation,
            'sanity-document-id': id,
            'sanity-project-id': projectId,
            'sanity-dataset': dataset,
            'idempotency-key': randomUUID(),
          },
          body: payload,
        })
        deliveries.push({documentId: id, operation, status: response.status, body})
      } catch (error) {
        deliveries.push({documentId: id, operation, status: 0, body: String(error)})
      }
    }
  }

  /** The mutations that Sanity's document actions stand for. */
  async function actionMutations(actions: Json[]): Promise<RawMutation[]> {
    const byId = new Map((await documents()).map((doc) => [doc._id, doc]))
    const mutations: RawMutation[] = []
    const draftFrom = (draftId: string, publishedId: string) => {
      const published = byId.get(publishedId)
      if (!byId.has(draftId) && published) {
        mutations.push({createIfNotExists: {...published, _id: draftId}})
      }
    }
    for (const action of actions) {
      const draftId = String(action.draftId ?? '')
      const publishedId = String(action.publishedId ?? '')
      switch (action.actionType) {
        case 'sanity.action.document.create':
          mutations.push({create: action.attributes as Json})
          break
        case 'sanity.action.document.replaceDraft':
          mutations.push({createOrReplace: {...(action.attributes as Json), _id: draftId}})
          break
        case 'sanity.action.document.edit':
          draftFrom(draftId, publishedId)
          mutations.push({patch: {...(action.patch as Json), id: draftId}})
          break
        case 'sanity.action.document.publish': {
          const draft = byId.get(draftId)
          if (!draft) throw new StandInError(409, `Draft "${draftId}" does not exist`)
          const published = byId.get(publishedId)
          if (action.ifPublishedRevisionId && published?._rev !== action.ifPublishedRevisionId) {
            throw new StandInError(409, `Published revision of "${publishedId}" has changed`)
          }
          const content: SanityDocument = {...draft}
          delete content._rev
          mutations.push({createOrReplace: {...content, _id: publishedId}}, {delete: {id: draftId}})
          break
        }
        case 'sanity.action.document.unpublish':
          draftFrom(draftId, publishedId)
          mutations.push({delete: {id: publishedId}})
          break
        case 'sanity.action.document.discard':
          mutations.push({delete: {id: draftId}})
          break
        case 'sanity.action.document.delete':
          for (const id of [publishedId, ...((action.includeDrafts as string[]) ?? [])]) {
            mutations.push({delete: {id}})
          }
          break
        default:
          throw new StandInError(400, `Action "${String(action.actionType)}" is not implemented`)
      }
    }
    return mutations
  }

  /** Answers a request of the Studio, or returns false for the caller to handle it. */
  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname
    const send = (status: number, body: unknown) => sendJson(res, status, body)
    const method = req.method ?? 'GET'
    let match: RegExpExecArray | null
    if (ROUTES.me.test(path)) {
      if (req.headers.authorization !== `Bearer ${token}`) return (send(200, {}), true)
      return (send(200, STUDIO_USER), true)
    }
    if ((match = ROUTES.acl.exec(path))) {
      return (
        send(200, [
          {filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create']},
        ]),
        true
      )
    }
    if (ROUTES.features.test(path)) return (send(200, []), true)
    if ((match = ROUTES.project.exec(path))) {
      return (
        send(200, {
          id: match[1],
          displayName: 'Clinic (stand-in)',
          studioHost: null,
          isBlocked: false,
          isDisabled: false,
          members: [
            {id: STUDIO_USER.id, role: 'administrator', isCurrentUser: true, isRobot: false},
          ],
          features: [],
          metadata: {},
        }),
        true
      )
    }
    if ((match = ROUTES.doc.exec(path))) {
      if (match[1] !== dataset) return false
      const ids = decodeURIComponent(match[2] ?? '').split(',')
      const byId = new Map((await documents()).map((doc) => [doc._id, doc]))
      return (
        send(200, {
          documents: ids.flatMap((id) => byId.get(id) ?? []),
          omitted: ids.filter((id) => !byId.has(id)).map((id) => ({id, reason: 'existence'})),
        }),
        true
      )
    }
    if ((match = ROUTES.listen.exec(path))) {
      const query = url.searchParams.get('query') ?? ''
      const params: Json = {}
      for (const [name, value] of url.searchParams) {
        if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
      }
      // No `connection` header: HTTP/2 (the Studio's server) forbids it.
      res.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-cache'})
      res.write(`event: welcome\ndata: ${JSON.stringify({listenerName: randomUUID()})}\n\n`)
      const keepalive = setInterval(() => res.write(':\n\n'), KEEPALIVE_MS)
      const listener = {
        query,
        params,
        res,
        effects: url.searchParams.get('effectFormat') === 'mendoza',
      }
      listeners.add(listener)
      req.on('close', () => {
        clearInterval(keepalive)
        listeners.delete(listener)
      })
      return true
    }
    if ((match = ROUTES.liveEvents.exec(path))) {
      // Sanity's Live Content API: its messages name the sync tags of query answers, and the
      // stand-in's answers carry none, so after `welcome` there is nothing to say but keep-alive.
      res.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-cache'})
      res.write('event: welcome\ndata: {}\n\n')
      const keepalive = setInterval(() => res.write(':\n\n'), KEEPALIVE_MS)
      req.on('close', () => clearInterval(keepalive))
      return true
    }
    // What the client asks when a listener fails: whether this origin may call the API. Every
    // origin may (see the CORS headers in sanity-stand-in.ts).
    if (ROUTES.checkCors.test(path)) {
      return (send(200, {result: {allowed: true, withCredentials: true}}), true)
    }
    // The stand-in keeps no history: the form opens with an empty history, as for a dataset
    // whose history was cleared.
    if (ROUTES.historyEvents.test(path)) return (send(200, {events: {}, nextCursor: ''}), true)
    if (ROUTES.historyTransactions.test(path)) {
      res.writeHead(200, {'content-type': 'application/x-ndjson'})
      return (res.end(), true)
    }
    if ((match = ROUTES.mutate.exec(path)) && method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as {
        mutations?: RawMutation[]
        transactionId?: string
      }
      const {transactionId, changes} = await transact(
        body.mutations ?? [],
        url.searchParams.get('transactionId') ?? body.transactionId,
      )
      const returnDocuments = url.searchParams.get('returnDocuments') === 'true'
      return (
        send(200, {
          transactionId,
          results: changes.map(({id, before, after}) => ({
            id,
            operation: !before ? 'create' : !after ? 'delete' : 'update',
            ...(returnDocuments ? {document: after} : {}),
          })),
          ...(returnDocuments ? {documents: changes.map(({after}) => after)} : {}),
        }),
        true
      )
    }
    if ((match = ROUTES.actions.exec(path)) && method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as {
        actions?: Json[] | Json
        transactionId?: string
      }
      const actions = Array.isArray(body.actions)
        ? body.actions
        : body.actions
          ? [body.actions]
          : []
      const mutations = await actionMutations(actions)
      const {transactionId} = await transact(mutations, body.transactionId)
      return (send(200, {transactionId}), true)
    }
    return false
  }

  return {
    handle,
    unknown,
    deliveries,
    close() {
      for (const {res} of listeners) res.end()
      listeners.clear()
    },
  }
}

export class StandInError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = 'mutationError',
  ) {
    super(message)
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8'})
  res.end(text)
}
