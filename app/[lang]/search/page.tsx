import {SearchView, searchMetadata} from '@/app/_views/SearchView'
import {languageOf} from '@/lib/i18n/params'

type Props = {
  params: Promise<{lang: string}>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({params}: Props) {
  return searchMetadata(await languageOf(params))
}

export default async function SearchPage({params, searchParams}: Props) {
  return <SearchView language={await languageOf(params)} query={(await searchParams).q} />
}
