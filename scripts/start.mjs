#!/usr/bin/env node
/*
 * `npm start`: serves the site at http://localhost:3000 (PORT to change), building first when there
 * is no build or the build is older than the sources, settings or dataset it was made from.
 */
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

import {ensureCurrentBuild} from './current-build.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
ensureCurrentBuild(root, process.env.NEXT_DIST_DIR || '.next')

const next = path.join(root, 'node_modules', '.bin', 'next')
const port = process.env.PORT || '3000'
const server = spawn(next, ['start', '-p', port, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
