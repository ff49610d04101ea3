import {stegaClean} from 'next-sanity'
import type {Thing, WithContext} from 'schema-dts'

import {serializeJsonLd} from '@/lib/seo'

/**
 * A JSON-LD block for search engines. Preview markers (stega) are removed: they belong in visible
 * text only; "<" is escaped so content can never end the script element.
 */
export function JsonLd({data}: {data: WithContext<Thing>}) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{__html: serializeJsonLd(stegaClean(data))}}
    />
  )
}
