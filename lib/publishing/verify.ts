import {decodeSignatureHeader, isValidSignature} from '@sanity/webhook'
import {z} from 'zod'

import {isContentType, tagsForChange} from '../content/tags'

import {DEFAULT_LANGUAGE, isLanguageId} from '../shared/languages'

import type {Change} from './pages'

/** A webhook body is a small projection; anything larger is refused before it is read in full. */
export const MAX_WEBHOOK_BODY_BYTES = 64 * 1024
/** A signed delivery older than this is a replay. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000
/** Clock difference tolerated between Sanity and this server before a timestamp is "in the future". */
export const MAX_CLOCK_SKEW_MS = 60 * 1000

const SLUG = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/
const slug = z.string().regex(SLUG, 'not a slug').nullish()

/**
 * The projection the Sanity webhook sends:
 * {_id, _type, "slug": slug.current, "oldSlug": before().slug.current, language}.
 * `language` is the translated document's (absent: English, or a document not translated per document).
 */
export const webhookPayload = z.object({
  _id: z.string().min(1).max(200),
  _type: z.string().refine(isContentType, 'unknown document type'),
  slug,
  oldSlug: slug,
  language: z.string().max(35).nullish(),
})

export type WebhookOutcome =
  {ok: true; tags: string[]; change: Change} | {ok: false; status: 400 | 401 | 413; message: string}

/**
 * Reads at most `limit` bytes of the body; returns null as soon as it is longer, without
 * buffering the rest.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const {done, value} = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Checks the signature (HMAC of "timestamp.body") and that the timestamp is recent. */
export async function isFreshValidSignature(
  body: string,
  header: string | null,
  secret: string,
  now = Date.now(),
): Promise<boolean> {
  if (!header || header.length > 512) return false
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
    if (!(await isValidSignature(body, header, secret))) return false
  } catch {
    return false // malformed header
  }
  return now - timestamp <= MAX_SIGNATURE_AGE_MS && timestamp - now <= MAX_CLOCK_SKEW_MS
}

/** Verifies a webhook delivery and works out which cache tags it invalidates. */
export async function checkWebhook(
  request: Request,
  secret: string,
  now = Date.now(),
): Promise<WebhookOutcome> {
  const body = await readBodyWithin(request, MAX_WEBHOOK_BODY_BYTES)
  if (body === null) return {ok: false, status: 413, message: 'Body too large'}
  const header = request.headers.get('sanity-webhook-signature')
  if (!(await isFreshValidSignature(body, header, secret, now))) {
    return {ok: false, status: 401, message: 'Invalid or expired signature'}
  }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return {ok: false, status: 400, message: 'Body is not JSON'}
  }
  const parsed = webhookPayload.safeParse(json)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    return {ok: false, status: 400, message: `Unexpected payload (${problems.join('; ')})`}
  }
  const {_id, _type, slug: newSlug, oldSlug, language} = parsed.data
  if (!isContentType(_type)) return {ok: false, status: 400, message: 'unknown document type'}
  const slugs = [...new Set([newSlug, oldSlug].filter((slug): slug is string => Boolean(slug)))]
  return {
    ok: true,
    tags: tagsForChange(_type, slugs),
    change: {
      id: _id,
      type: _type,
      slugs,
      language: isLanguageId(language) ? language : DEFAULT_LANGUAGE,
    },
  }
}
