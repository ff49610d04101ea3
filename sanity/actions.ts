import {useDocumentOperation, type DocumentActionComponent} from 'sanity'

import {previousSlugsAfterPublish, type WithSlug} from './slug-history'

/** The document types whose earlier web addresses the Studio keeps (`previousSlugs`). */
export const SLUG_HISTORY_TYPES = ['treatment', 'page']

/**
 * Wraps Sanity's publish action for treatments and pages: before publishing a changed web address, the old
 * one is written into `previousSlugs` of the draft, so the site redirects it to the new one.
 */
export function withSlugHistory(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithSlugHistory: DocumentActionComponent = (props) => {
    const result = publish(props)
    const {patch} = useDocumentOperation(props.id, props.type)
    if (!result) return result
    return {
      ...result,
      onHandle: () => {
        const previousSlugs = previousSlugsAfterPublish(
          props.published as WithSlug | null,
          props.draft as WithSlug | null,
        )
        if (previousSlugs) patch.execute([{set: {previousSlugs}}])
        result.onHandle?.()
      },
    }
  }
  PublishWithSlugHistory.action = 'publish'
  return PublishWithSlugHistory
}
