#!/usr/bin/env node
/*
 * The benchmark (not a test: it prints and records numbers, and never fails because the machine
 * is slow). See bench/results/README.md for what it measures and the last results.
 *
 *   npm run bench                      cached pages vs nginx, bytes, memory, Lighthouse, webhook,
 *                                      the cluster behind its front vs nginx precompressed
 *   npm run bench -- --scale 2000      build, queries and throughput with N synthetic treatments
 *
 * Options: --duration 10 (seconds per autocannon run), --runs 3 (Lighthouse runs per page),
 * --port 3950 (next; nginx uses the next port).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

import {chromium} from '@playwright/test'
import autocannon from 'autocannon'

import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../scripts/chromium.mjs'
import {buildNext, startNextServer} from '../scripts/next-server.mjs'
import {PAGE_PER_TYPE, PAGE_PER_TYPE_AND_LANGUAGE} from '../scripts/public-pages.mjs'
import {benchCluster} from './cluster.mjs'
import {ensureDebianPackage, startStaticNginx} from './nginx.mjs'
import {runLighthouse} from './run-lighthouse.mjs'
import {treeRssMb} from './process-usage.mjs'

const {values} = parseArgs({
  options: {
    scale: {type: 'string'},
    duration: {type: 'string', default: '10'},
    runs: {type: 'string', default: '3'},
    port: {type: 'string', default: '3950'},
  },
})
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(values.port)
const origin = `http://localhost:${port}`
const nginxOrigin = `http://127.0.0.1:${port + 1}`
const duration = Number(values.duration)
const work = mkdtempSync(path.join(tmpdir(), 'bench-'))
// nginx's workers run as www-data when started by root: they must be able to read the pages here
// (mkdtemp makes the folder private; earlier runs measured nginx answering 403 to every request).
chmodSync(work, 0o755)
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
const PAGES = PAGE_PER_TYPE
const round = (number, digits = 1) => Math.round(number * 10 ** digits) / 10 ** digits
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function siteEnv(dataset) {
  return {
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: '.next-bench',
    NEXT_PUBLIC_SITE_URL: origin,
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    ...(dataset ? {CONTENT_DATASET_FILE: dataset} : {}),
  }
}

/** `next build`, sampling the RSS of its process tree; returns its wall time and peak RSS. */
async function measureBuild(env) {
  let peak = 0
  let sampler
  try {
    const {seconds} = await buildNext({
      root,
      env,
      onSpawn: (pid) => {
        sampler = setInterval(() => {
          peak = Math.max(peak, treeRssMb(pid))
        }, 250)
      },
    })
    return {seconds: round(seconds), peakRssMb: Math.round(peak)}
  } finally {
    clearInterval(sampler)
  }
}

/** `next start` on the last build; `firstOkMs` is the time from start to the first 200. */
const startSite = (env) => startNextServer({root, port, env, url: `${origin}/`})

async function load(url, connections, pid) {
  let peakRss = 0
  const sampler = pid
    ? setInterval(() => {
        peakRss = Math.max(peakRss, treeRssMb(pid))
      }, 250)
    : undefined
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: {'accept-encoding': 'gzip'},
  })
  if (sampler) clearInterval(sampler)
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    ...(pid ? {peakRssMb: Math.round(peakRss)} : {}),
  }
}

/** JavaScript and HTML bytes transferred per page, from Chromium's network log. */
async function transferredBytes(pages) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  })
  const result = {}
  try {
    for (const [name, pathname] of Object.entries(pages)) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const responses = []
      page.on('requestfinished', (request) => responses.push(request))
      await page.goto(`${origin}${pathname}`, {waitUntil: 'networkidle'})
      const bytes = {javascript: 0, html: 0, total: 0}
      for (const request of responses) {
        const {responseBodySize, responseHeadersSize} = await request.sizes()
        const size = responseBodySize + responseHeadersSize
        bytes.total += size
        if (request.resourceType() === 'script') bytes.javascript += size
        if (request.resourceType() === 'document') bytes.html += size
      }
      result[name] = {
        javascriptKb: round(bytes.javascript / 1024),
        htmlKb: round(bytes.html / 1024),
        totalKb: round(bytes.total / 1024),
      }
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return result
}

function queryLatency(dataset) {
  const out = execFileSync(tsx, ['bench/queries.ts', '--dataset', dataset], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 10 * 1024 * 1024,
  })
  return JSON.parse(out.trim().split('\n').at(-1))
}

function generate(treatments) {
  const file = path.join(work, `scale-${treatments}.ndjson`)
  execFileSync(
    tsx,
    ['scripts/generate-dataset.ts', '--treatments', String(treatments), '--out', file],
    {cwd: root, stdio: 'ignore'},
  )
  return file
}

