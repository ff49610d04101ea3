import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * A synthetic dataset of `treatments` treatments with their Spanish and Chinese translations, as
 * the benchmark generates it (scripts/generate-dataset.ts); returns the NDJSON file's path.
 */
export function syntheticDatasetFile(treatments: number): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'synthetic-')), 'synthetic.ndjson')
  const result = spawnSync(
    path.join('node_modules', '.bin', 'tsx'),
    ['scripts/generate-dataset.ts', '--treatments', String(treatments), '--out', out],
    {encoding: 'utf8'},
  )
  if (result.status !== 0) throw new Error(result.stderr)
  return out
}
