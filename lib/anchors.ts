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
