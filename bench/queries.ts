/*
 * Query latency of the local backend (groq-js over an NDJSON file, through lib/content/query-plan.ts)
 * for the site's heaviest queries (a treatment page is two: its address, then the page). Prints JSON: p50/p99 in ms, and the one-off cost of reading
 * the file and building the indexes (paid once per dataset version, not per query).
 *
 *   npx tsx bench/queries.ts --dataset /tmp/scale-10000.ndjson
 */
import {parseArgs} from 'node:util'

import {applyPerspective, DatasetFile, runQuery} from '../lib/content/dataset'
import {treatmentAddressQuery, treatmentPageQuery, treatmentsIndexQuery} from '../sanity/queries'

const {values} = parseArgs({options: {dataset: {type: 'string'}, samples: {type: 'string'}}})
if (!values.dataset) throw new Error('--dataset is required')

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

async function main() {
  const started = performance.now()
  const documents = applyPerspective(
    await new DatasetFile(values.dataset!).documents(),
    'published',
  )
  const loadMs = performance.now() - started
  const sources = documents.filter(
    (doc) => doc._type === 'treatment' && (doc.language ?? 'en') === 'en',
  )
  const slugs = sources.map((doc) => (doc.slug as {current: string}).current)
  const ids = sources.map((doc) => doc._id)
  const first = performance.now()
  await runQuery(documents, treatmentAddressQuery, {slug: slugs[0], lang: 'es'})
  const firstQueryMs = performance.now() - first // builds the indexes it needs

  const measure = async (query: string, params: (i: number) => object, samples: number) => {
    const times: number[] = []
    for (let i = 0; i < samples; i += 1) {
      const start = performance.now()
      await runQuery(documents, query, params(i) as Record<string, unknown>)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    return {p50: percentile(times, 50), p99: percentile(times, 99), samples}
  }
  const samples = Number(values.samples ?? 500)
  const result = {
    documents: documents.length,
    treatments: slugs.length,
    readAndParseMs: loadMs,
    firstQueryMs,
    treatmentAddress: await measure(
      treatmentAddressQuery,
      (i) => ({slug: slugs[(i * 7919) % slugs.length], lang: 'es'}),
      samples,
    ),
    treatmentPage: await measure(
      treatmentPageQuery,
      (i) => {
        const id = ids[(i * 7919) % ids.length]
        return {sourceId: id, textId: id, lang: 'es'}
      },
      samples,
    ),
    treatmentsIndex: await measure(treatmentsIndexQuery, () => ({lang: 'es'}), 5),
  }
  console.log(JSON.stringify(result))
}

void main()
