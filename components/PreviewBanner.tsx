import type {Translator} from '@/lib/i18n'

/** Tells staff that they see unpublished content, with the way back to the published site. */
export function PreviewBanner({t}: {t: Translator}) {
  return (
    <div className="preview-banner" role="status">
      <p>
        <strong>{t('preview.heading')}</strong> {t('preview.text')}{' '}
        {/* A plain link: a route handler that ends the preview must never be prefetched. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/draft-mode/disable">{t('preview.exit')}</a>
      </p>
    </div>
  )
}
