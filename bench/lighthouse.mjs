#!/usr/bin/env node
/*
 * Benchmark (not a test): Lighthouse 12.2.3 (mobile preset) in Debian's Chromium on every page
 * type, N runs each (default 3), medians of the four category scores and of LCP, TBT and CLS.
 *
 *   npm run bench:lighthouse [-- --runs 5 --port 3901]
 *
 * Builds into .next-bench with NEXT_PUBLIC_SITE_URL set to the served origin (so canonical URLs
 * match what Lighthouse loads), starts `next start` on the bundled dataset, and writes
 * bench/results/lighthouse.json (see bench/run-lighthouse.mjs).
 */
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {cpus} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

import {BENCH_PAGES, runLighthouse} from './run-lighthouse.mjs'

const {values} = parseArgs({
  options: {runs: {type: 'string', default: '3'}, port: {type: 'string', default: '3901'}},
})
const runs = Number(values.runs)
const origin = `http://localhost:${values.port}`
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const PAGES = BENCH_PAGES

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-bench',
  NEXT_PUBLIC_SITE_URL: origin,
  NEXT_PUBLIC_SANITY_PROJECT_ID: '',
}
const next = path.join(root, 'node_modules', '.bin', 'next')

console.log('building…')
const build = spawnSync(next, ['build'], {cwd: root, env, stdio: ['ignore', 'ignore', 'inherit']})
if (build.status !== 0) process.exit(build.status ?? 1)

const server = spawn(next, ['start', '-p', values.port], {cwd: root, env, detached: true})
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}
process.on('exit', stopServer)

for (let i = 0; i < 300; i += 1) {
  try {
    if ((await fetch(`${origin}/`)).ok) break
  } catch {
    // not up yet
  }
  await new Promise((resolve) => setTimeout(resolve, 100))
}

const results = await runLighthouse({origin, pages: PAGES, runs}).finally(stopServer)

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
