/**
 * Debian's nginx serving pages as files: the benchmarks' reference for "as fast as a static server".
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

import {waitForOk} from '../scripts/next-server.mjs'

/** Installs a Debian package when its command is missing (the benchmarks run as root). */
export function ensureDebianPackage(command, pkg) {
  if (spawnSync('which', [command]).status === 0) return
  console.log(`installing ${pkg} (Debian package)…`)
  execFileSync('apt-get', ['install', '-y', '-q', pkg], {stdio: 'inherit'})
}

/**
 * Starts nginx on 127.0.0.1:port serving `files` (path → HTML) from `work`, a folder its workers
 * can read (they run as www-data when started by root). `precompressed`: each page is also stored
 * gzipped at level 9 and sent as it is (`gzip_static`, the fastest nginx serves a page); otherwise
 * nginx compresses on each response. Resolves with its master's pid and a function that stops it.
 *
 * @param {{work: string, port: number, files: Record<string, string>, precompressed: boolean}} options
 * @returns {Promise<{pid: number | undefined, stop: () => void}>}
 */
export async function startStaticNginx({work, port, files, precompressed}) {
  const site = path.join(work, 'nginx-root')
  for (const [pathname, html] of Object.entries(files)) {
    const dir = path.join(site, pathname)
    mkdirSync(dir, {recursive: true})
    writeFileSync(path.join(dir, 'index.html'), html)
    if (precompressed) writeFileSync(path.join(dir, 'index.html.gz'), gzipSync(html, {level: 9}))
  }
  const compression = precompressed
    ? 'sendfile on;\n  tcp_nopush on;\n  gzip_static on;\n  gzip_vary on;'
    : 'gzip on;'
  const conf = path.join(work, `nginx-${port}.conf`)
  // The temp paths are nginx's own defaults moved into `work`: Debian's need root-owned folders.
  writeFileSync(
    conf,
    `daemon off;
worker_processes auto;
pid ${work}/nginx-${port}.pid;
error_log ${work}/nginx-${port}-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  ${compression}
  client_body_temp_path ${work}/client_body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${site};
    location / { try_files $uri $uri/index.html =404; }
  }
}
`,
  )
  const nginx = spawn('nginx', ['-c', conf, '-p', work], {stdio: 'inherit'})
  try {
    await waitForOk(`http://127.0.0.1:${port}${Object.keys(files)[0] ?? '/'}`, {timeoutMs: 5000})
  } catch (error) {
    nginx.kill('SIGTERM')
    throw error
  }
  return {pid: nginx.pid, stop: () => nginx.kill('SIGTERM')}
}
