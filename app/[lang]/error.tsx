'use client'

import {useParams} from 'next/navigation'

import {ErrorView} from '@/app/_views/ErrorView'
import {DEFAULT_LANGUAGE, languageByPrefix} from '@/lib/shared/languages'

// Error boundaries are client components without params: the language comes from the address.
export default function ErrorPage({reset}: {error: Error & {digest?: string}; reset: () => void}) {
  const {lang} = useParams<{lang: string}>()
  return <ErrorView language={languageByPrefix(lang)?.id ?? DEFAULT_LANGUAGE} reset={reset} />
}
