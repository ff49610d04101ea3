'use client'

// Shown when a page cannot be rendered (for example, the content service is down and the page was
// never cached). It shows no technical details: those stay in the server log.
export default function ErrorPage({reset}: {error: Error & {digest?: string}; reset: () => void}) {
  return (
    <div className="container stack">
      <header className="page-header">
        <h1>This page is not available right now</h1>
        <p className="lead">Something went wrong on our side. Please try again in a few minutes.</p>
      </header>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
    </div>
  )
}
