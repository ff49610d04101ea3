import {SearchView, searchMetadata} from '@/app/_views/SearchView'

type Props = {searchParams: Promise<Record<string, string | string[] | undefined>>}

export const generateMetadata = () => searchMetadata('en')

export default async function SearchPage({searchParams}: Props) {
  return <SearchView language="en" query={(await searchParams).q} />
}
