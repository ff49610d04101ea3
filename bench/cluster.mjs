#!/usr/bin/env node
/*
 * Benchmark (not a test): the cluster (Redis, two `next start` instances, the Varnish front of
 * deploy/varnish/clinic.vcl) against the fastest static server on the same bytes: nginx with the
 * page precompressed (gzip_static) and a worker per core, both loaded by wrk (Debian's; one
 * autocannon thread was the bottleneck against nginx). Also: publish → visible through the front,
 * and one against two instances for what reaches Node.js (search, unknown addresses).
 *
 *   npm run bench:cluster [-- --duration 10 --port 3960 --publishes 10 --no-build]
 *
 * Run by `npm run bench` after the single-process figures (on the same build); standalone it
 * builds into .next-bench first. Writes `cluster` into bench/results/bench.json.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

import {encodeSignatureHeader} from '@sanity/webhook'
import writeFileAtomic from 'write-file-atomic'

import {buildNext, startNextServer} from '../scripts/next-server.mjs'
import {ensureDebianPackage, startStaticNginx} from './nginx.mjs'
import {treeCpuSeconds} from './process-usage.mjs'
import {PAGE_PER_TYPE} from '../scripts/public-pages.mjs'
import {startRedisServer} from '../scripts/redis-server.mjs'
import {ensureVarnishInstalled, startVarnishFront} from '../scripts/varnish-front.mjs'

const round = (number, digits = 1) => Math.round(number * 10 ** digits) / 10 ** digits
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const SECRET = 'bench-cluster-secret'
const CONNECTIONS = [10, 50, 100]
/** Pages that no cache can hold: every request reaches an instance. */
const UNCACHED = {search: '/search?q=back', 'unknown address': '/treatments/no-such-treatment'}

/**
 * wrk's figures for one run (two threads, gzip accepted, as a browser); with `pid`, also the CPU
 * time that server (its whole process tree) spent per request, which depends far less than the
 * rate on what else the machine does at the time.
 */
