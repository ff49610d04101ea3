import {notFound} from 'next/navigation'
import {ImageResponse} from 'next/og'

import {SHARE_CARD_SIZE, ShareCard} from '@/components/ShareCard'
import {getClinic, getPage, getTreatment} from '@/lib/content'
import {getTranslator} from '@/lib/i18n'
import {shareCardFonts} from '@/lib/render/fonts'
import {fetchPicture, sanityImageUrl} from '@/lib/render/images'
import type {LanguageId} from '@/lib/shared/languages'

/*
 * Share pictures (opengraph-image routes), in the page's language. Rendered on the server only:
 * the fonts they need (Chinese characters: lib/render/fonts.ts) never reach a page's download.
 */

export const shareImageSize = SHARE_CARD_SIZE

/** The share picture of every page that has no picture of its own: the clinic and its tagline. */
export async function siteShareImage(language: LanguageId) {
  const clinic = await getClinic(language, {stega: false})
  return new ImageResponse(
    <ShareCard
      title={clinic.name}
      clinicName={clinic.name}
      summary={clinic.tagline?.text}
      lang={clinic.tagline?.language ?? language}
    />,
    {...shareImageSize, fonts: await shareCardFonts(language)},
  )
}

/** A treatment's share picture: its title on the clinic's colours, with its picture when set. */
export async function treatmentShareImage(language: LanguageId, slug: string) {
  const [found, clinic] = await Promise.all([
    getTreatment(slug, language, {stega: false}),
    getClinic(language, {stega: false}),
  ])
  const treatment = found?.kind === 'page' ? found : undefined
  const pictureSize = {
    width: Math.round(shareImageSize.width * 0.38),
    height: shareImageSize.height,
  }
  const picture = await fetchPicture(
    sanityImageUrl(treatment?.seo?.image ?? treatment?.image, pictureSize),
  )
  return new ImageResponse(
    <ShareCard
      title={treatment?.title ?? clinic.name}
      clinicName={clinic.name}
      kicker={treatment?.parent?.title ?? getTranslator(language)('treatments.title')}
      summary={treatment?.summary ?? undefined}
      picture={picture}
      lang={treatment?.language ?? language}
    />,
    {...shareImageSize, fonts: await shareCardFonts(language)},
  )
}

/** A page's share picture (a page built by staff): its title and summary on the clinic's colours. */
export async function pageShareImage(language: LanguageId, slug: string) {
  const [found, clinic] = await Promise.all([
    getPage(slug, language, {stega: false}),
    getClinic(language, {stega: false}),
  ])
  // Only for a page that exists (its English address under another language moves, so it has none).
  if (found?.kind !== 'page') notFound()
  return new ImageResponse(
    <ShareCard
      title={found.title}
      clinicName={clinic.name}
      summary={found.summary ?? undefined}
      lang={found.language}
    />,
    {...shareImageSize, fonts: await shareCardFonts(language)},
  )
}
