#!/usr/bin/env node
/*
 * Turns bench/results/bench.json into bench/results/README.md (targets, and the per-page figures)
 * and prints it. Run by `npm run bench` after each run; it only reads and writes those two files.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const results = JSON.parse(readFileSync(path.join(root, 'bench', 'results', 'bench.json'), 'utf8'))
const {pages, scale, webhook, cluster} = results
// `npm run bench:lighthouse` (every page type in every language) writes its own file.
let lighthouseRun
try {
  lighthouseRun = JSON.parse(
    readFileSync(path.join(root, 'bench', 'results', 'lighthouse.json'), 'utf8'),
  )
} catch {
  // not run yet
}
const lines = []
const row = (cells) => lines.push(`| ${cells.join(' | ')} |`)
const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : '**not met**')
const min = (numbers) => Math.min(...numbers)
const max = (numbers) => Math.max(...numbers)

lines.push('# Benchmark results', '')
lines.push(
  'Written by `npm run bench` (and `npm run bench -- --scale 2000`) from',
  '`bench/results/bench.json`; see the README\'s "Benchmarks" section for what each figure means.',
  'Numbers, not tests: they depend on the machine and on what else runs on it.',
  '',
)
if (pages) {
  lines.push(
    `Pages: ${pages.date.slice(0, 10)}, ${pages.machine.cpus} CPUs (${pages.machine.cpuModel}), Node ${pages.machine.node}.`,
  )
}
if (scale) {
  lines.push(
    `Scale: ${scale.date.slice(0, 10)}, ${scale.machine.cpus} CPUs, Node ${scale.machine.node}, ${scale.treatments} treatments.`,
  )
}
lines.push('', '## Targets', '')
row(['figure', 'target', 'measured', ''])
row(['---', '---', '---', '---'])
if (pages) {
  const ratios = Object.values(pages.throughput).map((page) => page.c10.ratio)
  row([
    'cached page req/s, Next.js / nginx on the same bytes (10 connections, worst page)',
    '≥ 0.06',
    String(min(ratios)),
    verdict(min(ratios) >= 0.06),
  ])
  const js = Object.values(pages.bytes).map((page) => page.javascriptKb)
  row([
    `JavaScript per public page (transferred; npm run bench, ${pages.date.slice(0, 10)} ${pages.date.slice(11, 16)} UTC)`,
    '≤ 150 KB',
    `${max(js)} KB`,
    verdict(max(js) <= 150),
  ])
  const perLanguage = Object.values(lighthouseRun?.pages ?? {})
    .map((page) => page.javascriptKb)
    .filter((kb) => typeof kb === 'number')
  if (perLanguage.length) {
    row([
      `JavaScript per page, every page type in every language (bench:lighthouse, ${lighthouseRun.date.slice(0, 10)} ${lighthouseRun.date.slice(11, 16)} UTC)`,
      '≤ 150 KB',
      `${max(perLanguage)} KB`,
      verdict(max(perLanguage) <= 150),
    ])
  }
  const lh = Object.values(pages.lighthouse)
  const perf = min(lh.map((page) => page.performance))
  const others = min(lh.flatMap((page) => [page.accessibility, page['best-practices'], page.seo]))
  const cls = max(lh.map((page) => page.cls))
  row([
    'Lighthouse mobile, every page type (median of runs)',
    'performance ≥ 98; accessibility, best practices, SEO 100; CLS 0',
    `performance ≥ ${perf}; others ≥ ${others}; CLS ≤ ${cls}`,
    verdict(perf >= 98 && others === 100 && cls === 0),
  ])
  row([
    'server start to first 200',
    '≤ 1 s',
    `${pages.serverStartToFirstOkMs} ms`,
    verdict(pages.serverStartToFirstOkMs <= 1000),
  ])
}
if (scale) {
  row([
    `\`next build\` at ${scale.treatments} treatments`,
    '≤ 5 min, peak RSS ≤ 3 GiB',
    `${scale.build.seconds} s, ${scale.build.peakRssMb} MB`,
    verdict(scale.build.seconds <= 300 && scale.build.peakRssMb <= 3072),
  ])
  const big = scale.queries['10000']
  row([
    'treatment-by-slug query, local backend, 10,000 treatments',
    'p50 ≤ 2 ms',
    big
      ? `p50 ${big.treatmentAddress.p50.toFixed(2)} ms, p99 ${big.treatmentAddress.p99.toFixed(2)} ms`
      : '',
    verdict(big ? big.treatmentAddress.p50 <= 2 : undefined),
  ])
}
if (webhook?.visibleAfterResponseMs) {
  row([
    'webhook → change visible',
    'median ≤ 1 s',
    `median ${webhook.visibleAfterResponseMs.median.toFixed(1)} ms after the response (round trip ${webhook.webhookRoundTripMs.median.toFixed(0)} ms)`,
    verdict(webhook.visibleAfterResponseMs.median + webhook.webhookRoundTripMs.median <= 1000),
  ])
}
if (cluster) {
  const ratios = Object.values(cluster.cached).flatMap((page) =>
    Object.values(page).map((runs) => runs.ratio),
  )
  row([
    `cached page req/s through the Varnish front / nginx precompressed (wrk, worst page and connection count; ${cluster.date.slice(0, 10)})`,
    '≥ 0.7',
    String(min(ratios)),
    verdict(min(ratios) >= 0.7),
  ])
  row([
    'publish → visible through the front (webhook to one instance)',
    'median ≤ 1 s',
    `median ${cluster.publish.visibleMs.median} ms, max ${cluster.publish.visibleMs.max} ms (${cluster.publish.publishes} publishes)`,
    verdict(cluster.publish.visibleMs.median <= 1000),
  ])
}

if (cluster) {
  lines.push(
    '',
    '## The cluster: the Varnish front against nginx serving the page precompressed',
    '',
  )
  lines.push(
    `${cluster.wrk}, two threads, gzip accepted; two instances sharing Redis behind the front; nginx with \`gzip_static\` and a worker per core on the same bytes. ${cluster.machine.cpus} CPUs (${cluster.machine.cpuModel}): wrk, the front and nginx share them. CPU per request is the server's own (all its processes and threads, from /proc): it varies far less than the rate with what else the machine does.`,
    '',
  )
  row([
    'page',
    'connections',
    'front req/s',
    'p50 / p99 ms',
    'µs CPU per request',
    'nginx req/s',
    'p50 / p99 ms',
    'µs CPU per request',
    'ratio',
  ])
  row(['---', '---', '---', '---', '---', '---', '---', '---', '---'])
  for (const [name, page] of Object.entries(cluster.cached)) {
    for (const [connections, runs] of Object.entries(page)) {
      row([
        name,
        connections.slice(1),
        runs.front.requestsPerSecond,
        `${runs.front.p50Ms} / ${runs.front.p99Ms}`,
        runs.front.cpuMicrosPerRequest ?? '–',
        runs.nginx.requestsPerSecond,
        `${runs.nginx.p50Ms} / ${runs.nginx.p99Ms}`,
        runs.nginx.cpuMicrosPerRequest ?? '–',
        runs.ratio,
      ])
    }
  }
  lines.push(
    '',
    'What reaches Node.js (no cache can hold it), through the front, 10 connections:',
    '',
  )
  row(['page', 'one instance req/s', 'p99 ms', 'two instances req/s', 'p99 ms'])
  row(['---', '---', '---', '---', '---'])
  for (const [name, runs] of Object.entries(cluster.reachingNode)) {
    row([
      name,
      runs.oneInstance.requestsPerSecond,
      runs.oneInstance.p99Ms,
      runs.twoInstances.requestsPerSecond,
      runs.twoInstances.p99Ms,
    ])
  }
}

if (pages) {
  lines.push('', '## Cached pages: Next.js against nginx on the same bytes', '')
  row([
    'page',
    'connections',
    'Next.js req/s',
    'p50 / p99 ms',
    'µs CPU per request',
    'nginx req/s',
    'p50 / p99 ms',
    'µs CPU per request',
    'ratio',
  ])
  row(['---', '---', '---', '---', '---', '---', '---', '---', '---'])
  for (const [name, page] of Object.entries(pages.throughput)) {
    for (const [connections, runs] of Object.entries(page)) {
      row([
        name,
        connections.slice(1),
        runs.next.requestsPerSecond,
        `${runs.next.p50Ms} / ${runs.next.p99Ms}`,
        runs.nginx.requestsPerSecond,
        `${runs.nginx.p50Ms} / ${runs.nginx.p99Ms}`,
        runs.ratio,
      ])
    }
  }
  lines.push(
    '',
    `Server memory: ${pages.rss.idleMb} MB RSS idle after warming, ${pages.rss.peakUnderLoadMb} MB peak under load. Build: ${pages.build.seconds} s, peak ${pages.build.peakRssMb} MB.`,
    '',
    '## Bytes and Lighthouse per page',
    '',
  )
  row([
    'page',
    'JS KB',
    'HTML KB',
    'all KB',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'LCP ms',
    'TBT ms',
    'CLS',
  ])
  row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---'])
  for (const [name, bytes] of Object.entries(pages.bytes)) {
    // Lighthouse runs on one page per type (npm run bench:lighthouse covers every language).
    const lh = pages.lighthouse[name] ?? {}
    row([
      name,
      bytes.javascriptKb,
      bytes.htmlKb,
      bytes.totalKb,
      ...['performance', 'accessibility', 'best-practices', 'seo', 'lcpMs', 'tbtMs', 'cls'].map(
        (key) => lh[key] ?? '–',
      ),
    ])
  }
}
if (scale) {
  lines.push('', `## Scale: ${scale.treatments} synthetic treatments`, '')
  row([
    'dataset',
    'read + parse ms',
    'first query ms',
    'address by slug p50 / p99 ms',
    'page p50 / p99 ms',
    'index p50 / p99 ms',
  ])
  row(['---', '---', '---', '---', '---', '---'])
  for (const [size, q] of Object.entries(scale.queries)) {
    row([
      `${size} treatments`,
      q.readAndParseMs.toFixed(0),
      q.firstQueryMs.toFixed(1),
      `${q.treatmentAddress.p50.toFixed(2)} / ${q.treatmentAddress.p99.toFixed(2)}`,
      `${q.treatmentPage.p50.toFixed(1)} / ${q.treatmentPage.p99.toFixed(1)}`,
      `${q.treatmentsIndex.p50.toFixed(0)} / ${q.treatmentsIndex.p99.toFixed(0)}`,
    ])
  }
  lines.push('')
  for (const [name, run] of Object.entries(scale.throughput)) {
    lines.push(
      `- cached \`${name}\` page at this size: ${run.requestsPerSecond} req/s, p99 ${run.p99Ms} ms`,
    )
  }
}
const notes = results.notes ?? []
if (notes.length)
  lines.push('', '## What limits it, and what was tried', '', ...notes.map((note) => `- ${note}`))
const text = `${lines.join('\n')}\n`
writeFileSync(path.join(root, 'bench', 'results', 'README.md'), text)
console.log(text)
