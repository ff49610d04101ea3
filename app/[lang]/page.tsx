import {HomeView, homeMetadata} from '@/app/_views/HomeView'
import {PageView, pageViewMetadata} from '@/app/_views/PageView'
import {rootSegment} from '@/lib/i18n/params'

type Props = {params: Promise<{lang: string}>}

// `/es`, `/zh`: that language's home page. Any other first segment is an English page built by
// staff (`/about`; prerendered on its first request, as the layout's params are the languages);
// an unknown one answers the English 404 page.
export async function generateMetadata({params}: Props) {
  const segment = await rootSegment(params)
  return segment.kind === 'home'
    ? homeMetadata(segment.language)
    : pageViewMetadata('en', segment.slug)
}

export default async function HomeOrPage({params}: Props) {
  const segment = await rootSegment(params)
  return segment.kind === 'home' ? (
    <HomeView language={segment.language} />
  ) : (
    <PageView language="en" slug={segment.slug} />
  )
}
