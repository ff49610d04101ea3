/*
 * Security headers (see README "Security"). The Content-Security-Policy keeps 'unsafe-inline' in
 * script-src: Next.js puts the page's data in inline <script> elements whose content changes with
 * every page and every regeneration, so hashes in a static header would go stale, and nonces make
 * every page render per request (no static caching). Everything else is locked down.
 */
// The Sanity project's settings are read in one place; Node 20.19+ can require() an ES module.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const {projectId, dataset, studioTestApiHost} = require('./lib/settings/sanity-project.mjs')
const sanityImages = projectId ? `https://cdn.sanity.io/images/${projectId}/${dataset}/` : ''
const sanityApi = projectId ? `https://${projectId}.api.sanity.io` : ''

const policy = (directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' ').trim())
    .join('; ')

const SITE_CSP = policy({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', sanityImages],
  'font-src': ["'self'"],
  // Drafts previewed from a hosted project read the Sanity API (Visual Editing).
  'connect-src': ["'self'", sanityApi],
  'frame-src': ["'self'"],
  'frame-ancestors': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
})

// The e2e build's Studio talks to a stand-in at `<projectId>.<host>` (see studioTestApiHost).
const studioTestApi = studioTestApiHost
  ? [studioTestApiHost, studioTestApiHost.replace('://', '://*.')].flatMap((origin) => [
      origin,
      origin.replace(/^http/, 'ws'),
    ])
  : []

// The Studio talks to Sanity's APIs and shows images and avatars from them.
const STUDIO_CSP = policy({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': [
    "'self'",
    'https://*.sanity.io',
    'wss://*.sanity.io',
    'https://*.sanity.work',
    ...studioTestApi,
  ],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'"],
  'frame-ancestors': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
})

const COMMON_HEADERS = [
  {key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
]

/*
 * Several instances share Next.js's page and data cache in Redis when REDIS_URL is set at
 * `next start` (lib/cluster); without it, the default cache on disk and in memory. Only for the
 * server: builds are the same with or without it, so one build serves both ways.
 */
const sharedCache = (phase) =>
  phase === 'phase-production-server' && process.env.REDIS_URL?.trim()
    ? {cacheHandler: require.resolve('./lib/cluster/cache-handler.mjs')}
    : {}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time, not bundled: the cache handler (which Next.js does not
  // bundle) and the route handlers then share one copy and one connection.
  serverExternalPackages: ['redis'],
  // Separate build folders let the e2e suite build the local and hosted variants side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  compress: true,
  experimental: {
    // Next.js prerenders with (CPUs - 1) workers: one on a 2-CPU machine, which left the other
    // idle. Measured at 2000 treatments in three languages: see bench/results.
    cpus: 2,
  },
  images: {
    // Only the project's own images on Sanity's CDN, and the site's own files.
    remotePatterns: projectId
      ? [
          {
            protocol: 'https',
            hostname: 'cdn.sanity.io',
            pathname: `/images/${projectId}/${dataset}/**`,
          },
        ]
      : [],
    deviceSizes: [390, 640, 828, 1080, 1280, 1920],
    imageSizes: [64, 128, 256, 384],
    dangerouslyAllowSVG: false,
  },
  async headers() {
    return [
      {source: '/:path*', headers: COMMON_HEADERS},
      // Not on the framework's static files: a policy governs documents, and every script would
      // carry its half kilobyte (measured: 5 KB more JavaScript transferred per page).
      {
        source: '/:path((?!studio(?:/|$)|_next/static/).*)',
        headers: [{key: 'Content-Security-Policy', value: SITE_CSP}],
      },
      {source: '/studio', headers: [{key: 'Content-Security-Policy', value: STUDIO_CSP}]},
      {source: '/studio/:path*', headers: [{key: 'Content-Security-Policy', value: STUDIO_CSP}]},
    ]
  },
}

/** @param {string} phase Next.js's phase: build, server, development server … */
module.exports = (phase) => ({...nextConfig, ...sharedCache(phase)})
