/*
 * Debian's Chromium (`npx playwright install` cannot download here) and the flags it runs with,
 * for the e2e tests, Lighthouse and the bench. Playwright adds `--headless` itself; Lighthouse's
 * launcher needs it added.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
