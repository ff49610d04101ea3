#!/usr/bin/env node
/*
 * Benchmark (not a test): Lighthouse 12.2.3 (mobile preset) in Debian's Chromium on every page
 * type, N runs each (default 3), medians of the four category scores and of LCP, TBT and CLS.
 *
 *   npm run bench:lighthouse [-- --runs 5 --port 3901]
 *
 * Builds into .next-bench with NEXT_PUBLIC_SITE_URL set to the served origin (so canonical URLs
 * match what Lighthouse loads), starts `next start` on the bundled dataset, and writes
 * bench/lighthouse.json. Chromium 156 renamed a trace field Lighthouse 12 reads; the one-line fix is
 * in patches/ (patch-package, applied by `npm install`).
 */
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const {values} = parseArgs({
  options: {runs: {type: 'string', default: '3'}, port: {type: 'string', default: '3901'}},
})
const runs = Number(values.runs)
const origin = `http://localhost:${values.port}`
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const PAGES = {
  home: '/',
  treatments: '/treatments',
  'parent treatment': '/treatments/spine-injections',
  'child treatment': '/treatments/neural-prolotherapy',
  affiliations: '/affiliations',
}

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

// Chromium leaves org.chromium.* folders in the temporary directory: give it its own.
const chromeTmp = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'))
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  envVars: {...process.env, TMPDIR: chromeTmp},
})

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const results = {}
try {
  for (const [name, pathname] of Object.entries(PAGES)) {
    const samples = []
    for (let run = 0; run < runs; run += 1) {
      const {lhr} = await lighthouse(`${origin}${pathname}`, {port: chrome.port, output: 'json'})
      const errored = Object.values(lhr.audits).filter((audit) => audit.errorMessage)
      samples.push({
        scores: Object.fromEntries(
          Object.entries(lhr.categories).map(([id, category]) => [
            id,
            Math.round(category.score * 100),
          ]),
        ),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        failing: Object.values(lhr.categories)
          .filter((category) => category.id !== 'performance')
          .flatMap((category) => category.auditRefs)
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
          .map((ref) => ref.id),
        errors: errored.map((audit) => audit.id),
      })
    }
    const pick = (key) => median(samples.map((sample) => sample.scores[key]))
    results[name] = {
      path: pathname,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      'best-practices': pick('best-practices'),
      seo: pick('seo'),
      lcpMs: Math.round(median(samples.map((sample) => sample.lcp))),
      tbtMs: Math.round(median(samples.map((sample) => sample.tbt))),
      cls: median(samples.map((sample) => sample.cls)),
      failingAudits: [...new Set(samples.flatMap((sample) => sample.failing))],
      auditErrors: [...new Set(samples.flatMap((sample) => sample.errors))],
    }
    console.log(name, JSON.stringify(results[name]))
  }
} finally {
  await chrome.kill()
  rmSync(chromeTmp, {recursive: true, force: true})
  stopServer()
}

const record = {
  date: new Date().toISOString(),
  machine: {cpus: cpus().length, node: process.version},
  lighthouse: '12.2.3 (mobile preset)',
  runsPerPage: runs,
  pages: results,
}
mkdirSync(path.join(root, 'bench'), {recursive: true})
writeFileSync(path.join(root, 'bench', 'lighthouse.json'), `${JSON.stringify(record, null, 2)}\n`)
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
