#!/usr/bin/env node
/*
 * Benchmark (not a test): Lighthouse 12.2.3 (mobile preset) in Debian's Chromium on every page
 * type, N runs each (default 3), medians of the four category scores and of LCP, TBT and CLS.
 *
 *   npm run bench:lighthouse [-- --runs 5 --port 3901]
 *
 * Builds into .next-bench with NEXT_PUBLIC_SITE_URL set to the served origin (so canonical URLs
 * match what Lighthouse loads), starts `next start` on the example dataset (the bundled content
 * plus fictional physicians and a second office), and writes
 * bench/results/lighthouse.json (see bench/run-lighthouse.mjs).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {cpus} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

import {buildNext, startNextServer} from '../scripts/next-server.mjs'
import {PAGE_PER_TYPE_AND_LANGUAGE} from '../scripts/public-pages.mjs'

import {runLighthouse} from './run-lighthouse.mjs'

const {values} = parseArgs({
  options: {runs: {type: 'string', default: '3'}, port: {type: 'string', default: '3901'}},
})
const runs = Number(values.runs)
const origin = `http://localhost:${values.port}`
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
// Every page type in English, and each one in Spanish and Chinese; the physicians' pages and a
// second location exist in the example dataset (the bundled content plus fictional entries).
const PAGES = {
  ...PAGE_PER_TYPE_AND_LANGUAGE,
  physicians: '/physicians',
  physician: '/physicians/example-person',
  'physician (zh-Hans)': '/zh/physicians/sample-doctor',
  'location (es)': '/es/locations/pasadena-office',
}

const env = {
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-bench',
  NEXT_PUBLIC_SITE_URL: origin,
  NEXT_PUBLIC_SANITY_PROJECT_ID: '',
  CONTENT_DATASET_FILE: path.join(root, 'sanity', 'data', 'example.ndjson'),
}

console.log('building…')
await buildNext({root, env})
const server = await startNextServer({root, port: Number(values.port), env, url: `${origin}/`})

const results = await runLighthouse({origin, pages: PAGES, runs}).finally(server.stop)

const record = {
  date: new Date().toISOString(),
  machine: {cpus: cpus().length, node: process.version},
  lighthouse: '12.2.3 (mobile preset)',
  runsPerPage: runs,
  pages: results,
}
mkdirSync(path.join(root, 'bench', 'results'), {recursive: true})
writeFileSync(
  path.join(root, 'bench', 'results', 'lighthouse.json'),
  `${JSON.stringify(record, null, 2)}\n`,
)
console.table(
  Object.fromEntries(
    Object.entries(results).map(([name, r]) => [
      name,
      {
        perf: r.performance,
        a11y: r.accessibility,
        bp: r['best-practices'],
        seo: r.seo,
        'LCP ms': r.lcpMs,
        'TBT ms': r.tbtMs,
        CLS: r.cls,
      },
    ]),
  ),
)
process.exit(0)
