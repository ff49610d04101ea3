#!/usr/bin/env node
/*
 * `npm start`: serves the site at http://localhost:3000 (PORT to change), building first when there
 * is no build or the build is older than the sources, settings or dataset it was made from.
 */
import {spawnSync, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const distDir = process.env.NEXT_DIST_DIR || '.next'
const stampFile = path.join(root, distDir, 'clinic-build-stamp')
const next = path.join(root, 'node_modules', '.bin', 'next')

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
// Settings that are baked into the build (NEXT_PUBLIC_* are inlined by Next.js).
const BUILD_SETTINGS = Object.keys(process.env)
  .filter((name) => name.startsWith('NEXT_PUBLIC_'))
  .sort()

function* files(entry) {
  const full = path.join(root, entry)
  if (!existsSync(full)) return
  if (statSync(full).isDirectory()) {
    for (const child of readdirSync(full).sort()) yield* files(path.join(entry, child))
  } else {
    yield entry
  }
}

function buildStamp() {
  const hash = createHash('sha256')
  for (const source of SOURCES) {
    for (const file of files(source)) hash.update(file).update(readFileSync(path.join(root, file)))
  }
  for (const name of BUILD_SETTINGS) hash.update(`${name}=${process.env[name]}`)
  return hash.digest('hex')
}

const stamp = buildStamp()
const current =
  existsSync(path.join(root, distDir, 'BUILD_ID')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === stamp

if (!current) {
  console.log('> No current build: building the site first (about a minute)…')
  // `next build` would reuse content cached by an earlier build; build from the current content.
  rmSync(path.join(root, distDir, 'cache', 'fetch-cache'), {recursive: true, force: true})
  const build = spawnSync(next, ['build'], {cwd: root, stdio: 'inherit', env: process.env})
  if (build.status !== 0) process.exit(build.status ?? 1)
  writeFileSync(stampFile, stamp)
}

const port = process.env.PORT || '3000'
const server = spawn(next, ['start', '-p', port, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
