import type {NextRequest} from 'next/server'

import {answerRequest} from '@/lib/redirects'

/** Redirects managed in Sanity, and one shared 404 for unknown treatment addresses (lib/redirects). */
export function proxy(request: NextRequest) {
  return answerRequest(request)
}

export const config = {
  // Not for the framework's files, the API or the Studio, and not for the site's fixed pages,
  // which a redirect never takes over: the proxy costs every request it runs for (measured: about
  // 45% of a cached page's throughput), so it runs only where a redirect can apply.
  matcher: [
    // The language prefixes are spelled out because a matcher must be a literal; a new language
    // that is not listed here still works, its fixed pages just pay the proxy's cost.
    '/((?!_next/|api/|studio|(?:(?:es|zh)/)?(?:treatments|affiliations|physicians|locations|search|language-assistance)$|(?:es|zh)$|sitemap\\.xml$|robots\\.txt$|manifest\\.webmanifest$|icon\\.svg|(?:(?:es|zh)/)?(?:treatments/|affiliations/|physicians/|locations/|language-assistance/)?opengraph-image).+)',
  ],
}
