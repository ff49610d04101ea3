type Props = {text: string}

/** Says, in the page's language, that the text below is the English original (not translated yet). */
export function FallbackNote({text}: Props) {
  return (
    <p className="fallback-note" role="note">
      {text}
    </p>
  )
}
