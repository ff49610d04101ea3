import type {Change} from './pages'

export type Delivery = {change: Change; tags: string[]}

export type BatchOutcome =
  | {
      ok: true
      revalidated: string[]
      regenerated: string[]
      failed: string[]
      /** The caches in front that could not be purged (lib/cluster/front.ts). */
      unpurged: string[]
    }
  | {ok: false; reason: 'backend-unavailable'}

type Batch = {deliveries: Delivery[]; done: Promise<BatchOutcome>}

/** How long a batch waits for more deliveries before it starts (Sanity sends bursts on imports). */
export const BATCH_WINDOW_MS = 200

let queue: Promise<unknown> = Promise.resolve()
let gathering: Batch | undefined

/**
 * Applies webhook deliveries in batches, one batch at a time: a delivery that arrives while a batch
 * runs joins the next one, so a burst of 100 deliveries costs a few rounds of queries and page
 * renders, not 100. Every delivery answers with the outcome of the batch that contained it.
 */
export function applyDelivery(
  delivery: Delivery,
  apply: (deliveries: Delivery[]) => Promise<BatchOutcome>,
): Promise<BatchOutcome> {
  if (!gathering) {
    const batch: Batch = {
      deliveries: [],
      done: Promise.resolve({ok: false, reason: 'backend-unavailable'}),
    }
    batch.done = queue.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, BATCH_WINDOW_MS))
      gathering = undefined // later deliveries form the next batch
      return apply(batch.deliveries)
    })
    queue = batch.done.catch(() => undefined)
    gathering = batch
  }
  gathering.deliveries.push(delivery)
  return gathering.done
}
