/*
 * Builds the Studio's desk structure with Sanity's own StructureBuilder and the real workspace,
 * and prints what staff would see: the top-level items, and the items under Treatments,
 * Translations and Affiliations (ids, titles, and the filters of their document lists), and the
 * lists of physicians and locations.
 *
 * Run: npx sanity exec tests/support/serialize-structure.ts --mock-browser-env
 */
import {createStructureBuilder} from 'sanity/structure'

import {structure} from '../../sanity/structure'

import {loadStudioWorkspace} from './studio-workspace'

type Serialized = {
  id?: string
  title?: string
  type?: string
  child?: unknown
  items?: Serialized[]
}

async function main() {
  const {workspace} = await loadStudioWorkspace()
  const source = workspace.unstable_sources[0]!
  const S = createStructureBuilder({source, perspectiveStack: []})
  const root = (await structure(S, {} as never)) as unknown as {serialize: () => Serialized}
  const list = root.serialize()

  const describe = (item: Serialized) => ({id: item.id, title: item.title, type: item.type})
  type Buildable = {serialize?: () => Serialized}
  const childList = async (item: Serialized | undefined): Promise<Serialized | undefined> => {
    let child = item?.child as Buildable | ((id: string, options: object) => unknown) | undefined
    // A serialized list item resolves its child through a function, as the Studio's router does.
    if (typeof child === 'function') child = (await child(item?.id ?? '', {})) as Buildable
    if (child && typeof child.serialize === 'function') return child.serialize()
    return child as Serialized | undefined
  }
  const treatments = await childList(list.items?.find(({id}) => id === 'treatments'))
  const affiliations = await childList(list.items?.find(({id}) => id === 'affiliations'))
  const listFilter = async (item: Serialized | undefined) => {
    const child = await childList(item)
    return (child as {options?: {filter?: string; params?: unknown}} | undefined)?.options
  }
  const translations = await childList(list.items?.find(({id}) => id === 'translations'))
  const physicians = await listFilter(list.items?.find(({id}) => id === 'physician'))
  const locations = await listFilter(list.items?.find(({id}) => id === 'location'))
  const pages = await listFilter(list.items?.find(({id}) => id === 'page'))
  const output = {
    items: list.items?.map(describe),
    treatments: treatments?.items?.map(describe),
    dueForReview: await listFilter(treatments?.items?.find(({id}) => id === 'due-for-review')),
    translations: await Promise.all(
      (translations?.items ?? []).map(async (language) => {
        const lists = await childList(language)
        return {
          ...describe(language),
          items: await Promise.all(
            (lists?.items ?? []).map(async (item) => ({
              ...describe(item),
              list: await listFilter(item),
            })),
          ),
        }
      }),
    ),
    affiliations: await Promise.all(
      (affiliations?.items ?? []).map(async (item) => ({
        ...describe(item),
        list: await listFilter(item),
      })),
    ),
    physicians,
    locations,
    pages,
  }
  process.stdout.write(`${JSON.stringify(output)}\n`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
