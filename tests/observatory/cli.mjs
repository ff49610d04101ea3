// @ts-check
/*
 * `node tests/observatory/cli.mjs <host[:port]> --ca <authority.pem>`: Mozilla's HTTP Observatory
 * against a local HTTPS front (scan.mjs); prints the grade, the score and each failing check.
 */
import {describeScan, observatoryScan} from './scan.mjs'

const [host, flag, caFile] = process.argv.slice(2)
if (!host || flag !== '--ca' || !caFile) {
  console.error('usage: node tests/observatory/cli.mjs <host[:port]> --ca <authority.pem>')
  process.exit(2)
}
console.log(describeScan(observatoryScan({dir: import.meta.dirname, host, caFile})))
