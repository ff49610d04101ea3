import {
  LanguageAssistanceView,
  languageAssistanceMetadata,
} from '@/app/_views/LanguageAssistanceView'

export const generateMetadata = () => languageAssistanceMetadata('en')

export default function LanguageAssistancePage() {
  return <LanguageAssistanceView language="en" />
}
