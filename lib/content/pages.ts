import type {TypedObject} from '@portabletext/types'

import type {TreatmentLink} from '@/components/TreatmentList'

import type {PhysicianCard} from './physicians'

/*
 * Pages built by staff, as pages show them: the blocks of a page's body, each checked for its
 * type and shape. Anything may arrive saved around the Studio's validation (API, import): a
 * block of an unknown type, with a field of the wrong type or without what it needs to say
 * anything is left out, never shown half-broken.
 */

export type CalloutTone = 'info' | 'warning'

export type Faq = {_key: string; question: string; answer: string}

export type PageBlock =
  | {kind: 'richText'; key: string; body: Array<TypedObject & Record<string, unknown>>}
  | {kind: 'callout'; key: string; tone: CalloutTone; text: string}
  | {kind: 'faqList'; key: string; heading: string | null; faqs: Faq[]}
  | {kind: 'callToAction'; key: string; text: string}
  | {kind: 'treatmentList'; key: string; heading: string | null; treatments: TreatmentLink[]}
  | {kind: 'physicianList'; key: string; heading: string | null; physicians: PhysicianCard[]}

/** How the lists' references become cards (the content module's own checks, in the page's language). */
export type ListReshapers = {
  treatments: (rows: unknown[]) => TreatmentLink[]
  physicians: (rows: unknown[]) => PhysicianCard[]
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined) : []

/** Portable Text blocks as the body renderer takes them: objects with a `_type`. */
function portableText(value: unknown): Array<TypedObject & Record<string, unknown>> {
  return list(value).filter(
    (item): item is TypedObject & Record<string, unknown> =>
      typeof item === 'object' && typeof (item as {_type?: unknown})._type === 'string',
  )
}

function toFaqs(value: unknown): Faq[] {
  return list(value).flatMap((item, index) => {
    const row = record(item)
    const question = text(row.question)
    const answer = text(row.answer)
    return question && answer ? [{_key: text(row._key) ?? String(index), question, answer}] : []
  })
}

/**
 * A page's blocks in order, each in the shape its component takes; blocks with nothing to show (an
 * empty list, a call-out without text, an unknown type) are left out. Keys are unique, so each
 * block can give its headings stable ids.
 */
export function toPageBlocks(body: unknown, reshape: ListReshapers): PageBlock[] {
  const seen = new Set<string>()
  return list(body).flatMap((item, index): PageBlock[] => {
    const row = record(item)
    let key = text(row._key) ?? `block-${index}`
    if (seen.has(key)) key = `${key}-${index}`
    seen.add(key)
    const heading = text(row.heading)
    switch (row._type) {
      case 'richText': {
        const body = portableText(row.text)
        return body.length ? [{kind: 'richText', key, body}] : []
      }
      case 'callout': {
        const value = text(row.text)
        const tone: CalloutTone = row.tone === 'warning' ? 'warning' : 'info'
        return value ? [{kind: 'callout', key, tone, text: value}] : []
      }
      case 'faqList': {
        const faqs = toFaqs(row.items)
        return faqs.length ? [{kind: 'faqList', key, heading, faqs}] : []
      }
      case 'callToAction': {
        const value = text(row.text)
        return value ? [{kind: 'callToAction', key, text: value}] : []
      }
      case 'treatmentList': {
        const treatments = reshape.treatments(list(row.treatments))
        return treatments.length ? [{kind: 'treatmentList', key, heading, treatments}] : []
      }
      case 'physicianList': {
        const physicians = reshape.physicians(list(row.physicians))
        return physicians.length ? [{kind: 'physicianList', key, heading, physicians}] : []
      }
      default:
        return []
    }
  })
}
