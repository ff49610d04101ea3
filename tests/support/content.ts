import path from 'node:path'

export const FIXTURES = path.join(__dirname, '..', 'fixtures')
export const fixture = (name: string) => path.join(FIXTURES, name)
export const BUNDLED_DATASET = path.join(
  __dirname,
  '..',
  '..',
  'sanity',
  'data',
  'production.ndjson',
)

/** Runs `body` with the given environment variables set, restoring the previous values after. */
export async function withEnv<T>(
  vars: Record<string, string | undefined>,
  body: () => Promise<T> | T,
): Promise<T> {
  const previous = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]))
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  apply(vars)
  try {
    return await body()
  } finally {
    apply(previous)
  }
}
