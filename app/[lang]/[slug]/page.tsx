import {PageView, pageViewMetadata} from '@/app/_views/PageView'
import {getPageSlugs} from '@/lib/content'
import {languageOf} from '@/lib/i18n/params'
import {languageByPrefix} from '@/lib/shared/languages'

// A page built by staff in another language: `/es/<slug>`. (`/about/x`, whose first segment is
// no language, answers 404.)
type Props = {params: Promise<{lang: string; slug: string}>}

export async function generateStaticParams({params}: {params: {lang: string}}) {
  const language = languageByPrefix(params.lang)
  return language ? (await getPageSlugs(language.id)).map((slug) => ({slug})) : []
}

export async function generateMetadata({params}: Props) {
  return pageViewMetadata(await languageOf(params), (await params).slug)
}

export default async function Page({params}: Props) {
  return <PageView language={await languageOf(params)} slug={(await params).slug} />
}
