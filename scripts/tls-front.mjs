// @ts-check
/*
 * Runs Debian's nginx as the TLS front (deploy/nginx/clinic-tls.conf), for
 * `npm run start:cluster` with TLS_PORT, the tests and the benchmark: HTTPS with a certificate from
 * a throw-away local certificate authority made with openssl at run time, HSTS, and the site's
 * Content-Security-Policy with a nonce that is new for every response in place of
 * 'unsafe-inline' in script-src, stamped on every <script> of every HTML page. In a temporary
 * folder, on a loopback port, stopped when this process exits.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import {connect} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** The nginx binary: NGINX, or Debian's. */
export const NGINX = process.env.NGINX || '/usr/sbin/nginx'

/** Installs nginx from Debian when missing (as root, as CI runs). */
export function ensureNginxInstalled() {
  if (existsSync(NGINX)) return
  console.log('installing nginx (Debian package)…')
  execFileSync('apt-get', ['install', '-y', '-q', 'nginx'], {
    stdio: 'inherit',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  })
}

/**
 * @typedef {object} LocalCertificate
 * @property {string} caFile the authority's certificate (PEM), to trust: NODE_EXTRA_CA_CERTS,
 *   `curl --cacert`, a browser's authorities
 * @property {string} certFile the server's certificate
 * @property {string} keyFile the server's private key
 */

/**
 * A throw-away certificate authority and a certificate it signs for `names` (and the loopback
 * addresses), valid for two days, written to `dir`. Nothing here is ever committed.
 * @param {string} dir a folder only this process uses
 * @param {string[]} [names] host names of the certificate
 * @returns {LocalCertificate}
 */
export function createLocalCertificate(dir, names = ['localhost']) {
  mkdirSync(dir, {recursive: true, mode: 0o700})
  const file = (/** @type {string} */ name) => path.join(dir, name)
  const openssl = (/** @type {string[]} */ args) =>
    execFileSync('openssl', args, {stdio: ['ignore', 'ignore', 'pipe']})
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl([
    'req', '-x509', ...ecKey, '-days', '2',
    '-subj', '/CN=Clinic site throw-away local CA',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout', file('ca.key'), '-out', file('ca.pem'),
  ]) // prettier-ignore
  openssl(['req', ...ecKey, '-subj', `/CN=${names[0]}`, '-keyout', file('site.key'), '-out', file('site.csr')]) // prettier-ignore
  const altNames = [...names.map((name) => `DNS:${name}`), 'IP:127.0.0.1', 'IP:::1']
  writeFileSync(
    file('site.ext'),
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${altNames.join(',')}`,
    ].join('\n'),
  )
  openssl([
    'x509', '-req', '-in', file('site.csr'), '-days', '2',
    '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial',
    '-extfile', file('site.ext'), '-out', file('site.pem'),
  ]) // prettier-ignore
  // The authority signs nothing else.
  rmSync(file('ca.key'))
  return {caFile: file('ca.pem'), certFile: file('site.pem'), keyFile: file('site.key')}
}

/**
 * deploy/nginx/clinic-tls.conf with its {{…}} filled in (the http-context part of the front).
 * @param {object} options
 * @param {string} options.root the project folder
 * @param {string} options.upstream what the front passes requests to: host:port (the cache in
 *   front of the instances, or one instance)
 * @param {string} options.https where it listens for HTTPS: a port, or address:port
 * @param {string} [options.http] where it listens for plain HTTP, which it redirects; none when
 *   omitted (plain HTTP sent to the HTTPS port is redirected in any case)
 * @param {string} [options.serverName]
 * @param {string} options.certFile
 * @param {string} options.keyFile
 * @param {boolean} [options.nonce] false: a plain TLS front that keeps the site's policy
 */
export function tlsFrontConf({
  root,
  upstream,
  https,
  http,
  serverName = 'localhost',
  certFile,
  keyFile,
  nonce = true,
}) {
  const httpsPort = https.split(':').pop()
  let conf = readFileSync(path.join(root, 'deploy', 'nginx', 'clinic-tls.conf'), 'utf8')
  const drop = (/** @type {string} */ block) => {
    conf = conf.replace(new RegExp(`^ *# ${block}:begin\\n[^]*?^ *# ${block}:end\\n`, 'gm'), '')
  }
  if (!nonce) drop('nonce')
  if (!http) drop('http')
  /** @type {Record<string, string>} */
  const values = {
    UPSTREAM: upstream,
    HTTPS_LISTEN: https,
    HTTP_LISTEN: http ?? '',
    HTTPS_PORT_SUFFIX: httpsPort === '443' ? '' : `:${httpsPort}`,
    SERVER_NAME: serverName,
    CERTIFICATE: certFile,
    CERTIFICATE_KEY: keyFile,
  }
  return conf.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    const value = values[name]
    if (value === undefined) throw new Error(`clinic-tls.conf: unknown placeholder {{${name}}}`)
    return value
  })
}

