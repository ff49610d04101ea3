import {notFound} from 'next/navigation'

// Without this catch-all, a URL that matches no route would get Next's bare 404 page instead of
// the site's (there is no app/layout.tsx: the site and the Studio have their own root layouts).
export default function UnknownPage(): never {
  notFound()
}
