#!/usr/bin/env node
/*
 * `npm run start:cluster`: the site as several instances behind a cache, on this machine (README
 * "Several instances behind a cache in front"): Redis, two `next start` instances of one build
 * sharing it (PORT+1 and PORT+2), and Varnish in front on PORT (default 3000), which the webhook
 * purges. With TLS_PORT, also the TLS front (nginx, scripts/tls-front.mjs) on that port in front
 * of Varnish: HTTPS with a throw-away local certificate authority, and a nonce per response in
 * the Content-Security-Policy. Installs redis-server, varnish, varnish-modules (and nginx) from
 * Debian when missing; Ctrl-C stops everything it started.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

import {ensureCurrentBuild} from './current-build.mjs'
import {startNextServer} from './next-server.mjs'
import {REDIS_SERVER, startRedisServer} from './redis-server.mjs'
import {ensureNginxInstalled, startTlsFront} from './tls-front.mjs'
import {ensureVarnishInstalled, startVarnishFront} from './varnish-front.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT || 3000)
const instancePorts = [port + 1, port + 2]
const tlsPort = process.env.TLS_PORT ? Number(process.env.TLS_PORT) : undefined

if (spawnSync(REDIS_SERVER, ['--version']).status !== 0) {
  console.log('installing redis-server (Debian package)…')
  execFileSync('apt-get', ['install', '-y', '-q', 'redis-server'], {stdio: 'inherit'})
}
ensureVarnishInstalled()
if (tlsPort) ensureNginxInstalled()
ensureCurrentBuild(root, process.env.NEXT_DIST_DIR || '.next')

/** @type {(() => Promise<void> | void)[]} */
const stops = []
let stopping = false
async function stopAll(code = 0) {
  if (stopping) return
  stopping = true
  for (const stop of stops.reverse()) await stop()
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopAll())

try {
  const redis = await startRedisServer()
  stops.push(() => redis.close())
  const frontUrl = `http://127.0.0.1:${port}`
  // Same build, so the same build id, deployment id and server-actions key on every instance.
  const env = {
    NODE_ENV: 'production',
    REDIS_URL: process.env.REDIS_URL || redis.url,
    CACHE_PURGE_URLS: process.env.CACHE_PURGE_URLS || frontUrl,
  }
  for (const instancePort of instancePorts) {
    const server = await startNextServer({root, port: instancePort, env})
    stops.push(server.stop)
    console.log(`> instance on http://localhost:${instancePort} (Redis ${redis.url})`)
  }
  const front = await startVarnishFront({
    root,
    port,
    listen: '0.0.0.0',
    instances: instancePorts.map((instancePort) => ({host: '127.0.0.1', port: instancePort})),
  })
  stops.push(front.stop)
  console.log(`> the site, through the cache in front: http://localhost:${port}`)
  if (tlsPort) {
    const tls = await startTlsFront({
      root,
      port: tlsPort,
      listen: '0.0.0.0',
      upstream: `127.0.0.1:${port}`,
    })
    stops.push(tls.stop)
    console.log(
      `> the site over HTTPS, a nonce per response: ${tls.url} (a throw-away certificate ` +
        `authority, while this runs: ${tls.caFile}; curl --cacert it, or import it in a browser)`,
    )
  }
  console.log('> Ctrl-C stops all')
} catch (error) {
  console.error(/** @type {Error} */ (error).message)
  await stopAll(1)
}
