import {readFileSync, readdirSync} from 'node:fs'

/** RSS in MB of a process and all its descendants (from /proc). */
export function treeRssMb(pid) {
  const children = new Map()
  const rss = new Map()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1])
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0))
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  const queue = [pid]
  while (queue.length) {
    const current = queue.pop()
    total += rss.get(current) ?? 0
    queue.push(...(children.get(current) ?? []))
  }
  return total / 1024
}
