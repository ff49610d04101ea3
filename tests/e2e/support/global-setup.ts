import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {buildNext, startNextServer, type NextServer} from '../../../scripts/next-server.mjs'
import {E2E_UNTRANSLATED} from '../../../scripts/public-pages.mjs'
import {hostileDocuments} from '../../support/hostile-dataset'
import {startStandIn} from '../../support/sanity-stand-in'
import {withoutTranslation} from '../../support/translation-gaps'

import {
  E2E_DIST_DIRS,
  E2E_ORIGINS,
  E2E_PORTS,
  E2E_PREVIEW_SECRET,
  E2E_PROJECT_ID,
  E2E_READ_TOKEN,
  E2E_STUDIO_TOKEN,
  E2E_WEBHOOK_SECRET,
} from './ports'
import {readmeWebhook} from './readme-webhook'
import {withUpcomingHoliday} from './upcoming-holiday'

/** The bundled main location (migrations/main-location made it from the settings). */
const MAIN_LOCATION_ID = 'location-main'

const ROOT = path.join(__dirname, '..', '..', '..')
// The bundled content plus clearly fictional physicians (scripts/example-dataset.mjs): the bundled
// content names no physician, and their pages must be tested too.
const EXAMPLE = path.join(ROOT, 'sanity', 'data', 'example.ndjson')

type Variant = {name: 'local' | 'hosted' | 'hostile'; port: number; env: Record<string, string>}

/**
 * Builds the site three times (bundled dataset, hosted backend against the stand-in, and hostile
 * content), starts them with `next start`, and stops everything after the run. Each server reads its own copy of the
 * dataset in a scratch folder (E2E_WORK_DIR), so tests may edit content without touching the repo.
 * Always builds afresh: a server writes regenerated pages into its build folder, so a reused build
 * would carry the previous run's published edits.
 */
export default async function globalSetup() {
  const work = await mkdtemp(path.join(tmpdir(), 'clinic-e2e-'))
  process.env.E2E_WORK_DIR = work
  const localDataset = path.join(work, 'local.ndjson')
  const hostedDataset = path.join(work, 'hosted.ndjson')
  // The example content with one translation left out, so both backends also serve a page whose
  // translation is missing (the English text under the language's prefix).
  // And a holiday a few days ahead at the main location, so that it is announced ahead of time by
  // the servers' real clocks.
  const {content, date: holidayDate} = withUpcomingHoliday(
    withoutTranslation(
      await readFile(EXAMPLE, 'utf8'),
      E2E_UNTRANSLATED.englishId,
      E2E_UNTRANSLATED.language,
    ),
    MAIN_LOCATION_ID,
  )
  process.env.E2E_HOLIDAY_DATE = holidayDate
  await writeFile(localDataset, content)
  await writeFile(hostedDataset, content)
  const hostileDataset = path.join(work, 'hostile.ndjson')
  await writeFile(
    hostileDataset,
    hostileDocuments()
      .map((doc) => JSON.stringify(doc))
      .join('\n'),
  )

  // The hosted build's Studio works against the same stand-in (the studio project, last), which
  // sends the webhook that the README tells staff to create to the hosted server.
  const standIn = await startStandIn({
    datasetFile: hostedDataset,
    port: E2E_PORTS.standIn,
    studio: {
      httpsPort: E2E_PORTS.studioApi,
      projectId: E2E_PROJECT_ID,
      token: E2E_STUDIO_TOKEN,
      webhook: {
        ...(await readmeWebhook(path.join(ROOT, 'README.md'))),
        url: `${E2E_ORIGINS.hosted}/api/revalidate`,
        secret: E2E_WEBHOOK_SECRET,
      },
    },
  })
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
      env: {...common, NEXT_DIST_DIR: E2E_DIST_DIRS.local, CONTENT_DATASET_FILE: localDataset},
    },
    {
      name: 'hosted',
      port: E2E_PORTS.hosted,
      env: {
        ...common,
        NEXT_DIST_DIR: E2E_DIST_DIRS.hosted,
        NEXT_PUBLIC_SANITY_PROJECT_ID: E2E_PROJECT_ID,
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        SANITY_API_HOST: E2E_ORIGINS.standIn,
        // The Studio's API host (tests only, lib/settings/sanity-project.mjs): Chromium resolves
        // `e2etest.localhost` to the loopback.
        NEXT_PUBLIC_SANITY_STUDIO_TEST_API_HOST: `https://localhost:${E2E_PORTS.studioApi}`,
        // Short, so the outage test of a hanging API does not wait the default 10 s.
        SANITY_API_TIMEOUT_MS: '2000',
      },
    },
    {
      // A site built on hostile content (tests/support/hostile-dataset.ts).
      name: 'hostile',
      port: E2E_PORTS.hostile,
      env: {...common, NEXT_DIST_DIR: E2E_DIST_DIRS.hostile, CONTENT_DATASET_FILE: hostileDataset},
    },
  ]

  // E2E_VARIANTS=local (say) builds and starts only those servers: for working on one project
  // (`E2E_VARIANTS=local npx playwright test --project cluster`); the projects of the others fail.
  const only = process.env.E2E_VARIANTS?.split(',').map((name) => name.trim())
  if (only) variants.splice(0, variants.length, ...variants.filter(({name}) => only.includes(name)))

  const servers: NextServer[] = []
  const stop = async () => {
    for (const server of servers) server.stop()
    await standIn.close()
  }
  try {
    for (const variant of variants) {
      // `next build` reuses the data cache of an earlier build in the same folder: start clean.
      await rm(path.join(ROOT, variant.env.NEXT_DIST_DIR!), {recursive: true, force: true})
      const logFile = path.join(work, `build-${variant.name}.log`)
      await buildNext({root: ROOT, env: variant.env, logFile})
    }
    for (const variant of variants) {
      const server = await startNextServer({
        root: ROOT,
        port: variant.port,
        env: variant.env,
        logFile: path.join(work, `server-${variant.name}.log`),
        portHint: 'E2E_PORT_BASE moves the e2e ports',
      })
      servers.push(server)
    }
  } catch (error) {
    await stop()
    throw error
  }
  return stop
}
