import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {createSecureServer, type Http2Session} from 'node:http2'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {WebSocketServer} from 'ws'

import {applyPerspective, DatasetFile, runQuery} from '../../lib/content/dataset'
import type {Perspective, QueryParams, SanityDocument} from '../../lib/content/types'

import {
  createStudioApi,
  INITIAL_REV,
  readBody,
  sendJson,
  StandInError,
  type StudioOptions,
  type WebhookDelivery,
} from './stand-in-studio'

/*
 * A small stand-in for Sanity's HTTP query API, so the hosted path (the real @sanity/client over
 * HTTP) is tested offline: GET and POST /v{apiVersion}/data/query/{dataset}, answered with
 * {query, result, ms} computed by groq-js over an NDJSON file. Only what the site uses is
 * implemented; anything else answers 404 like the real API does for unknown endpoints.
 */

export type StandInRequest = {method: string; path: string; perspective: string | null}

export type StandIn = {
  url: string
  port: number
  /** Every query request received, in order. */
  requests: StandInRequest[]
  /** With `studio.httpsPort`: the same API over HTTP/2 and TLS, for the Studio in a browser. */
  studioUrl?: string
  /** With `studio`: paths of the requests it does not implement, and the webhooks it sent. */
  unknown: string[]
  deliveries: WebhookDelivery[]
  close(): Promise<void>
}

export type StandInOptions = {
  datasetFile: string
  dataset?: string
  port?: number
  host?: string
  /**
   * Also what the real Studio needs (tests/support/stand-in-studio.ts), for this project. The
   * Studio keeps about ten listeners open; a browser opens at most six HTTP/1.1 connections to a
   * host, so in a browser it needs HTTP/2, which browsers speak only over TLS: `httpsPort` starts
   * that server too, with a self-signed certificate for localhost (the browser must ignore
   * certificate errors).
   */
  studio?: StudioOptions & {httpsPort?: number}
}

const QUERY_PATH = /^\/v(?:\d{4}-\d{2}-\d{2}|1|X)\/data\/query\/([^/]+)$/

export async function startStandIn({
  datasetFile,
  dataset = 'production',
  port = 0,
  host = '127.0.0.1',
  studio,
}: StandInOptions): Promise<StandIn> {
  const file = new DatasetFile(datasetFile)
  const studioApi = studio ? createStudioApi(file, datasetFile, dataset, studio) : null
  const requests: StandInRequest[] = []
  let outage: 'fail' | 'hang' | null = null

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    // The Studio calls from the site's origin with a token: CORS as sanity.io/manage sets it up.
    if (studioApi && req.headers.origin) {
      res.setHeader('access-control-allow-origin', req.headers.origin)
      res.setHeader('access-control-allow-credentials', 'true')
      res.setHeader('vary', 'origin')
    }
    handle(req, res).catch((error: unknown) => {
      if (error instanceof StandInError) {
        return sendJson(res, error.status, {
          error: {description: error.message, type: error.type},
        })
      }
      sendJson(res, 500, {error: {description: String(error)}})
    })
  }
  const server: Server = createServer(listener)

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://stand-in')
    if (studioApi && req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      })
      return res.end()
    }
    if (url.pathname === '/__stand-in/unknown') return sendJson(res, 200, studioApi?.unknown ?? [])
    if (url.pathname === '/__stand-in/webhooks') {
      return sendJson(res, 200, studioApi?.deliveries ?? [])
    }
    if (studioApi && (await studioApi.handle(req, res, url))) return
    // Test hooks, not part of Sanity's API: how many queries were answered so far, and an outage
    // switch: POST /__stand-in/mode/fail answers 503 like an unavailable API, .../hang never
    // answers queries, .../ok recovers.
    if (url.pathname === '/__stand-in/requests') return sendJson(res, 200, {count: requests.length})
    const mode = /^\/__stand-in\/mode\/(ok|fail|hang)$/.exec(url.pathname)
    if (mode && req.method === 'POST') {
      outage = mode[1] === 'ok' ? null : (mode[1] as 'fail' | 'hang')
      return sendJson(res, 200, {outage})
    }
    const match = QUERY_PATH.exec(url.pathname)
    if (!match || (req.method !== 'GET' && req.method !== 'POST')) {
      if (studioApi) {
        // Each once: the Studio repeats some of them every few seconds.
        const request = `${req.method} ${url.pathname}`
        if (!studioApi.unknown.includes(request)) {
          studioApi.unknown.push(request)
          console.warn(`stand-in: not implemented: ${request}`)
        }
      }
      // Sanity's shape for an unknown endpoint.
      return sendJson(res, 404, {statusCode: 404, error: 'Not Found', message: 'Not found'})
    }
    const perspectiveParam = url.searchParams.get('perspective')
    requests.push({method: req.method, path: url.pathname, perspective: perspectiveParam})
    if (decodeURIComponent(match[1] ?? '') !== dataset) {
      return sendJson(res, 404, {error: {description: `Dataset "${match[1]}" not found`}})
    }

    let query: string | null
    let params: QueryParams
    if (req.method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as {
        query?: string
        params?: QueryParams
      }
      query = body.query ?? null
      params = body.params ?? {}
    } else {
      query = url.searchParams.get('query')
      params = {}
      for (const [name, value] of url.searchParams) {
        if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
      }
    }
    if (!query)
      return sendJson(res, 400, {error: {description: 'The "query" parameter is missing'}})
    if (outage === 'fail') {
      return sendJson(res, 503, {error: {description: 'Service unavailable (stand-in outage)'}})
    }
    if (outage === 'hang') return // the client's timeout must end the request

    // The Studio asks for `raw`, `drafts` or a stack such as `drafts,published`.
    const perspective: Perspective = perspectiveParam?.split(',').includes('drafts')
      ? 'drafts'
      : 'published'
    const started = performance.now()
    // `raw` (what the Studio's validation reads drafts with): published and draft documents as
    // they are stored, without system documents.
    const documents =
      perspectiveParam === 'raw'
        ? (await file.documents())
            .filter(({_id}) => !_id.startsWith('_.'))
            .map((doc) => (studioApi && !doc._rev ? {...doc, _rev: INITIAL_REV} : doc))
        : applyPerspective(await file.documents(), perspective)
    let result: unknown
    try {
      result = await runQuery(documents, query, params)
    } catch (error) {
      return sendJson(res, 400, {error: {description: String(error), type: 'queryParseError'}})
    }
    const ms = Math.round(performance.now() - started)
    if (url.searchParams.get('resultSourceMap')) {
      const resultSourceMap = approximateSourceMap(result, documents)
      return sendJson(res, 200, {query, result, resultSourceMap, ms})
    }
    sendJson(res, 200, {query, result, ms})
  }

  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  const {port: actualPort} = server.address() as AddressInfo

  let secure: {url: string; close(): Promise<void>} | undefined
  if (studio?.httpsPort !== undefined) secure = await startSecure(listener, studio.httpsPort)
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    requests,
    studioUrl: secure?.url,
    unknown: studioApi?.unknown ?? [],
    deliveries: studioApi?.deliveries ?? [],
    close: async () => {
      studioApi?.close()
      await secure?.close()
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
    },
  }
}

