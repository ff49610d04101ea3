#!/usr/bin/env node
/*
 * Soak (not a test): 60 s at 50 connections over a mix of pages and random unknown slugs against a
 * real `next start` on the bundled dataset; counts 5xx and socket errors, and compares the server's
 * RSS after the run with its warm level. Writes bench/results/soak.json.
 *
 * RSS is sampled every second during the run and every 5 s for a minute after it: under load V8
 * keeps a larger heap (measured: about 320 MB, flat over four back-to-back runs, so nothing
 * accumulates), and gives it back only after some seconds without requests.
 *
 *   npm run soak [-- --duration 60 --connections 50 --port 3970]
 */
import {readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

import autocannon from 'autocannon'

import {buildNext, startNextServer} from '../scripts/next-server.mjs'
import {PAGE_PER_TYPE} from '../scripts/public-pages.mjs'

import {treeRssMb} from './process-usage.mjs'

const {values} = parseArgs({
  options: {
    duration: {type: 'string', default: '60'},
    connections: {type: 'string', default: '50'},
    port: {type: 'string', default: '3970'},
    cooldown: {type: 'string', default: '60'},
  },
})
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const origin = `http://127.0.0.1:${values.port}`
const env = {
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-bench',
  NEXT_PUBLIC_SANITY_PROJECT_ID: '',
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

console.log('building…')
await buildNext({root, env})
const server = await startNextServer({root, port: Number(values.port), env})

// One page of each type, and the search page (rendered per request).
const PAGES = [...Object.values(PAGE_PER_TYPE), '/search?q=injection']
const randomSlug = () => `/treatments/soak-${Math.random().toString(36).slice(2, 12)}`
// Warm the pages and a first round of 404s (the level to compare with).
for (let round = 0; round < 3; round += 1)
  for (const page of PAGES) await (await fetch(`${origin}${page}`)).text()
for (let i = 0; i < 500; i += 1) await (await fetch(`${origin}${randomSlug()}`)).text()
await sleep(2000)
const warmRss = Math.round(treeRssMb(server.pid))

let unknownSlugs = 0
const statuses = {}
let peakRss = warmRss
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, Math.round(treeRssMb(server.pid)))
}, 1000)
const result = await autocannon({
  url: origin,
  connections: Number(values.connections),
  duration: Number(values.duration),
  requests: [
    {
      setupRequest: (request) => {
        // Half known pages, half random unknown slugs (10,000 or more in a 60 s run).
        if (Math.random() < 0.5)
          return {...request, path: PAGES[Math.floor(Math.random() * PAGES.length)]}
        unknownSlugs += 1
        return {...request, path: randomSlug()}
      },
    },
  ],
})
clearInterval(sampler)
for (const [key, value] of Object.entries(result.statusCodeStats ?? {})) statuses[key] = value.count
const afterRunRss = {}
for (let seconds = 5; seconds <= Number(values.cooldown); seconds += 5) {
  await sleep(5000)
  afterRunRss[`${seconds}s`] = Math.round(treeRssMb(server.pid))
}
const afterRss = Object.values(afterRunRss).at(-1)
// Pages the page cache wrote for the random addresses (there should be none).
const cachedUnknownPages = readdirSync(path.join(root, env.NEXT_DIST_DIR, 'server', 'app'), {
  recursive: true,
}).filter((file) => String(file).includes('soak-')).length
const record = {
  date: new Date().toISOString(),
  node: process.version,
  durationSeconds: Number(values.duration),
  connections: Number(values.connections),
  requests: result.requests.total,
  unknownSlugs,
  cachedUnknownPages,
  statuses,
  fiveHundreds: Object.entries(statuses)
    .filter(([code]) => code.startsWith('5'))
    .reduce((sum, [, count]) => sum + count, 0),
  socketErrors: result.errors,
  timeouts: result.timeouts,
  latencyMs: {p50: result.latency.p50, p99: result.latency.p99},
  rssMb: {
    warm: warmRss,
    peakDuringRun: peakRss,
    afterRun: afterRunRss,
    difference: afterRss - warmRss,
  },
}
console.log(JSON.stringify(record, null, 2))
writeFileSync(
  path.join(root, 'bench', 'results', 'soak.json'),
  `${JSON.stringify(record, null, 2)}\n`,
)
server.stop()
process.exit(0)
