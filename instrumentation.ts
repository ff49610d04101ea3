/** Runs once when a server process starts (Next.js instrumentation). */
export async function register() {
  // Several instances sharing Redis: follow the others' redirect changes from the start.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.REDIS_URL) {
    const {followRedirectChanges} = await import('./lib/cluster')
    followRedirectChanges()
  }
}