/** The main configuration around the front's part: everything nginx writes stays in `dir`. */
function mainConf(/** @type {string} */ dir, /** @type {number} */ workers) {
  const at = (/** @type {string} */ name) => path.join(dir, name)
  return `# Written by scripts/tls-front.mjs.
worker_processes ${workers};
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events {
    worker_connections 1024;
}
http {
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${at('client_body')};
    proxy_temp_path ${at('proxy')};
    fastcgi_temp_path ${at('fastcgi')};
    uwsgi_temp_path ${at('uwsgi')};
    scgi_temp_path ${at('scgi')};
    include ${at('clinic-tls.conf')};
}
`
}

/** Whether something accepts connections on 127.0.0.1:port. */
function listening(/** @type {number} */ port) {
  return new Promise((resolve) => {
    const socket = connect({host: '127.0.0.1', port})
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * @typedef {object} TlsFront
 * @property {string} url https://localhost:<port> (the certificate's name)
 * @property {number} port
 * @property {string} caFile the certificate authority to trust (a throw-away one unless a
 *   certificate was given)
 * @property {() => Promise<void>} stop stops nginx and removes its folder
 */

/**
 * Starts nginx in the foreground as the TLS front and waits until it accepts connections. Fails
 * clearly when a port is taken.
 * @param {object} options
 * @param {string} options.root the project folder (deploy/nginx/clinic-tls.conf)
 * @param {number} options.port where it listens for HTTPS
 * @param {string} options.upstream host:port it passes requests to
 * @param {number} [options.httpPort] where it listens for plain HTTP (redirected to HTTPS)
 * @param {string} [options.listen] the address it listens on (default 127.0.0.1)
 * @param {LocalCertificate} [options.certificate] default: a throw-away local authority's, for
 *   localhost
 * @param {boolean} [options.nonce] false: keep the site's policy (to compare)
 * @param {number} [options.workers] nginx's worker processes (default 1)
 * @param {number} [options.timeoutMs]
 * @returns {Promise<TlsFront>}
 */
export async function startTlsFront({
  root,
  port,
  upstream,
  httpPort,
  listen = '127.0.0.1',
  certificate,
  nonce = true,
  workers = 1,
  timeoutMs = 10_000,
}) {
  if (spawnSync(NGINX, ['-v']).status !== 0) {
    throw new Error(`${NGINX} not found: apt-get install -y nginx`)
  }
  for (const taken of [port, httpPort]) {
    if (taken !== undefined && (await listening(taken))) {
      throw new Error(`Port ${taken} is already in use: the TLS front cannot listen there`)
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'clinic-tls-'))
  // nginx's workers run as an unprivileged user when it is started as root: they write their
  // temporary files here. The private key is in a folder only its owner reads.
  chmodSync(dir, 0o755)
  const {caFile, certFile, keyFile} = certificate ?? createLocalCertificate(path.join(dir, 'tls'))
  const conf = tlsFrontConf({
    root,
    upstream,
    https: `${listen}:${port}`,
    http: httpPort === undefined ? undefined : `${listen}:${httpPort}`,
    certFile,
    keyFile,
    nonce,
  })
  writeFileSync(path.join(dir, 'clinic-tls.conf'), conf)
  writeFileSync(path.join(dir, 'nginx.conf'), mainConf(dir, workers))
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')]
  const tested = spawnSync(NGINX, ['-t', '-q', ...args], {encoding: 'utf8'})
  if (tested.status !== 0) {
    rmSync(dir, {recursive: true, force: true})
    throw new Error(`The TLS front's configuration is refused:\n${tested.stderr}`)
  }
  // Its own process group, so that nothing of it outlives this process.
  const child = spawn(NGINX, [...args, '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  /** @type {string | undefined} */
  let exited
  child.on('exit', (code, signal) => (exited = `nginx exited (${signal ?? code})`))
  const kill = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  process.on('exit', kill)
  const stop = async () => {
    process.off('exit', kill)
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await gone
    }
    rmSync(dir, {recursive: true, force: true})
  }

  const deadline = Date.now() + timeoutMs
  while (!(await listening(port))) {
    if (exited || Date.now() > deadline) {
      const log = existsSync(path.join(dir, 'error.log'))
        ? readFileSync(path.join(dir, 'error.log'), 'utf8').slice(-4000)
        : ''
      await stop()
      throw new Error(`nginx did not start (${exited ?? 'timed out'}):\n${output}${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {url: `https://localhost:${port}`, port, caFile, stop}
}
