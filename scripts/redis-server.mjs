/*
 * Runs Debian's `redis-server` for tests and scripts: on a free loopback port, with its files in a
 * temporary folder, nothing saved to disk, stopped and started again on demand (outage tests), and
 * killed when this process exits.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import net from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** The redis-server binary: REDIS_SERVER, or Debian's (`apt-get install -y redis-server`). */
export const REDIS_SERVER = process.env.REDIS_SERVER || '/usr/bin/redis-server'

/** A TCP port on the loopback that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * @typedef {object} RedisServer
 * @property {string} url redis://127.0.0.1:<port>
 * @property {number} port
 * @property {() => number | undefined} pid of the running server, if running
 * @property {() => Promise<void>} stop kills the server (its data is lost, as after a crash)
 * @property {() => Promise<void>} start starts it again on the same port, empty
 * @property {() => Promise<void>} close stops it and removes its folder
 */

/**
 * Starts redis-server and waits until it accepts connections.
 * @param {{port?: number, timeoutMs?: number}} [options]
 * @returns {Promise<RedisServer>}
 */
export async function startRedisServer({port, timeoutMs = 10_000} = {}) {
  const chosenPort = port ?? /** @type {number} */ (await freePort())
  const dir = mkdtempSync(path.join(tmpdir(), 'clinic-redis-'))
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child
  const killOnExit = () => child?.kill('SIGKILL')
  process.on('exit', killOnExit)

  const start = () =>
    new Promise((resolve, reject) => {
      const args = ['--port', String(chosenPort), '--bind', '127.0.0.1', '--dir', dir]
      args.push('--save', '', '--appendonly', 'no', '--logfile', '')
      const started = spawn(REDIS_SERVER, args, {stdio: ['ignore', 'pipe', 'pipe']})
      child = started
      let output = ''
      const timer = setTimeout(
        () => fail(new Error(`no "Ready" within ${timeoutMs} ms`)),
        timeoutMs,
      )
      /** @param {Error} error */
      const fail = (error) => {
        clearTimeout(timer)
        started.kill('SIGKILL')
        reject(new Error(`redis-server did not start (${error.message}):\n${output.slice(-2000)}`))
      }
      started.on('error', (error) =>
        fail(
          Object.assign(error, {
            message: `${error.message}; install it with apt-get install -y redis-server`,
          }),
        ),
      )
      started.on('exit', (code) => fail(new Error(`exit code ${code}`)))
      started.stdout?.on('data', (chunk) => {
        output += chunk
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer)
          started.removeAllListeners('exit')
          resolve(undefined)
        }
      })
      started.stderr?.on('data', (chunk) => (output += chunk))
    })

  const stop = async () => {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGKILL')
    await exited
  }

  await start()
  return {
    url: `redis://127.0.0.1:${chosenPort}`,
    port: chosenPort,
    pid: () => child?.pid,
    stop,
    start: () => start().then(() => undefined),
    async close() {
      await stop()
      process.off('exit', killOnExit)
      rmSync(dir, {recursive: true, force: true})
    },
  }
}
