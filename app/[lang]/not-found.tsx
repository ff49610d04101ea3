import {lang} from 'next/root-params'

import {NotFoundView, notFoundMetadata} from '@/app/_views/NotFoundView'
import {DEFAULT_LANGUAGE, languageByPrefix} from '@/lib/shared/languages'

// not-found.tsx receives no params; the language is the root segment's (`next/root-params`).
async function currentLanguage() {
  return languageByPrefix((await lang()) ?? '')?.id ?? DEFAULT_LANGUAGE
}

export async function generateMetadata() {
  return notFoundMetadata(await currentLanguage())
}

export default async function NotFound() {
  return <NotFoundView language={await currentLanguage()} />
}
