/*
 * The picture shown when a page is shared (rendered by next/og, which supports a subset of CSS:
 * flex layouts and inline styles only). Colours are the site's brand colours. Text in scripts
 * other than Latin needs its font passed to ImageResponse: see lib/render/fonts.ts.
 */

export const SHARE_CARD_SIZE = {width: 1200, height: 630}

const BRAND = '#0b5563'
const BRAND_DARK = '#073b45'
const SOFT = '#f1f6f7'

export type ShareCardProps = {
  title: string
  clinicName: string
  kicker?: string
  summary?: string
  /** A data: URL of the treatment's picture, already fetched (a failed fetch means none). */
  picture?: string
  /** The language of the texts (BCP 47, e.g. 'zh-Hans'). */
  lang?: string
}

/**
 * The locale next/og's renderer knows for a language ('zh-Hans' → 'zh-CN'). It decides whose
 * glyphs a character the given fonts lack is fetched in: Han characters are Japanese first
 * unless the text says it is Chinese.
 */
export function rendererLocale(lang: string | undefined): string | undefined {
  if (!lang) return undefined
  try {
    const {language, region} = new Intl.Locale(lang).maximize()
    return region ? `${language}-${region}` : language
  } catch {
    return undefined
  }
}

// East Asian wide characters (Han, kana, Hangul, CJK punctuation, full-width forms) take about
// twice the width of a Latin letter, so lengths are counted in columns of a Latin letter.
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u

/** How wide a text is, in columns: "增生疗法" is 8, "Prolotherapy" 12. */
export function textColumns(text: string): number {
  let columns = 0
  for (const character of text) columns += WIDE.test(character) ? 2 : 1
  return columns
}

/** The text cut to at most `columns` columns, with an ellipsis when cut (never half a character). */
export function clip(text: string, columns: number): string {
  if (textColumns(text) <= columns) return text
  let kept = ''
  let used = 0
  for (const character of text) {
    const width = WIDE.test(character) ? 2 : 1
    if (used + width > columns - 1) break
    kept += character
    used += width
  }
  return `${kept.trimEnd()}…`
}

export function ShareCard({title, clinicName, kicker, summary, picture, lang}: ShareCardProps) {
  return (
    <div
      lang={rendererLocale(lang)}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: `linear-gradient(135deg, ${BRAND} 0%, ${BRAND_DARK} 100%)`,
        color: '#ffffff',
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          width: picture ? '62%' : '100%',
        }}
      >
        <div style={{display: 'flex', alignItems: 'center', gap: 20, fontSize: 34, color: SOFT}}>
          <div
            style={{
              width: 56,
              height: 56,
              borderRadius: 14,
              background: '#ffffff',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            <div style={{width: 14, height: 40, borderRadius: 6, background: BRAND}} />
          </div>
          {clip(clinicName, 48)}
        </div>
        <div style={{display: 'flex', flexDirection: 'column', gap: 24}}>
          {kicker && (
            <div style={{fontSize: 30, color: SOFT, opacity: 0.85}}>{clip(kicker, 60)}</div>
          )}
          <div
            style={{fontSize: textColumns(title) > 40 ? 64 : 80, fontWeight: 700, lineHeight: 1.1}}
          >
            {clip(title, 90)}
          </div>
          {summary && (
            <div style={{fontSize: 30, lineHeight: 1.35, color: SOFT}}>{clip(summary, 150)}</div>
          )}
        </div>
      </div>
      {picture && (
        // eslint-disable-next-line @next/next/no-img-element -- rendered by next/og, not a browser
        <img
          src={picture}
          alt=""
          width={Math.round(SHARE_CARD_SIZE.width * 0.38)}
          height={SHARE_CARD_SIZE.height}
          style={{objectFit: 'cover'}}
        />
      )}
    </div>
  )
}
