import {
  LanguageAssistanceView,
  languageAssistanceMetadata,
} from '@/app/_views/LanguageAssistanceView'
import {languageOf} from '@/lib/i18n/params'

type Props = {params: Promise<{lang: string}>}

export async function generateMetadata({params}: Props) {
  return languageAssistanceMetadata(await languageOf(params))
}

export default async function LanguageAssistancePage({params}: Props) {
  return <LanguageAssistanceView language={await languageOf(params)} />
}
