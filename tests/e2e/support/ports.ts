/** Loopback ports of the e2e servers (override with E2E_PORT_BASE when these are taken). */
const base = Number(process.env.E2E_PORT_BASE || 3100)

export const E2E_PORTS = {
  local: base,
  hosted: base + 100,
  standIn: base + 200,
  // The same stand-in over HTTP/2 and TLS, for the Studio in Chromium (see startStandIn).
  studioApi: base + 201,
  hostile: base + 300,
  // Two instances of the local build sharing Redis (cluster.spec.ts).
  clusterA: base + 400,
  clusterB: base + 401,
  // The cache in front of them (Varnish, deploy/varnish/clinic.vcl).
  clusterFront: base + 402,
  // The hosted cluster's own stand-in of Sanity's API.
  clusterStandIn: base + 403,
  // The TLS front with a nonce per response (tls-front.spec.ts, nginx): in front of a cache in
  // front of the local server, in front of the hostile server, and the same front without the
  // nonce (to compare).
  tlsLocal: base + 500,
  tlsLocalCache: base + 501,
  tlsHostile: base + 502,
  tlsPlain: base + 503,
}

export const E2E_ORIGINS = {
  local: `http://127.0.0.1:${E2E_PORTS.local}`,
  hosted: `http://127.0.0.1:${E2E_PORTS.hosted}`,
  standIn: `http://127.0.0.1:${E2E_PORTS.standIn}`,
  hostile: `http://127.0.0.1:${E2E_PORTS.hostile}`,
}

/** Build folders of the e2e servers (NEXT_DIST_DIR), side by side in the project. */
export const E2E_DIST_DIRS = {
  local: '.next-e2e-local',
  hosted: '.next-e2e-hosted',
  hostile: '.next-e2e-hostile',
}

/** Signing secret of the webhook on the e2e servers (test-only). */
export const E2E_WEBHOOK_SECRET = 'e2e-webhook-secret'

/** Preview settings of the e2e servers (test-only values; a test checks they never reach the browser). */
export const E2E_PREVIEW_SECRET = 'e2e-local-preview-secret'
export const E2E_READ_TOKEN = 'e2e-viewer-token-never-in-the-browser'

/** The token the e2e Studio logs in with (the stand-in accepts only this one). */
export const E2E_STUDIO_TOKEN = 'e2e-studio-editor-token'
/** The hosted build's project id; its Studio calls `<projectId>.localhost:<stand-in port>`. */
export const E2E_PROJECT_ID = 'e2etest'
