/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let the e2e suite build the local and hosted variants side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  compress: true,
}

module.exports = nextConfig
