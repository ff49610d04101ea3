export type WithSlug = {slug?: {current?: string}; previousSlugs?: string[]}

/**
 * The earlier web addresses a treatment keeps after a publish: the published slug joins them when
 * the draft changes it (so old links keep working, also after a second rename), and a slug that
 * becomes current again leaves them. `undefined` when nothing changes.
 */
export function previousSlugsAfterPublish(
  published: WithSlug | null | undefined,
  draft: WithSlug | null | undefined,
): string[] | undefined {
  const before = published?.slug?.current
  const after = draft?.slug?.current
  const kept = draft?.previousSlugs ?? published?.previousSlugs ?? []
  const next = [...new Set([...kept, ...(before && before !== after ? [before] : [])])].filter(
    (slug) => slug && slug !== after,
  )
  const unchanged =
    next.length === (draft?.previousSlugs ?? []).length &&
    next.every((slug, index) => slug === draft?.previousSlugs?.[index])
  return unchanged ? undefined : next
}
