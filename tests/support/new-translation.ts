/*
 * What the Translations menu writes when staff start a translation, computed by the plugin's own
 * code against the real schema: @sanity/document-internationalization 6.2.2 builds the new
 * document as `{...source, _id: 'drafts.<uuid>', language}` and then drops every field whose
 * schema option says `documentInternationalization: {exclude: true}` (its `removeExcludedPaths`,
 * which it does not export: it is read from the installed plugin's dist file here, so a plugin
 * update that changes it makes this script fail instead of passing on a copy).
 *
 * Run: npx sanity exec tests/support/new-translation.ts --mock-browser-env
 * Prints one JSON line: {copied: <the new Spanish translation of a reviewed English treatment>}.
 */
import {readFileSync} from 'node:fs'

import {extractWithPath, Mutation} from '@sanity/mutator'
import {isDocumentSchemaType, pathToString} from 'sanity'

import {loadStudioWorkspace} from './studio-workspace'

const PLUGIN = require.resolve('@sanity/document-internationalization')

/** The plugin's function `name`, cut from its dist file (up to the next top-level function). */
function pluginFunction(source: string, name: string): string {
  const start = source.indexOf(`function ${name}(`)
  if (start < 0) throw new Error(`${name} not found in ${PLUGIN}`)
  const end = source.indexOf('\nfunction ', start + 1)
  return source.slice(start, end)
}

async function main() {
  const source = readFileSync(PLUGIN, 'utf8')
  // The line of the plugin that creates a translation, as this script reproduces it.
  const creation =
    /newTranslationDocument = \{\s*\.\.\.source,\s*_id: `drafts\.\$\{newTranslationDocumentId\}`,\s*\[languageField\]: language\.id\s*\};\s*newTranslationDocument = removeExcludedPaths\(newTranslationDocument, schemaType\)/
  if (!creation.test(source)) throw new Error('The plugin no longer creates translations this way')
  const removeExcludedPaths = new Function(
    'isDocumentSchemaType',
    'pathToString',
    'extractWithPath',
    'Mutation',
    `${pluginFunction(source, 'removeExcludedPaths')}\n${pluginFunction(source, 'extractPaths')}\nreturn removeExcludedPaths`,
  )(isDocumentSchemaType, pathToString, extractWithPath, Mutation) as (
    doc: Record<string, unknown>,
    schemaType: unknown,
  ) => Record<string, unknown>

  const {workspace} = await loadStudioWorkspace()
  const english = {
    _id: 'spine-injections',
    _type: 'treatment',
    language: 'en',
    title: 'Spine Injections',
    slug: {_type: 'slug', current: 'spine-injections'},
    summary: 'Medicine placed near the spine.',
    aliases: ['epidural'],
    faqs: [{_key: 'f1', _type: 'faq', question: 'Does it hurt?', answer: 'A little.'}],
    bodyArea: {_type: 'reference', _ref: 'area-spine'},
    parent: {_type: 'reference', _ref: 'other'},
    order: 1,
    image: {_type: 'imageWithAlt', alt: 'A spine', asset: {_type: 'reference', _ref: 'image-x'}},
    medicalReview: {
      reviewedBy: {_type: 'reference', _ref: 'physician-a'},
      lastReviewed: '2026-03-04',
    },
    previousSlugs: ['spinal-injections'],
  }
  const copied = removeExcludedPaths(
    {...english, _id: 'drafts.new-translation', language: 'es'},
    workspace.schema.get('treatment'),
  )
  process.stdout.write(`${JSON.stringify({copied})}\n`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
