/** Tells staff that they see unpublished content, with the way back to the published site. */
export function PreviewBanner() {
  return (
    <div className="preview-banner" role="status">
      <p>
        <strong>Preview of unpublished changes.</strong> Patients do not see this version.{' '}
        {/* A plain link: a route handler that ends the preview must never be prefetched. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/draft-mode/disable">Exit preview</a>
      </p>
    </div>
  )
}
