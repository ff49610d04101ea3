'use client'

import Link from 'next/link'

// Last resort when even the site's layout fails (for example, the content service is down while
// rendering a page for the first time). It must bring its own <html> and <body>.
export default function GlobalError() {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          margin: '2rem',
          lineHeight: 1.5,
          color: '#1b2631',
        }}
      >
        <h1>This page is not available right now</h1>
        <p>Something went wrong on our side. Please try again in a few minutes.</p>
        <p>
          <Link href="/">Go to the home page</Link>
        </p>
      </body>
    </html>
  )
}
