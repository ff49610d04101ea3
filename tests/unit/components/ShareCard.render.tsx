/**
 * Renders share cards to PNG through next/og, as the site's opengraph-image routes do, in a Node
 * process of its own: next/og loads its renderer with a dynamic import() of an ES module, which
 * jest's CommonJS runtime cannot do. ShareCard.test.tsx runs it as
 *   node --conditions=react-server --import tsx tests/unit/components/ShareCard.render.tsx '<jobs>'
 * and reads one JSON line per job: the PNG (base64) and how long it took.
 * The network is cut first: next/og fetches fonts it lacks from Google Fonts, which a server
 * must not depend on (and CI cannot reach), so a missing glyph shows as a box here.
 */
import {ImageResponse} from 'next/og'

import {SHARE_CARD_SIZE, ShareCard} from '@/components/ShareCard'
import {shareCardFonts} from '@/lib/render/fonts'
import type {LanguageId} from '@/lib/shared/languages'

export type RenderJob = {title: string; summary?: string; language: LanguageId; withFonts: boolean}
export type RenderResult = {png: string; ms: number}

globalThis.fetch = async () => {
  throw new Error('no network for share images')
}

async function main(jobs: RenderJob[]) {
  for (const {title, summary, language, withFonts} of jobs) {
    const started = performance.now()
    const fonts = withFonts ? await shareCardFonts(language) : undefined
    const response = new ImageResponse(
      <ShareCard title={title} clinicName="" summary={summary} lang={language} />,
      {...SHARE_CARD_SIZE, fonts},
    )
    const png = Buffer.from(await response.arrayBuffer())
    const result: RenderResult = {png: png.toString('base64'), ms: performance.now() - started}
    process.stdout.write(`${JSON.stringify(result)}\n`)
  }
}

void main(JSON.parse(process.argv[2] ?? '[]') as RenderJob[])