/** The same handler over HTTP/2 and TLS on localhost, with a certificate made for the run. */
async function startSecure(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'stand-in-tls-'))
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')]
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,DNS:*.localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    {stdio: 'ignore'},
  )
  const server = createSecureServer(
    {
      key: readFileSync(key),
      cert: readFileSync(cert),
      allowHTTP1: true,
      // The Studio keeps a listener open per preview it shows.
      settings: {maxConcurrentStreams: 1000},
    },
    listener as unknown as Parameters<typeof createSecureServer>[1],
  )
  rmSync(dir, {recursive: true, force: true})
  // The Studio's socket (presence, `/v…/socket/<dataset>`): accepted and left silent, so nobody
  // else shows as present; without it the Studio throws "WebSocket connection error".
  const sockets = new WebSocketServer({noServer: true})
  server.on('upgrade', (req: IncomingMessage, socket, head) => {
    if (/^\/v[^/]+\/socket\//.test(req.url ?? '')) {
      sockets.handleUpgrade(req, socket, head, () => {})
    } else socket.destroy()
  })
  const sessions = new Set<Http2Session>()
  server.on('session', (session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const {port: actual} = server.address() as AddressInfo
  return {
    url: `https://localhost:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.destroy()
        for (const client of sockets.clients) client.terminate()
        sockets.close()
        server.close(() => resolve())
      }),
  }
}

type Segment = string | number
const jsonPath = (path: Segment[]) =>
  `$${path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `['${segment.replace(/['\\]/g, '\\$&')}']`)).join('')}`

/**
 * Sanity computes a content source map from the query; groq-js cannot, so the stand-in maps each
 * string of the result to the first document field that holds the same string. That is enough for
 * @sanity/client to stega-encode preview strings the way it does against the real API.
 */
export function approximateSourceMap(result: unknown, documents: readonly SanityDocument[]) {
  const sources = new Map<string, {document: number; path: Segment[]}>()
  const collect = (value: unknown, document: number, path: Segment[]) => {
    if (typeof value === 'string') {
      if (value && !sources.has(value)) sources.set(value, {document, path})
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => collect(item, document, [...path, index]))
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!key.startsWith('_')) collect(item, document, [...path, key])
      }
    }
  }
  documents.forEach((document, index) => collect(document, index, []))

  const usedDocuments: Array<{_id: string; _type: string}> = []
  const paths: string[] = []
  const mappings: Record<string, unknown> = {}
  const map = (value: unknown, path: Segment[]) => {
    if (typeof value === 'string') {
      const source = sources.get(value)
      if (!source) return
      const document = documents[source.document]!
      let documentIndex = usedDocuments.findIndex(({_id}) => _id === document._id)
      if (documentIndex < 0)
        documentIndex = usedDocuments.push({_id: document._id, _type: document._type}) - 1
      const pathIndex = paths.push(jsonPath(source.path)) - 1
      mappings[jsonPath(path)] = {
        type: 'value',
        source: {type: 'documentValue', document: documentIndex, path: pathIndex},
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => map(item, [...path, index]))
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value))
        if (!key.startsWith('_')) map(item, [...path, key])
    }
  }
  map(result, [])
  return {documents: usedDocuments, paths, mappings}
}
