import {PortableText, type PortableTextComponents} from '@portabletext/react'
import type {TypedObject} from '@portabletext/types'

import {isExternal, safeHref} from '@/lib/links'
import {bodyHeadings} from '@/lib/anchors'

type BodyImage = {
  _type: 'imageWithAlt'
  _key: string
  alt?: string
  asset: {
    url: string | null
    metadata: {dimensions: {width?: number; height?: number} | null} | null
  } | null
}

/** Portable Text as it comes from the content: blocks plus any custom types (unknown ones are skipped). */
type Props = {value: Array<TypedObject & Record<string, unknown>>}

/** Builds the renderers; headings get stable ids so marketing can link to a section (#how-it-works). */
function componentsFor(ids: Map<string, string>): PortableTextComponents {
  const idOf = (value: {_key?: string}) => (value._key ? ids.get(value._key) : undefined)
  return {
    ...baseComponents,
    block: {
      // The page title is the h1; headings written in the body start at h2.
      h1: ({children, value}) => <h2 id={idOf(value)}>{children}</h2>,
      h2: ({children, value}) => <h2 id={idOf(value)}>{children}</h2>,
      h3: ({children, value}) => <h3 id={idOf(value)}>{children}</h3>,
    },
  }
}

const baseComponents: PortableTextComponents = {
  marks: {
    link: ({value, children}) => {
      const href = safeHref((value as {href?: unknown} | undefined)?.href)
      // An unsafe or missing link target keeps its text but loses the link.
      if (!href) return <>{children}</>
      return isExternal(href) ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      )
    },
  },
  types: {
    imageWithAlt: ({value}: {value: BodyImage}) => {
      const src = safeHref(value.asset?.url, {allow: new Set(['https:'])})
      const alt = value.alt?.trim()
      // An image without a file or without alt text is left out rather than shown half-broken.
      if (!src || !alt) return null
      const {width, height} = value.asset?.metadata?.dimensions ?? {}
      return (
        <figure className="body-image">
          {/* eslint-disable-next-line @next/next/no-img-element -- Sanity's CDN resizes; next/image config comes with image support */}
          <img
            src={`${src}?w=1200&auto=format`}
            alt={alt}
            width={width}
            height={height}
            loading="lazy"
          />
        </figure>
      )
    },
  },
  // Unknown block types from future schema versions render nothing instead of a warning box.
  unknownType: () => null,
  unknownMark: ({children}) => <>{children}</>,
}

export function PortableBody({value}: Props) {
  const ids = new Map(bodyHeadings(value).map(({key, id}) => [key, id]))
  return (
    <div className="prose">
      <PortableText
        value={value as TypedObject[]}
        components={componentsFor(ids)}
        onMissingComponent={false}
      />
    </div>
  )
}
