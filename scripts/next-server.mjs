/*
 * Builds the site and runs a built `next start` for the e2e tests and the benchmarks: start, wait
 * for a 200 within a time limit, stop the whole process group.
 *
 * The server is started without `-H`: with an explicit loopback host, Next.js 16 fetches every
 * proxy rewrite over HTTP from itself (vercel/next.js#94745), which is not how `npm start` serves.
 */
import {spawn} from 'node:child_process'
import {createWriteStream} from 'node:fs'
import path from 'node:path'

// Callers pass the project folder (`root`): this module must not use `import.meta`. Playwright
// compiles an .mjs file that a TypeScript test imports to CommonJS, and with `import.meta` left in
// it Node runs the result as an ES module ("exports is not defined in ES module scope").

/** @param {string} root the project folder */
const nextBin = (root) => path.join(root, 'node_modules', '.bin', 'next')
const LOG_TAIL_CHARS = 4000
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Keeps the last characters a child process writes (both streams), and copies them to a log file
 * when one is given.
 * @param {import('node:child_process').ChildProcess} child
 * @param {string | undefined} logFile
 */
function captureOutput(child, logFile) {
  let tail = ''
  const log = logFile ? createWriteStream(logFile) : undefined
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (/** @type {Buffer} */ chunk) => {
      tail = (tail + chunk.toString()).slice(-LOG_TAIL_CHARS)
      log?.write(chunk)
    })
  }
  child.on('close', () => log?.end())
  return () => tail
}

/**
 * `next build` in the project folder. Its output goes to `logFile` when given; otherwise standard
 * output is dropped and standard error shown. Fails with the end of the output.
 * @param {object} options
 * @param {string} options.root the project folder
 * @param {Record<string, string>} options.env settings on top of this process's environment
 *   (NEXT_DIST_DIR among them)
 * @param {string} [options.logFile]
 * @param {(pid: number) => void} [options.onSpawn] called with the build's process id (to sample
 *   its memory, say)
 * @returns {Promise<{seconds: number}>} the build's wall time
 */
export async function buildNext({root, env, logFile, onSpawn}) {
  const started = performance.now()
  const child = spawn(nextBin(root), ['build'], {
    cwd: root,
    env: {...process.env, ...env},
    stdio: ['ignore', logFile ? 'pipe' : 'ignore', logFile ? 'pipe' : 'inherit'],
  })
  const tail = captureOutput(child, logFile)
  if (child.pid) onSpawn?.(child.pid)
  const code = await new Promise((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`next build failed (exit code ${code}):\n${tail()}`)
  return {seconds: (performance.now() - started) / 1000}
}

/**
 * Fetches `url` until it answers 200, for at most `timeoutMs`.
 * @param {string} url
 * @param {{timeoutMs?: number, intervalMs?: number, gaveUp?: () => string | undefined}} [options]
 *   `gaveUp`: returns a reason to stop waiting early (the server exited), if any
 */
export async function waitForOk(url, {timeoutMs = 60_000, intervalMs = 20, gaveUp} = {}) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
      })
      await response.arrayBuffer()
      if (response.ok) return
    } catch {
      // not listening yet (or the request hit the time limit)
    }
    const reason = gaveUp?.()
    if (reason) throw new Error(`${url} never answered 200: ${reason}`)
    if (Date.now() >= deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
    await sleep(intervalMs)
  }
}

/**
 * Refuses a port that already answers: a server left over from another run would answer in place
 * of the fresh build.
 * @param {number} port
 * @param {string} [hint] how to pick other ports
 */
export async function assertPortFree(port, hint = 'another --port moves it') {
  const answered = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  )
  if (answered) throw new Error(`Port ${port} is already in use (${hint})`)
}

/**
 * @typedef {object} NextServer
 * @property {number} pid the process id of `next start` (the leader of its process group)
 * @property {number} firstOkMs milliseconds from starting the process to the first 200
 * @property {() => void} stop SIGTERM to the whole process group (next start forks a worker); safe
 *   to call twice or after the server ended
 */

/**
 * Starts `next start -p port` on a build and waits until `url` answers 200. The server is stopped
 * when this process exits, if not before.
 * @param {object} options
 * @param {string} options.root the project folder
 * @param {number} options.port
 * @param {Record<string, string>} options.env settings on top of this process's environment
 *   (NEXT_DIST_DIR names the build)
 * @param {string} [options.url] what must answer 200 (default: the home page on 127.0.0.1)
 * @param {number} [options.timeoutMs] how long to wait for it (default 60 s)
 * @param {string} [options.logFile] where to write the server's output (its end is kept in any case
 *   and shown when the server does not come up)
 * @param {string} [options.portHint] how to pick other ports (said when the port is taken)
 * @returns {Promise<NextServer>}
 */
export async function startNextServer({
  root,
  port,
  env,
  url,
  timeoutMs = 60_000,
  logFile,
  portHint,
}) {
  await assertPortFree(port, portHint)
  const readyUrl = url ?? `http://127.0.0.1:${port}/`
  const started = performance.now()
  const child = spawn(nextBin(root), ['start', '-p', String(port)], {
    cwd: root,
    env: {...process.env, ...env},
    detached: true, // its own process group, so stop() reaches the worker it forks
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const tail = captureOutput(child, logFile)
  /** @type {string | undefined} */
  let exited
  child.on('exit', (code, signal) => {
    exited = `next start exited (${signal ?? `exit code ${code}`})`
  })
  child.on('error', (error) => {
    exited = `next start failed to start (${error.message})`
  })
  const stop = () => {
    process.off('exit', stop)
    if (!child.pid) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.on('exit', stop)
  try {
    await waitForOk(readyUrl, {timeoutMs, gaveUp: () => exited})
  } catch (error) {
    stop()
    const output = tail().trim()
    throw new Error(
      `${/** @type {Error} */ (error).message} (next start -p ${port})` +
        (output ? `; the server's last output:\n${output}` : '; the server wrote nothing'),
    )
  }
  return {
    pid: /** @type {number} */ (child.pid),
    firstOkMs: Math.round(performance.now() - started),
    stop,
  }
}
