import {defineConfig} from '@playwright/test'

import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './scripts/chromium.mjs'
import {E2E_PORTS} from './tests/e2e/support/ports'

/*
 * End-to-end tests in Debian's Chromium against real `next start` servers: one on the bundled
 * dataset (local backend) and one on the hosted backend, whose @sanity/client talks to a stand-in
 * of Sanity's HTTP API. tests/e2e/support/global-setup.ts builds and starts them.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  timeout: 30_000,
  expect: {timeout: 10_000},
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['html', {open: 'never'}]],
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    {
      name: 'local',
      testIgnore: /(parity|publish|preview|hostile|framework|cluster|tls-front|editors)\.spec\.ts/,
      use: {baseURL: `http://127.0.0.1:${E2E_PORTS.local}`},
    },
    {
      name: 'hosted',
      testIgnore: /(parity|publish|preview|hostile|framework|cluster|tls-front|editors)\.spec\.ts/,
      // What a browser does with the markup runs once: parity.spec.ts shows both backends render
      // the same (tests/e2e/support/rendering.ts).
      grepInvert: /@rendering/,
      use: {baseURL: `http://127.0.0.1:${E2E_PORTS.hosted}`},
    },
    {name: 'parity', testMatch: /parity\.spec\.ts/},
    // Next.js internals (lib/framework) against the local build; once, not per backend.
    {name: 'framework', testMatch: /framework\.spec\.ts/},
    {
      name: 'hostile',
      testMatch: /hostile\.spec\.ts/,
      use: {baseURL: `http://127.0.0.1:${E2E_PORTS.hostile}`},
    },
    // Two instances of a build sharing Redis behind the Varnish front, on each backend, one after
    // the other (the same ports); before publishing edits the builds' pages (the instances fall
    // back to them) and datasets (which they copy).
    {name: 'cluster-local', testMatch: /cluster\.spec\.ts/},
    {name: 'cluster-hosted', testMatch: /cluster\.spec\.ts/, dependencies: ['cluster-local']},
    // The TLS front (nginx, a nonce per response) in front of the local and hostile builds, and
    // Mozilla's HTTP Observatory against it; it only reads their pages.
    {name: 'tls-front', testMatch: /tls-front\.spec\.ts/},
    // Publishing edits the servers' datasets, so it runs after every test that reads them.
    {
      name: 'publish-local',
      testMatch: /publish\.spec\.ts/,
      dependencies: ['local', 'hosted', 'parity', 'cluster-hosted'],
      use: {baseURL: `http://127.0.0.1:${E2E_PORTS.local}`},
    },
    {
      name: 'publish-hosted',
      testMatch: /publish\.spec\.ts/,
      dependencies: ['publish-local'],
      use: {baseURL: `http://127.0.0.1:${E2E_PORTS.hosted}`},
    },
    // Previews add drafts to the datasets: after publishing, one server at a time.
    {
      name: 'preview-local',
      testMatch: /preview\.spec\.ts/,
      dependencies: ['publish-hosted'],
      use: {baseURL: `http://127.0.0.1:${E2E_PORTS.local}`},
    },
    {
      name: 'preview-hosted',
      testMatch: /preview\.spec\.ts/,
      dependencies: ['preview-local'],
      use: {baseURL: `http://127.0.0.1:${E2E_PORTS.hosted}`},
    },
    // The real Studio of the hosted build against the stand-in (editors.spec.ts): it publishes
    // into the hosted dataset, so it runs last.
    {
      name: 'studio',
      testMatch: /editors\.spec\.ts/,
      dependencies: ['preview-hosted'],
      timeout: 90_000,
      // The stand-in's certificate is made for the run (HTTP/2 needs TLS in a browser).
      use: {
        baseURL: `http://127.0.0.1:${E2E_PORTS.hosted}`,
        screenshot: 'on',
        ignoreHTTPSErrors: true,
      },
    },
  ],
})
