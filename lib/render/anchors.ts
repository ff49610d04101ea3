/** Stable fragment ids for headings ("How it works" -> "how-it-works"), unique within a page. */
export function headingIds(headings: string[]): string[] {
  const seen = new Map<string, number>()
  return headings.map((heading) => {
    const base =
      heading
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'section'
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count + 1}`
  })
}

export type BodyHeading = {key: string; id: string; text: string; level: 2 | 3}

const blockText = (block: Record<string, unknown>) =>
  (Array.isArray(block.children) ? block.children : [])
    .map((child: {text?: unknown}) => (typeof child?.text === 'string' ? child.text : ''))
    .join('')

/**
 * The headings of a Portable Text body with their anchors. Headings written as h1 become h2 (the
 * page title is the only h1), so a body starts at level 2.
 */
export function bodyHeadings(blocks: Array<Record<string, unknown>>): BodyHeading[] {
  const headings = blocks.flatMap((block) =>
    block._type === 'block' &&
    ['h1', 'h2', 'h3'].includes(String(block.style)) &&
    typeof block._key === 'string'
      ? [{key: block._key, text: blockText(block), level: block.style === 'h3' ? 3 : 2}]
      : [],
  )
  const ids = headingIds(headings.map(({text}) => text))
  return headings.map((heading, index) => ({...heading, id: ids[index]!}) as BodyHeading)
}
