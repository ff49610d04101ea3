'use client'

import {ErrorView} from '@/app/_views/ErrorView'

export default function ErrorPage({reset}: {error: Error & {digest?: string}; reset: () => void}) {
  return <ErrorView language="en" reset={reset} />
}
