'use client'

import {errorMessages} from '@/lib/i18n/errors'
import type {LanguageId} from '@/lib/shared/languages'

/**
 * Shown when a page cannot be rendered (for example, the content service is down and the page was
 * never cached), in the page's language. It shows no technical details: those stay in the server
 * log.
 */
export function ErrorView({language, reset}: {language: LanguageId; reset: () => void}) {
  const text = errorMessages(language)
  return (
    <div className="container stack">
      <header className="page-header">
        <h1>{text.heading}</h1>
        <p className="lead">{text.lead}</p>
      </header>
      <p>
        <button type="button" className="button" onClick={reset}>
          {text.retry}
        </button>
      </p>
    </div>
  )
}
