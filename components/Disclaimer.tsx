type Props = {text: string}

export function Disclaimer({text}: Props) {
  return (
    <aside className="disclaimer" aria-label="Medical disclaimer">
      <p>{text}</p>
    </aside>
  )
}
