/**
 * Fonts for the share images (next/og), by the writing system of the page's language. next/og's
 * own font covers Latin letters only; for any other character it fetches a font from Google Fonts
 * at render time, which fails offline and leaves boxes. So a language written in another script
 * gets a font the project installs (`@fontsource/noto-sans-sc`, SIL Open Font License), read
 * here on the server only: no page's CSS or JavaScript refers to it. next/og reads TTF, OTF and
 * WOFF files, not WOFF2 nor .ttc collections.
 *
 * Noto Sans SC's "chinese-simplified" subset holds 7,333 Han characters (every one of GB 2312's
 * 3,755 common characters but 4, and 5,717 of its 6,763 in all), kana, CJK punctuation, full-width
 * forms and Latin-1. A character outside it falls back to next/og's Google Fonts fetch.
 *
 * A fourth language written in Latin letters needs nothing here; one in another script (Korean,
 * Traditional Chinese, Arabic …) needs an entry in FONTS_BY_SCRIPT.
 */
import 'server-only'

import {readFile} from 'node:fs/promises'
import path from 'node:path'

import type {ImageResponse} from 'next/og'

import type {LanguageId} from '@/lib/shared/languages'

/** What `new ImageResponse(element, {fonts})` takes. */
export type ShareCardFonts = NonNullable<
  NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts']
>

type FontFiles = {
  /** The family name (ShareCard sets no family, so every listed font is used, in order). */
  name: string
  /**
   * Reads the files of the weights that ShareCard uses (its title is bold). Each path is spelled
   * out in full so that the build's file tracing copies these two files and nothing else.
   */
  read: {400: () => Promise<Buffer>; 700: () => Promise<Buffer>}
}

/** By ISO 15924 script code, as `Intl.Locale#maximize()` gives it for a language. */
const FONTS_BY_SCRIPT: Record<string, FontFiles> = {
  Hans: {
    name: 'Noto Sans SC',
    read: {
      400: () =>
        readFile(
          path.join(
            process.cwd(),
            'node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
          ),
        ),
      700: () =>
        readFile(
          path.join(
            process.cwd(),
            'node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff',
          ),
        ),
    },
  },
}

/** The script a language is written in: 'en' → 'Latn', 'zh-Hans' → 'Hans', 'zh' → 'Hans'. */
export function languageScript(language: string): string | undefined {
  try {
    return new Intl.Locale(language).maximize().script
  } catch {
    return undefined
  }
}

async function load({name, read}: FontFiles): Promise<ShareCardFonts> {
  return Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name,
      data: await read[weight](),
      weight,
      style: 'normal' as const,
    })),
  )
}

// One read per server process and script. The same array object each time also lets next/og's
// renderer keep the parsed fonts (it caches them by the array).
const loaded = new Map<string, Promise<ShareCardFonts>>()

/**
 * The `fonts` option of a share image in this language, or undefined when next/og's own font
 * suffices: `new ImageResponse(element, {...size, fonts: await shareCardFonts(language)})`.
 * When the font cannot be read, the image is still made (with boxes) and the error is logged.
 */
export async function shareCardFonts(language: LanguageId): Promise<ShareCardFonts | undefined> {
  const script = languageScript(language)
  const font = script ? FONTS_BY_SCRIPT[script] : undefined
  if (!script || !font) return undefined
  let fonts = loaded.get(script)
  if (!fonts) {
    fonts = load(font)
    loaded.set(script, fonts)
  }
  try {
    return await fonts
  } catch (error) {
    loaded.delete(script)
    console.error(`Share images: cannot read the font for ${language}`, error)
    return undefined
  }
}
