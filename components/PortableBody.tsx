import {PortableText, type PortableTextComponents} from '@portabletext/react'
import type {TypedObject} from '@portabletext/types'

import {cdnImageSources, isProjectImageUrl} from '@/lib/render/images'
import {isExternal, safeHref} from '@/lib/render/links'
import {bodyHeadings} from '@/lib/render/anchors'

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
type Props = {
  value: Array<TypedObject & Record<string, unknown>>
  /**
   * The headings' ids by block key, when the page has more than this body (a page built by
   * staff: ids unique across its blocks); by default computed from this body alone.
   */
  headingIds?: ReadonlyMap<string, string>
}

/**
 * Builds the renderers; headings get stable ids so marketing can link to a section
 * (#how-it-works), and the first image loads first (it is likely in view).
 */
function componentsFor(
  ids: ReadonlyMap<string, string>,
  firstImageKey?: string,
): PortableTextComponents {
  const idOf = (value: {_key?: string}) => (value._key ? ids.get(value._key) : undefined)
  return {
    ...baseComponents,
    types: {
      imageWithAlt: ({value}: {value: BodyImage}) => {
        const src = safeHref(value.asset?.url, {allow: new Set(['https:'])})
        if (!isProjectImageUrl(src)) return null
        const alt = value.alt?.trim()
        const {width, height} = value.asset?.metadata?.dimensions ?? {}
        // An image without a file, alt text or size is left out rather than shown half-broken.
        if (!src || !alt || !width || !height) return null
        return (
          <figure className="body-image">
            {/* eslint-disable-next-line @next/next/no-img-element -- see cdnImageSources */}
            <img
              {...cdnImageSources(src, width)}
              sizes="(min-width: 48rem) 42rem, 100vw"
              alt={alt}
              width={width}
              height={height}
              {...(value._key === firstImageKey
                ? {fetchPriority: 'high' as const}
                : {loading: 'lazy' as const, decoding: 'async' as const})}
            />
          </figure>
        )
      },
    },
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
  // Unknown block types from future schema versions render nothing instead of a warning box.
  unknownType: () => null,
  unknownMark: ({children}) => <>{children}</>,
}

export function PortableBody({value, headingIds}: Props) {
  const ids = headingIds ?? new Map(bodyHeadings(value).map(({key, id}) => [key, id]))
  const firstImageKey = value.find((block) => block._type === 'imageWithAlt')?._key as
    string | undefined
  return (
    <div className="prose">
      <PortableText
        value={value as TypedObject[]}
        components={componentsFor(ids, firstImageKey)}
        onMissingComponent={false}
      />
    </div>
  )
}
