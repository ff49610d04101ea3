import type {CalloutTone} from '@/lib/content/pages'

type Props = {
  tone: CalloutTone
  text: string
  /** What the call-out is, in the page's language ("Important", "Good to know"). */
  label: string
  /** The text's language when it differs from the page's (an untranslated page). */
  lang?: string
}

/** A short note set apart from the text; its kind is written, not only coloured. */
export function Callout({tone, text, label, lang}: Props) {
  return (
    <aside className={`callout callout--${tone}`} aria-label={label}>
      <p>
        <strong className="callout__label">{label}:</strong> <span lang={lang}>{text}</span>
      </p>
    </aside>
  )
}