function wrk(url, connections, duration, pid) {
  const cpuBefore = pid ? treeCpuSeconds(pid) : 0
  const out = execFileSync(
    'wrk',
    ['-t2', `-c${connections}`, `-d${duration}s`, '--latency', '-H', 'Accept-Encoding: gzip', url],
    {encoding: 'utf8'},
  )
  const number = (pattern) => Number(pattern.exec(out)?.[1] ?? 0)
  const ms = (percent) => {
    const match = new RegExp(`^\\s+${percent}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out)
    if (!match) return null
    const factor = {us: 0.001, ms: 1, s: 1000}[match[2]]
    return round(Number(match[1]) * factor, 2)
  }
  const requests = number(/(\d+) requests in/)
  const cpuMicrosPerRequest =
    pid && requests > 0 ? Math.round(((treeCpuSeconds(pid) - cpuBefore) / requests) * 1e6) : null
  return {
    requestsPerSecond: Math.round(number(/Requests\/sec:\s+([\d.]+)/)),
    ...(cpuMicrosPerRequest === null ? {} : {cpuMicrosPerRequest}),
    p50Ms: ms(50),
    p99Ms: ms(99),
    non2xx: number(/Non-2xx or 3xx responses:\s+(\d+)/),
    errors: [...out.matchAll(/(connect|read|write|timeout) (\d+)/g)].reduce(
      (sum, match) => sum + Number(match[2]),
      0,
    ),
  }
}

/**
 * @param {object} options
 * @param {string} options.root the project folder (built into .next-bench)
 * @param {Record<string, string>} options.env the build's settings
 * @param {number} options.port the front's; the instances, nginx and a one-instance front follow
 * @param {number} options.duration seconds per wrk run
 * @param {number} options.publishes how many publishes to time
 */
export async function benchCluster({root, env, port, duration, publishes}) {
  ensureDebianPackage('wrk', 'wrk')
  ensureDebianPackage('nginx', 'nginx')
  ensureDebianPackage('redis-server', 'redis-server')
  ensureVarnishInstalled()
  const work = mkdtempSync(path.join(tmpdir(), 'bench-cluster-'))
  chmodSync(work, 0o755) // nginx's workers run as www-data
  const dataset = path.join(work, 'dataset.ndjson')
  copyFileSync(path.join(root, 'sanity', 'data', 'production.ndjson'), dataset)
  const front = `http://127.0.0.1:${port}`
  const [portA, portB, portNginx, portSingle] = [port + 1, port + 2, port + 3, port + 4]
  const stops = []
  try {
    const redis = await startRedisServer()
    stops.push(() => redis.close())
    const instanceEnv = {
      ...env,
      NODE_ENV: 'production',
      CONTENT_DATASET_FILE: dataset,
      SANITY_REVALIDATE_SECRET: SECRET,
      REDIS_URL: redis.url,
      CACHE_PURGE_URLS: `${front},http://127.0.0.1:${portSingle}`,
    }
    for (const instancePort of [portA, portB]) {
      const server = await startNextServer({root, port: instancePort, env: instanceEnv})
      stops.push(server.stop)
    }
    const both = await startVarnishFront({
      root,
      port,
      instances: [portA, portB].map((instancePort) => ({host: '127.0.0.1', port: instancePort})),
    })
    stops.push(both.stop)
    const single = await startVarnishFront({
      root,
      port: portSingle,
      instances: [{host: '127.0.0.1', port: portA}],
    })
    stops.push(single.stop)

    // The same bytes nginx serves: the pages as the front serves them.
    const files = {}
    for (const pathname of Object.values(PAGE_PER_TYPE)) {
      const response = await fetch(`${front}${pathname}`)
      files[pathname] = await response.text()
      const again = await fetch(`${front}${pathname}`, {headers: {'accept-encoding': 'gzip'}})
      await again.arrayBuffer()
      const cache = again.headers.get('x-front-cache')
      if (cache !== 'HIT') throw new Error(`${pathname} through the front: ${cache}, not HIT`)
    }
    const nginx = await startStaticNginx({work, port: portNginx, files, precompressed: true})
    stops.push(nginx.stop)

    const cached = {}
    for (const [name, pathname] of Object.entries(PAGE_PER_TYPE)) {
      cached[name] = {}
      for (const connections of CONNECTIONS) {
        // Alternate which server goes first, so neither always gets the cooler machine.
        const order = connections === 50 ? ['nginx', 'front'] : ['front', 'nginx']
        const runs = {}
        for (const server of order) {
          const [origin, pid] =
            server === 'front' ? [front, both.pid] : [`http://127.0.0.1:${portNginx}`, nginx.pid]
          runs[server] = wrk(`${origin}${pathname}`, connections, duration, pid)
          if (runs[server].non2xx > 0) {
            throw new Error(`${server} ${pathname}: ${runs[server].non2xx} non-2xx answers`)
          }
        }
        runs.ratio = round(runs.front.requestsPerSecond / runs.nginx.requestsPerSecond, 3)
        cached[name][`c${connections}`] = runs
        console.log(
          `cluster ${name} c=${connections}: front ${runs.front.requestsPerSecond}/s (p99 ${runs.front.p99Ms} ms, ${runs.front.cpuMicrosPerRequest} µs CPU each), nginx ${runs.nginx.requestsPerSecond}/s (${runs.nginx.cpuMicrosPerRequest} µs CPU each), ratio ${runs.ratio}`,
        )
      }
    }

    const reachingNode = {}
    for (const [name, pathname] of Object.entries(UNCACHED)) {
      const one = wrk(`http://127.0.0.1:${portSingle}${pathname}`, 10, duration)
      const two = wrk(`${front}${pathname}`, 10, duration)
      reachingNode[name] = {oneInstance: one, twoInstances: two}
      console.log(
        `cluster ${name} c=10: one instance ${one.requestsPerSecond}/s, two ${two.requestsPerSecond}/s`,
      )
    }

    const publish = await timePublishes({
      dataset,
      front,
      instanceA: `http://127.0.0.1:${portA}`,
      publishes,
    })
    console.log(
      `cluster publish → visible through the front: median ${publish.visibleMs.median} ms (webhook answered in ${publish.webhookMs.median} ms)`,
    )
    return {
      date: new Date().toISOString(),
      machine: {cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version},
      // `wrk -v` prints its version and exits 1.
      wrk: spawnSync('wrk', ['-v'], {encoding: 'utf8'}).stdout.split('\n')[0] || 'wrk',
      cached,
      reachingNode,
      publish,
    }
  } finally {
    for (const stop of stops.reverse()) await stop()
  }
}

/**
 * Edits a treatment, sends the signed webhook to instance A, and times until the front shows the
 * change and until the webhook answers (it has then regenerated every page that shows it).
 */
async function timePublishes({dataset, front, instanceA, publishes}) {
  const page = '/treatments/neural-prolotherapy'
  const visible = []
  const answered = []
  for (let edit = 0; edit < publishes; edit += 1) {
    const marker = `Published through the cluster ${Date.now()}-${edit}`
    const lines = readFileSync(dataset, 'utf8').split('\n')
    const edited = lines.map((line) =>
      line.includes('"_id":"treatment-neural-prolotherapy"')
        ? JSON.stringify({...JSON.parse(line), summary: marker})
        : line,
    )
    writeFileAtomic.sync(dataset, edited.join('\n'))
    const body = JSON.stringify({
      _id: 'treatment-neural-prolotherapy',
      _type: 'treatment',
      slug: 'neural-prolotherapy',
    })
    const started = performance.now()
    // The front is watched while the webhook is still at work: the changed page is purged as soon
    // as it is regenerated, before the pages that list it.
    const delivery = fetch(`${instanceA}/api/revalidate`, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), SECRET),
      },
    }).then(async (response) => {
      await response.arrayBuffer()
      answered.push(performance.now() - started)
      if (!response.ok) throw new Error(`webhook answered ${response.status}`)
    })
    let failed
    delivery.catch((error) => (failed = error))
    for (;;) {
      if (failed) throw failed
      if ((await (await fetch(`${front}${page}`)).text()).includes(marker)) break
      if (performance.now() - started > 30_000) throw new Error('not visible within 30 s')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    visible.push(performance.now() - started)
    await delivery
  }
  return {
    publishes,
    visibleMs: {median: Math.round(median(visible)), max: Math.round(Math.max(...visible))},
    webhookMs: {median: Math.round(median(answered)), max: Math.round(Math.max(...answered))},
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {
      duration: {type: 'string', default: '10'},
      port: {type: 'string', default: '3960'},
      publishes: {type: 'string', default: '10'},
      'no-build': {type: 'boolean', default: false},
    },
  })
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
  const env = {
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: '.next-bench',
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
  }
  // --no-build: the last .next-bench build (made by npm run bench or by this script).
  if (values['no-build']) console.log('using the last build (.next-bench)')
  else {
    console.log('building…')
    await buildNext({root, env})
  }
  const cluster = await benchCluster({
    root,
    env,
    port: Number(values.port),
    duration: Number(values.duration),
    publishes: Number(values.publishes),
  })
  const resultsFile = path.join(root, 'bench', 'results', 'bench.json')
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
  writeFileSync(resultsFile, `${JSON.stringify({...results, cluster}, null, 2)}\n`)
  execFileSync('node', ['bench/report.mjs'], {cwd: root, stdio: 'inherit'})
  process.exit(0)
}
