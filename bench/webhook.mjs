#!/usr/bin/env node
/*
 * Benchmark (not a test): time from a signed webhook's response to the first request that shows
 * the published change, over N edits (default 20) on the bundled-dataset backend.
 *
 *   npm run bench:webhook [-- --edits 50 --port 3900 --json results.json]
 *
 * Builds into .next-bench, starts `next start` on a copy of the dataset, edits a treatment's
 * summary, sends the signed webhook, then requests the page until it shows the edit.
 */
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

import {encodeSignatureHeader} from '@sanity/webhook'
import writeFileAtomic from 'write-file-atomic'

import {buildNext, startNextServer} from '../scripts/next-server.mjs'

const {values} = parseArgs({
  options: {
    edits: {type: 'string', default: '20'},
    port: {type: 'string', default: '3900'},
    json: {type: 'string'},
  },
})
const edits = Number(values.edits)
const origin = `http://127.0.0.1:${values.port}`
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = mkdtempSync(path.join(tmpdir(), 'bench-webhook-'))
const dataset = path.join(work, 'dataset.ndjson')
copyFileSync(path.join(root, 'sanity', 'data', 'production.ndjson'), dataset)

const secret = 'bench-webhook-secret'
const env = {
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-bench',
  CONTENT_DATASET_FILE: dataset,
  SANITY_REVALIDATE_SECRET: secret,
  NEXT_PUBLIC_SANITY_PROJECT_ID: '',
}

console.log('building…')
await buildNext({root, env})
const server = await startNextServer({root, port: Number(values.port), env})

function setSummary(text) {
  const lines = readFileSync(dataset, 'utf8').split('\n')
  const edited = lines.map((line) => {
    if (!line.includes('"_id":"treatment-neural-prolotherapy"')) return line
    return JSON.stringify({...JSON.parse(line), summary: text})
  })
  writeFileAtomic.sync(dataset, edited.join('\n'))
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const summary = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  return {median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)}
}

const page = `${origin}/treatments/neural-prolotherapy`
await fetch(page)

const webhookMs = []
const visibleMs = []
const requestsNeeded = []
for (let i = 1; i <= edits; i += 1) {
  const marker = `Benchmark edit ${i} ${Date.now()}`
  setSummary(marker)
  const body = JSON.stringify({
    _id: 'treatment-neural-prolotherapy',
    _type: 'treatment',
    slug: 'neural-prolotherapy',
  })
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  const sent = performance.now()
  const response = await fetch(`${origin}/api/revalidate`, {
    method: 'POST',
    headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature},
    body,
  })
  await response.text()
  const answered = performance.now()
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`)
  let requests = 0
  for (;;) {
    requests += 1
    if ((await (await fetch(page)).text()).includes(marker)) break
    if (requests > 10_000) throw new Error('the change never showed')
  }
  webhookMs.push(answered - sent)
  visibleMs.push(performance.now() - answered)
  requestsNeeded.push(requests)
}

const fmt = ({median, p95, max}) =>
  `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms`
console.log(`\n${edits} edits, bundled dataset, ${process.version}`)
console.log(`webhook round trip (verify + regenerate pages):  ${fmt(summary(webhookMs))}`)
console.log(`webhook response -> first request showing it:    ${fmt(summary(visibleMs))}`)
console.log(
  `requests until the change showed: ${[...new Set(requestsNeeded)].join(', ')} (1 = the very next request)`,
)
if (values.json) {
  const record = {
    edits,
    webhookRoundTripMs: summary(webhookMs),
    visibleAfterResponseMs: summary(visibleMs),
    requestsUntilVisible: [...new Set(requestsNeeded)],
  }
  writeFileSync(values.json, JSON.stringify(record, null, 2))
}
server.stop()
process.exit(0)
