/*
 * The picture shown when a page is shared (rendered by next/og, which supports a subset of CSS:
 * flex layouts and inline styles only). Colours are the site's brand colours.
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
}

function clip(text: string, length: number) {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text
}

export function ShareCard({title, clinicName, kicker, summary, picture}: ShareCardProps) {
  return (
    <div
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
          <div style={{fontSize: title.length > 40 ? 64 : 80, fontWeight: 700, lineHeight: 1.1}}>
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
