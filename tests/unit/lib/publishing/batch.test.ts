/** @jest-environment node */
import {applyDelivery, BATCH_WINDOW_MS} from '@/lib/publishing/batch'

describe('applyDelivery (webhook deliveries in batches)', () => {
  const delivery = (id: string) => ({
    change: {id, type: 'treatment' as const, slugs: [], language: 'en' as const},
    tags: [id],
  })

  it('applies deliveries that arrive together as one batch, and later ones as the next', async () => {
    const batches: string[][] = []
    let release: () => void = () => undefined
    const apply = async (deliveries: Array<{change: {id: string}}>) => {
      batches.push(deliveries.map(({change}) => change.id))
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve))
      return {ok: true as const, revalidated: [], regenerated: [], failed: [], unpurged: []}
    }
    const first = ['a', 'b', 'c'].map((id) => applyDelivery(delivery(id), apply))
    await new Promise((resolve) => setTimeout(resolve, BATCH_WINDOW_MS + 50))
    // The first batch is running: these wait for the next one.
    const second = ['d', 'e'].map((id) => applyDelivery(delivery(id), apply))
    release()
    const outcomes = await Promise.all([...first, ...second])
    expect(batches).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ])
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
  })

  it('answers every delivery of a failed batch with the failure, and goes on with the next', async () => {
    const failing = jest.fn(async () => ({
      ok: false as const,
      reason: 'backend-unavailable' as const,
    }))
    const outcomes = await Promise.all(['a', 'b'].map((id) => applyDelivery(delivery(id), failing)))
    expect(outcomes).toEqual([
      {ok: false, reason: 'backend-unavailable'},
      {ok: false, reason: 'backend-unavailable'},
    ])
    const fine = jest.fn(async () => ({
      ok: true as const,
      revalidated: [],
      regenerated: [],
      failed: [],
      unpurged: [],
    }))
    expect(await applyDelivery(delivery('c'), fine)).toMatchObject({ok: true})
    expect(failing).toHaveBeenCalledTimes(1)
  })
})
