type Faq = {_key: string; question: string | null; answer: string | null}

type Props = {
  faqs: Faq[]
  heading: string
  /** The answers' language when it differs from the page's (an untranslated page). */
  lang?: string
  /** The heading's id, unique on the page (a page built by staff may have several lists). */
  id?: string
}

/** Questions and answers as native disclosure elements: keyboard and screen-reader friendly. */
export function Faqs({faqs, heading, lang, id = 'faqs'}: Props) {
  const items = faqs.filter((faq) => faq.question && faq.answer)
  if (items.length === 0) return null
  return (
    <section className="faqs" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.map((faq) => (
        <details key={faq._key} className="faq" lang={lang}>
          <summary>{faq.question}</summary>
          <p>{faq.answer}</p>
        </details>
      ))}
    </section>
  )
}
