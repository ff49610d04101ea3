import {readFileSync, readdirSync} from 'node:fs'

/** A process and all its descendants (from /proc), each with its status and stat lines. */
function processTree(pid) {
  const children = new Map()
  const files = new Map()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1])
      files.set(Number(entry), {status, stat})
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  const tree = []
  const queue = [pid]
  while (queue.length) {
    const current = queue.pop()
    if (files.has(current)) tree.push(files.get(current))
    queue.push(...(children.get(current) ?? []))
  }
  return tree
}

/** RSS in MB of a process and all its descendants. */
export function treeRssMb(pid) {
  const kb = processTree(pid).reduce(
    (sum, {status}) => sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
    0,
  )
  return kb / 1024
}

/** CPU seconds (user and system, all threads) used so far by a process and its descendants. */
export function treeCpuSeconds(pid) {
  // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th,
  // in clock ticks (100 per second on Linux).
  const ticks = processTree(pid).reduce((sum, {stat}) => {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return sum + Number(fields[11]) + Number(fields[12])
  }, 0)
  return ticks / 100
}