async function benchPages() {
  ensureDebianPackage('nginx', 'nginx')
  console.log('building…')
  const build = await measureBuild(siteEnv())
  const site = await startSite(siteEnv())
  // nginx serves the pages' HTML (from the warm Next.js server) as files, compressing each response.
  const files = {}
  for (const pathname of Object.values(PAGES)) {
    files[pathname] = await (await fetch(`${origin}${pathname}`)).text()
  }
  const nginx = await startStaticNginx({work, port: port + 1, files, precompressed: false})
  try {
    for (let i = 0; i < 3; i += 1) {
      for (const pathname of Object.values(PAGES))
        await (await fetch(`${origin}${pathname}`)).text()
    }
    await sleep(1000)
    const idleRssMb = Math.round(treeRssMb(site.pid))
    const throughput = {}
    for (const [name, pathname] of Object.entries(PAGES)) {
      throughput[name] = {}
      for (const connections of [10, 50]) {
        // Alternate which server goes first, so neither always gets the cooler machine.
        const order = connections === 10 ? ['next', 'nginx'] : ['nginx', 'next']
        const runs = {}
        for (const server of order) {
          const url = `${server === 'next' ? origin : nginxOrigin}${pathname}`
          runs[server] = await load(url, connections, server === 'next' ? site.pid : null)
        }
        // A server that answers errors is fast and measures nothing: no ratio from such a run.
        // (A few socket errors in thousands of requests are the loaded machine's, not an answer:
        // up to one in a thousand is recorded with the run.)
        for (const server of order) {
          const tolerated = runs[server].requestsPerSecond * duration * 0.001
          if (runs[server].non2xx > 0 || runs[server].errors > tolerated) {
            const {non2xx, errors} = runs[server]
            throw new Error(`${server} ${pathname}: ${non2xx} non-2xx answers, ${errors} errors`)
          }
        }
        runs.ratio = round(runs.next.requestsPerSecond / runs.nginx.requestsPerSecond, 3)
        throughput[name][`c${connections}`] = runs
        console.log(
          `${name} c=${connections}: next ${runs.next.requestsPerSecond}/s (p99 ${runs.next.p99Ms} ms), nginx ${runs.nginx.requestsPerSecond}/s, ratio ${runs.ratio}`,
        )
      }
    }
    const bytes = await transferredBytes(PAGE_PER_TYPE_AND_LANGUAGE)
    const lighthouse = await runLighthouse({origin, pages: PAGES, runs: Number(values.runs)})
    const peakRssMb = Math.max(
      ...Object.values(throughput).flatMap((page) =>
        Object.values(page).map((runs) => runs.next.peakRssMb),
      ),
    )
    return {
      build,
      serverStartToFirstOkMs: site.firstOkMs,
      rss: {idleMb: idleRssMb, peakUnderLoadMb: peakRssMb},
      throughput,
      bytes,
      lighthouse,
    }
  } finally {
    nginx.stop()
    site.stop()
  }
}

function benchWebhook() {
  const file = path.join(work, 'webhook.json')
  const result = spawnSync(
    'node',
    ['bench/webhook.mjs', '--edits', '20', '--port', String(port + 2), '--json', file],
    {cwd: root, stdio: 'inherit'},
  )
  return result.status === 0 ? JSON.parse(readFileSync(file, 'utf8')) : {error: 'failed'}
}

async function benchScale(treatments) {
  console.log(`generating ${treatments} synthetic treatments…`)
  const dataset = generate(treatments)
  console.log('building…')
  const build = await measureBuild(siteEnv(dataset))
  const queries = {[treatments]: queryLatency(dataset)}
  if (treatments !== 10_000) queries[10_000] = queryLatency(generate(10_000))
  const site = await startSite(siteEnv(dataset))
  try {
    const pages = {
      treatments: '/treatments',
      'a treatment': `/treatments/synthetic-treatment-${Math.ceil(treatments / 2)}`,
    }
    for (const pathname of Object.values(pages)) await (await fetch(`${origin}${pathname}`)).text()
    const throughput = {}
    for (const [name, pathname] of Object.entries(pages)) {
      throughput[name] = await load(`${origin}${pathname}`, 10, site.pid)
      console.log(`${name}: ${throughput[name].requestsPerSecond}/s`)
    }
    return {treatments, build, serverStartToFirstOkMs: site.firstOkMs, queries, throughput}
  } finally {
    site.stop()
  }
}

const resultsFile = path.join(root, 'bench', 'results', 'bench.json')
let results = {}
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8'))
} catch {
  // first run
}
const machine = {cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version}
if (values.scale) {
  results.scale = {
    date: new Date().toISOString(),
    machine,
    ...(await benchScale(Number(values.scale))),
  }
} else {
  results.pages = {date: new Date().toISOString(), machine, ...(await benchPages())}
  results.webhook = {date: new Date().toISOString(), ...benchWebhook()}
  // The cluster on the same build: Redis, two instances and the Varnish front (bench/cluster.mjs).
  results.cluster = await benchCluster({
    root,
    env: siteEnv(),
    port: port + 10,
    duration,
    publishes: 10,
  })
}
mkdirSync(path.dirname(resultsFile), {recursive: true})
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
execFileSync('node', ['bench/report.mjs'], {cwd: root, stdio: 'inherit'})
process.exit(0)
