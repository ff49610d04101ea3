/*
 * The build that `npm start` and `npm run start:cluster` serve: made again when there is none or
 * it is older than the sources, settings or lockfile it was made from.
 */
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'

const SOURCES = [
  'app',
  'components',
  'lib',
  'sanity',
  'public',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
]

/**
 * @param {string} root
 * @param {string} entry
 * @returns {Generator<string>}
 */
function* files(root, entry) {
  const full = path.join(root, entry)
  if (!existsSync(full)) return
  if (statSync(full).isDirectory()) {
    for (const child of readdirSync(full).sort()) yield* files(root, path.join(entry, child))
  } else {
    yield entry
  }
}

/** @param {string} root */
function buildStamp(root) {
  const hash = createHash('sha256')
  for (const source of SOURCES) {
    for (const file of files(root, source)) {
      hash.update(file).update(readFileSync(path.join(root, file)))
    }
  }
  // Settings that are baked into the build (NEXT_PUBLIC_* are inlined by Next.js).
  for (const name of Object.keys(process.env)
    .filter((setting) => setting.startsWith('NEXT_PUBLIC_'))
    .sort()) {
    hash.update(`${name}=${process.env[name]}`)
  }
  return hash.digest('hex')
}

/**
 * Builds the site into `distDir` unless its build is current; exits the process when the build
 * fails (its output has been shown).
 * @param {string} root the project folder
 * @param {string} distDir NEXT_DIST_DIR (default .next)
 */
export function ensureCurrentBuild(root, distDir) {
  const stampFile = path.join(root, distDir, 'clinic-build-stamp')
  const stamp = buildStamp(root)
  const current =
    existsSync(path.join(root, distDir, 'BUILD_ID')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp
  if (current) return
  console.log('> No current build: building the site first (about a minute)…')
  // `next build` would reuse content cached by an earlier build; build from the current content.
  rmSync(path.join(root, distDir, 'cache', 'fetch-cache'), {recursive: true, force: true})
  const next = path.join(root, 'node_modules', '.bin', 'next')
  const build = spawnSync(next, ['build'], {cwd: root, stdio: 'inherit', env: process.env})
  if (build.status !== 0) process.exit(build.status ?? 1)
  writeFileSync(stampFile, stamp)
}
