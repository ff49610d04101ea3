import {readFile} from 'node:fs/promises'

/**
 * The webhook's filter and projection as the README tells staff to create it ("Refreshing pages
 * when content is published"), so the stand-in sends exactly that and the e2e tests check it.
 */
export async function readmeWebhook(readme: string) {
  const text = await readFile(readme, 'utf8')
  const field = (name: string) => {
    const value = new RegExp(String.raw`\*\*${name}\*\*: \`([^\`]+)\``).exec(text)?.[1]
    if (!value) throw new Error(`README: no "${name}" in the webhook's steps`)
    return value
  }
  return {filter: field('Filter'), projection: field('Projection')}
}
