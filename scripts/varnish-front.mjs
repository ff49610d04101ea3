// @ts-check
/*
 * Runs Debian's Varnish (with varnish-modules) as the cache in front of the site's instances, for
 * `npm run start:cluster`, the tests and the benchmark: deploy/varnish/clinic.vcl, with the
 * instances and the addresses allowed to purge written to clinic-backends.vcl in a temporary
 * folder; in memory, on a loopback port, killed when this process exits.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** The varnishd binary: VARNISHD, or Debian's. */
export const VARNISHD = process.env.VARNISHD || '/usr/sbin/varnishd'
const XKEY_VMOD = '/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so'

/** Installs Varnish and varnish-modules from Debian when missing (as root, as CI runs). */
export function ensureVarnishInstalled() {
  if (existsSync(VARNISHD) && existsSync(XKEY_VMOD)) return
  console.log('installing varnish and varnish-modules (Debian packages)…')
  execFileSync('apt-get', ['install', '-y', '-q', 'varnish', 'varnish-modules'], {
    stdio: 'inherit',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  })
}

/**
 * The part of the configuration that differs per deployment: the instances (health-checked every
 * second, on a page that costs them nothing) and who may purge.
 * @param {{host: string, port: number}[]} instances
 * @param {string[]} purgers addresses or networks ("127.0.0.1", "10.0.0.0"/8 is written "10.0.0.0/8")
 */
export function backendsVcl(instances, purgers) {
  const backends = instances.map(
    ({host, port}, index) => `backend instance_${index + 1} {
    .host = "${host}";
    .port = "${port}";
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .probe = instance_up;
}`,
  )
  const acl = purgers.map((entry) => {
    const [address, bits] = entry.split('/')
    return `    "${address}"${bits ? `/${bits}` : ''};`
  })
  return `vcl 4.1;
# Written by scripts/varnish-front.mjs: the site's instances and who may purge.
import directors;

probe instance_up {
    .url = "/robots.txt";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

${backends.join('\n\n')}

acl purgers {
${acl.join('\n')}
}

sub vcl_init {
    new instances = directors.round_robin();
${instances.map((_, index) => `    instances.add_backend(instance_${index + 1});`).join('\n')}
}
`
}

/**
 * @typedef {object} VarnishFront
 * @property {string} url http://127.0.0.1:<port>
 * @property {number} port
 * @property {number | undefined} pid varnishd's manager process (its cache process is a child)
 * @property {() => Promise<void>} stop kills varnishd and removes its folder
 */

/**
 * Starts varnishd in the foreground and waits until it accepts connections.
 * @param {object} options
 * @param {string} options.root the project folder (deploy/varnish/clinic.vcl)
 * @param {number} options.port where the front listens
 * @param {{host: string, port: number}[]} options.instances the site's instances
 * @param {string[]} [options.purgers] who may purge (default: the loopback)
 * @param {string} [options.listen] the address it listens on (default 127.0.0.1)
 * @param {string} [options.memory] its cache size (default 256m)
 * @param {number} [options.timeoutMs]
 * @returns {Promise<VarnishFront>}
 */
export async function startVarnishFront({
  root,
  port,
  instances,
  purgers = ['127.0.0.1', '::1'],
  listen = '127.0.0.1',
  memory = '256m',
  timeoutMs = 20_000,
}) {
  if (spawnSync(VARNISHD, ['-V']).status !== 0) {
    throw new Error(`${VARNISHD} not found: apt-get install -y varnish varnish-modules`)
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'clinic-varnish-'))
  // varnishd compiles the configuration as its own unprivileged user: it must read this folder.
  chmodSync(dir, 0o755)
  writeFileSync(path.join(dir, 'clinic-backends.vcl'), backendsVcl(instances, purgers))
  const vclDir = path.join(root, 'deploy', 'varnish')
  const args = [
    '-F',
    '-n', path.join(dir, 'state'),
    '-a', `${listen}:${port}`,
    '-f', path.join(vclDir, 'clinic.vcl'),
    '-p', `vcl_path=${dir}:${vclDir}:/usr/share/varnish/vcl`,
    '-s', `malloc,${memory}`,
    '-T', 'none',
  ] // prettier-ignore
  const child = spawn(VARNISHD, args, {stdio: ['ignore', 'pipe', 'pipe']})
  let output = ''
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  /** @type {string | undefined} */
  let exited
  child.on('exit', (code, signal) => (exited = `varnishd exited (${signal ?? code})`))
  const kill = () => child.kill('SIGKILL')
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

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    // Any answer (a 503 while no instance is up yet) means varnishd serves.
    const answered = await fetch(`${url}/robots.txt`, {method: 'HEAD'}).then(
      () => true,
      () => false,
    )
    if (answered) break
    if (exited || Date.now() > deadline) {
      await stop()
      throw new Error(`Varnish did not start (${exited ?? 'timed out'}):\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {url, port, pid: child.pid, stop}
}
