import {NotFoundView, notFoundMetadata} from '@/app/_views/NotFoundView'

export const metadata = notFoundMetadata('en')

export default function NotFound() {
  return <NotFoundView language="en" />
}
