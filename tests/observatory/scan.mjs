// @ts-check
/*
 * Mozilla's HTTP Observatory (@mdn/mdn-http-observatory 1.4.8) against a local HTTPS front, offline.
 * Installed in this folder, apart from the site's dependencies, with
 * `npm ci --prefix tests/observatory --ignore-scripts`: its postinstall downloads the HSTS preload
 * list, a list of top-level domains and a bundle of Mozilla's trusted authorities from hosts this
 * network cannot reach. A scan needs only the first, written here empty (no local name is
 * preloaded); the authority it trusts is the local one, as NODE_EXTRA_CA_CERTS.
 *
 * Its scan takes a host name and requests http:// and https:// of it, so `localhost:3443` scans
 * port 3443 for both (the TLS front redirects plain HTTP sent to its port, nginx's code 497).
 *
 * `node tests/observatory/cli.mjs localhost:3443 --ca ca.pem` prints the grade, the score and each
 * failing check.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, writeFileSync} from 'node:fs'
import path from 'node:path'

// Callers pass this folder (`dir`) when not run as a script: Playwright compiles an .mjs file that
// a TypeScript test imports to CommonJS, where `import.meta` breaks (scripts/next-server.mjs).
const PACKAGE = ['node_modules', '@mdn', 'mdn-http-observatory']

/**
 * Installs the Observatory in `dir` from its lockfile when missing, and writes the empty HSTS
 * preload list its skipped install script would have downloaded.
 * @param {string} dir this folder (tests/observatory)
 */
export function ensureObservatoryInstalled(dir) {
  const pkg = path.join(dir, ...PACKAGE)
  if (!existsSync(path.join(pkg, 'src', 'scan.js'))) {
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  const preload = path.join(pkg, 'conf', 'hsts-preload.json')
  if (!existsSync(preload)) writeFileSync(preload, '{}\n')
  return pkg
}

/**
 * @typedef {object} ObservatoryCheck
 * @property {boolean} pass
 * @property {string} result the outcome's name, such as csp-implemented-with-unsafe-inline
 * @property {number} scoreModifier
 */

/**
 * @typedef {object} ObservatoryResult
 * @property {{grade: string, score: number, testsPassed: number, testsQuantity: number}} scan
 * @property {Record<string, ObservatoryCheck>} tests
 */

/**
 * Scans `host` (a name, with :port when not 443 and 80) with the Observatory's own scanner
 * (src/scan.js), trusting `caFile`.
 * @param {object} options
 * @param {string} options.dir this folder (tests/observatory)
 * @param {string} options.host
 * @param {string} options.caFile
 * @returns {ObservatoryResult}
 */
export function observatoryScan({dir, host, caFile}) {
  const pkg = ensureObservatoryInstalled(dir)
  // NODE_EXTRA_CA_CERTS is read when Node.js starts: the scanner runs in a process of its own.
  const run = spawnSync(process.execPath, [path.join(pkg, 'src', 'scan.js'), host], {
    encoding: 'utf8',
    env: {...process.env, NODE_EXTRA_CA_CERTS: caFile},
    timeout: 60_000,
  })
  /** @type {ObservatoryResult & {error?: string}} */
  let result
  try {
    result = JSON.parse(run.stdout)
  } catch {
    throw new Error(`The Observatory wrote no result:\n${run.stdout}\n${run.stderr}`)
  }
  if (result.error) throw new Error(`The Observatory could not scan ${host}: ${result.error}`)
  return result
}

/** One line per check: the failing ones, and those that add or take points. */
export function describeScan(/** @type {ObservatoryResult} */ result) {
  const {grade, score, testsPassed, testsQuantity} = result.scan
  const lines = [`${grade} (${score}, ${testsPassed}/${testsQuantity} checks passed)`]
  for (const [name, check] of Object.entries(result.tests)) {
    const points = check.scoreModifier
      ? ` ${check.scoreModifier > 0 ? '+' : ''}${check.scoreModifier}`
      : ''
    if (!check.pass || points)
      lines.push(`  ${check.pass ? 'pass' : 'FAIL'} ${name}: ${check.result}${points}`)
  }
  return lines.join('\n')
}
