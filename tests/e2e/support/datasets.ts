import path from 'node:path'

/** Projects that run against the hosted backend (the others use the bundled dataset). */
export const isHostedProject = (projectName: string) => projectName.endsWith('hosted')

/** The dataset copy a project's server reads (the stand-in's file for the hosted backend). */
export function datasetFile(projectName: string) {
  const work = process.env.E2E_WORK_DIR
  if (!work) throw new Error('E2E_WORK_DIR is not set (tests/e2e/support/global-setup.ts)')
  return path.join(work, isHostedProject(projectName) ? 'hosted.ndjson' : 'local.ndjson')
}
