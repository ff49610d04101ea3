import {readFile} from 'node:fs/promises'
import path from 'node:path'

import writeFileAtomic from 'write-file-atomic'

/** Projects that run against the hosted backend (the others use the bundled dataset). */
export const isHostedProject = (projectName: string) => projectName.endsWith('hosted')

/** The dataset copy a project's server reads (the stand-in's file for the hosted backend). */
export function datasetFile(projectName: string) {
  const work = process.env.E2E_WORK_DIR
  if (!work) throw new Error('E2E_WORK_DIR is not set (tests/e2e/support/global-setup.ts)')
  return path.join(work, isHostedProject(projectName) ? 'hosted.ndjson' : 'local.ndjson')
}

/*
 * Files are replaced whole (write-file-atomic: a new file renamed over the old one): the servers
 * read them while tests edit them, and a half-written file is not valid NDJSON.
 */

/** Edits one document of a dataset file, as a publish in the Studio would. */
export async function editDocument(
  file: string,
  id: string,
  change: (doc: Record<string, unknown>) => void,
) {
  const lines = (await readFile(file, 'utf8')).split('\n')
  const edited = lines.map((line) => {
    if (!line.trim()) return line
    const doc = JSON.parse(line) as Record<string, unknown>
    if (doc._id !== id) return line
    change(doc)
    return JSON.stringify(doc)
  })
  await writeFileAtomic(file, edited.join('\n'))
}

/** Adds documents at the end of a dataset file. */
export async function appendDocuments(file: string, docs: object[]) {
  const text = await readFile(file, 'utf8')
  const lines = docs.map((doc) => JSON.stringify(doc)).join('\n')
  await writeFileAtomic(file, `${text.trimEnd()}\n${lines}\n`)
}

/** One document of a dataset file, as it is now. */
export async function readDocument(file: string, id: string): Promise<Record<string, unknown>> {
  const docs = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  const doc = docs.find((candidate) => candidate._id === id)
  if (!doc) throw new Error(`${id} is not in ${file}`)
  return doc
}
