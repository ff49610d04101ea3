/*
 * Validates every document of an NDJSON dataset against the Studio's own schema rules, with
 * Sanity's `validateDocument` (what `sanity documents validate` runs, which needs a login here).
 * Queries the rules make (slug uniqueness) go through a real @sanity/client to the stand-in.
 *
 * Run: npx sanity exec tests/support/validate-dataset.ts --mock-browser-env -- <file.ndjson>…
 *   [--studio <file.ndjson>…]
 * Prints one JSON line per file: {file, environment, documents, markers: [{id, level, message,
 * path}]}. Each
 * file is validated on its own (its own stand-in); several in one run share the CLI's start-up,
 * which takes most of the time.
 *
 * Files after `--studio` are validated as the Studio does before publishing. The default, `cli`,
 * is what `sanity documents validate` does: it adds an unknown-fields check with `.warning()` to
 * the rules of object-typed fields (a slug is one), which turns their errors into warnings there
 * (sanity 5.31, `validateItem`); the Studio reports them as errors, which block publishing.
 */
import {readFileSync} from 'node:fs'

import {validateDocument} from 'sanity'

import {parseNdjson} from '../../lib/content/dataset'
import {startStandIn} from './sanity-stand-in'
import {loadStudioWorkspace} from './studio-workspace'

async function validateFile(file: string, environment: 'cli' | 'studio') {
  const documents = parseNdjson(readFileSync(file, 'utf8'), file)
  const ids = new Set(documents.map(({_id}) => _id))
  const standIn = await startStandIn({datasetFile: file})
  try {
    const {workspace, client} = await loadStudioWorkspace(standIn.url)
    const markers = []
    for (const document of documents) {
      const found = await validateDocument({
        document: document as Parameters<typeof validateDocument>[0]['document'],
        workspace,
        environment,
        getClient: (options) => client.withConfig(options),
        getDocumentExists: async ({id}) => ids.has(id),
      })
      for (const marker of found) {
        markers.push({
          id: document._id,
          level: marker.level,
          message: marker.message,
          path: marker.path,
        })
      }
    }
    return {file, environment, documents: documents.length, markers}
  } finally {
    await standIn.close()
  }
}

async function main() {
  const args = process.argv.slice(process.argv.indexOf('--') + 1)
  const studioFrom = args.includes('--studio') ? args.indexOf('--studio') : args.length
  const files = args.flatMap((arg, index) =>
    arg.endsWith('.ndjson')
      ? [{file: arg, environment: index > studioFrom ? 'studio' : 'cli'} as const]
      : [],
  )
  if (files.length === 0) throw new Error('Pass the NDJSON files to validate')
  for (const {file, environment} of files) {
    process.stdout.write(`${JSON.stringify(await validateFile(file, environment))}\n`)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
