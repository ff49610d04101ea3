import type {LocalizedText} from '@/lib/content/localized'
import {langWhereDifferent} from '@/lib/i18n/lang'

type Props = {text: LocalizedText; label: string; language: string}

export function Disclaimer({text, label, language}: Props) {
  return (
    <aside className="disclaimer" aria-label={label}>
      <p lang={langWhereDifferent(text.language, language)}>{text.text}</p>
    </aside>
  )
}
