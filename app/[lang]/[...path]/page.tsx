import {notFound} from 'next/navigation'

// An address under a language prefix that matches no page gets that language's 404 page.
export default function UnknownPage(): never {
  notFound()
}
