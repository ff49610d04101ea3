import {spawn, type ChildProcess} from 'node:child_process'
import {createWriteStream} from 'node:fs'
import {copyFile, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {hostileDocuments} from '../../support/hostile-dataset'
import {startStandIn} from '../../support/sanity-stand-in'

import {
  E2E_ORIGINS,
  E2E_PORTS,
  E2E_PREVIEW_SECRET,
  E2E_READ_TOKEN,
  E2E_WEBHOOK_SECRET,
} from './ports'

const ROOT = path.join(__dirname, '..', '..', '..')
const NEXT = path.join(ROOT, 'node_modules', '.bin', 'next')
const BUNDLED = path.join(ROOT, 'sanity', 'data', 'production.ndjson')

type Variant = {name: 'local' | 'hosted' | 'hostile'; port: number; env: Record<string, string>}

/**
 * Builds the site three times (bundled dataset, hosted backend against the stand-in, and hostile
 * content), starts them
 * with `next start`, and stops everything after the run. Each server reads its own copy of the
 * dataset in a scratch folder (E2E_WORK_DIR), so tests may edit content without touching the repo.
 * Always builds afresh: a server writes regenerated pages into its build folder, so a reused build
 * would carry the previous run's published edits.
 */
export default async function globalSetup() {
  const work = await mkdtemp(path.join(tmpdir(), 'clinic-e2e-'))
  process.env.E2E_WORK_DIR = work
  const localDataset = path.join(work, 'local.ndjson')
  const hostedDataset = path.join(work, 'hosted.ndjson')
  await copyFile(BUNDLED, localDataset)
  await copyFile(BUNDLED, hostedDataset)
  const hostileDataset = path.join(work, 'hostile.ndjson')
  await writeFile(
    hostileDataset,
    hostileDocuments()
      .map((doc) => JSON.stringify(doc))
      .join('\n'),
  )

  const standIn = await startStandIn({datasetFile: hostedDataset, port: E2E_PORTS.standIn})
  const common = {
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    SANITY_REVALIDATE_SECRET: E2E_WEBHOOK_SECRET,
    SANITY_PREVIEW_SECRET: E2E_PREVIEW_SECRET,
    SANITY_API_READ_TOKEN: E2E_READ_TOKEN,
  }
  const variants: Variant[] = [
    {
      name: 'local',
      port: E2E_PORTS.local,
      env: {...common, NEXT_DIST_DIR: '.next-e2e-local', CONTENT_DATASET_FILE: localDataset},
    },
    {
      name: 'hosted',
      port: E2E_PORTS.hosted,
      env: {
        ...common,
        NEXT_DIST_DIR: '.next-e2e-hosted',
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'e2etest',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        SANITY_API_HOST: E2E_ORIGINS.standIn,
        // Short, so the outage test of a hanging API does not wait the default 10 s.
        SANITY_API_TIMEOUT_MS: '2000',
      },
    },
    {
      // A site built on hostile content (tests/support/hostile-dataset.ts).
      name: 'hostile',
      port: E2E_PORTS.hostile,
      env: {...common, NEXT_DIST_DIR: '.next-e2e-hostile', CONTENT_DATASET_FILE: hostileDataset},
    },
  ]

  const servers: ChildProcess[] = []
  const stop = async () => {
    for (const server of servers) stopProcess(server)
    await standIn.close()
  }
  try {
    for (const variant of variants) {
      // `next build` reuses the data cache of an earlier build in the same folder: start clean.
      await rm(path.join(ROOT, variant.env.NEXT_DIST_DIR!), {recursive: true, force: true})
      await runToEnd(NEXT, ['build'], variant.env, path.join(work, `build-${variant.name}.log`))
    }
    for (const variant of variants) {
      await assertPortFree(variant.port)
      // No `-H 127.0.0.1`: with it, Next.js fetches the proxy's rewrites over HTTP from itself
      // (vercel/next.js#94745), so the tests would not run the way `npm start` serves.
      const args = ['start', '-p', String(variant.port)]
      const log = createWriteStream(path.join(work, `server-${variant.name}.log`))
      const server = spawn(NEXT, args, {
        cwd: ROOT,
        env: {...process.env, ...variant.env},
        detached: true,
      })
      server.stdout?.pipe(log)
      server.stderr?.pipe(log)
      servers.push(server)
      await waitForOk(`http://127.0.0.1:${variant.port}/`)
    }
  } catch (error) {
    await stop()
    throw error
  }
  return stop
}

function stopProcess(child: ChildProcess) {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM') // the whole group: next start forks a worker
    } catch {
      // already gone
    }
  }
}

async function runToEnd(
  command: string,
  args: string[],
  env: Record<string, string>,
  logFile: string,
) {
  const child = spawn(command, args, {cwd: ROOT, env: {...process.env, ...env}})
  const log = createWriteStream(logFile)
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) {
    const output = await readFile(logFile, 'utf8').catch(() => '')
    throw new Error(
      `${path.basename(command)} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`,
    )
  }
}

/** A server left over from another run would answer in place of the fresh build: refuse to start. */
async function assertPortFree(port: number) {
  const answered = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  )
  if (answered)
    throw new Error(`Port ${port} is already in use (E2E_PORT_BASE moves the e2e ports)`)
}

async function waitForOk(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
