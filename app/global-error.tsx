'use client'

import {usePathname} from 'next/navigation'

import {errorMessages} from '@/lib/i18n/errors'
import {DEFAULT_LANGUAGE, languageByPrefix} from '@/lib/shared/languages'
import {resolveHref} from '@/lib/shared/routes'

// Last resort when even the site's layout fails (for example, the content service is down while
// rendering a page for the first time). It must bring its own <html> and <body>, and takes its
// language from the address (`/es/…`, `/zh/…`), the only thing it can still rely on. The home link
// is a plain <a>: after a failure this deep a full page load is the sound way back, and next/link
// would put a second copy of its client code in every page's JavaScript (about 3 KB).
export default function GlobalError() {
  const prefix = usePathname()?.split('/')[1] ?? ''
  const language = languageByPrefix(prefix)?.id ?? DEFAULT_LANGUAGE
  const text = errorMessages(language)
  return (
    <html lang={language}>
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          margin: '2rem',
          lineHeight: 1.5,
          color: '#1b2631',
        }}
      >
        <h1>{text.heading}</h1>
        <p>{text.lead}</p>
        <p>
          <a href={resolveHref({type: 'home'}, language)}>{text.home}</a>
        </p>
      </body>
    </html>
  )
}
