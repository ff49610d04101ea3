type Props = {sections: Array<{id: string; title: string}>; heading: string}

/** The sections of a long page, as links to their anchors. Short pages do not need one. */
export const MIN_SECTIONS_FOR_CONTENTS = 4

export function OnThisPage({sections, heading}: Props) {
  if (sections.length < MIN_SECTIONS_FOR_CONTENTS) return null
  return (
    <nav aria-labelledby="on-this-page" className="on-this-page">
      <h2 id="on-this-page">{heading}</h2>
      <ol>
        {sections.map(({id, title}) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
