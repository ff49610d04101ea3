/*
 * Lighthouse 12.2.3 (mobile preset) in Debian's Chromium: N runs per page, medians of the four
 * category scores, of LCP, TBT and CLS, and of the JavaScript transferred. Used by `npm run bench` and `npm run bench:lighthouse`.
 * Chromium 156 renamed a trace field Lighthouse 12 reads; the one-line fix is in patches/
 * (patch-package, applied by `npm install`).
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../scripts/chromium.mjs'

export const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** @param {{origin: string, pages: Record<string, string>, runs: number}} options */
export async function runLighthouse({origin, pages, runs}) {
  // Chromium leaves org.chromium.* folders in the temporary directory: give it its own.
  const chromeTmp = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'))
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
    envVars: {...process.env, TMPDIR: chromeTmp},
  })
  const results = {}
  try {
    for (const [name, pathname] of Object.entries(pages)) {
      const samples = []
      for (let run = 0; run < runs; run += 1) {
        const {lhr} = await lighthouse(`${origin}${pathname}`, {port: chrome.port, output: 'json'})
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
          // Bytes over the wire, as the page's budget counts them (throttling does not change them).
          scriptBytes:
            lhr.audits['resource-summary'].details.items.find(
              (item) => item.resourceType === 'script',
            )?.transferSize ?? 0,
          failing: Object.values(lhr.categories)
            .filter((category) => category.id !== 'performance')
            .flatMap((category) => category.auditRefs)
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
            .map((ref) => ref.id),
          errors: Object.values(lhr.audits)
            .filter((audit) => audit.errorMessage)
            .map((audit) => audit.id),
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
        javascriptKb: Math.round(median(samples.map((sample) => sample.scriptBytes)) / 102.4) / 10,
        failingAudits: [...new Set(samples.flatMap((sample) => sample.failing))],
        auditErrors: [...new Set(samples.flatMap((sample) => sample.errors))],
      }
      console.log(`lighthouse ${name}`, JSON.stringify(results[name]))
    }
  } finally {
    await chrome.kill()
    rmSync(chromeTmp, {recursive: true, force: true})
  }
  return results
}
