/** @jest-environment node */
import {languageScript, shareCardFonts} from '@/lib/render/fonts'
import {LANGUAGES} from '@/lib/shared/languages'

describe('shareCardFonts', () => {
  it('adds no font for languages in Latin letters (next/og has its own)', async () => {
    for (const {id} of LANGUAGES.filter(({id}) => languageScript(id) === 'Latn')) {
      expect(await shareCardFonts(id)).toBeUndefined()
    }
  })

  it('reads Noto Sans SC, regular and bold, for Simplified Chinese, once', async () => {
    const fonts = await shareCardFonts('zh-Hans')
    expect(fonts?.map(({name, weight}) => [name, weight])).toEqual([
      ['Noto Sans SC', 400],
      ['Noto Sans SC', 700],
    ])
    // WOFF 1 ("wOFF"): next/og cannot read WOFF2 ("wOF2").
    for (const {data} of fonts ?? []) {
      expect(
        Buffer.from(data as ArrayBufferLike)
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('wOFF')
    }
    expect(await shareCardFonts('zh-Hans')).toBe(fonts)
  })

  it('has a font for every site language not written in Latin letters', async () => {
    for (const {id} of LANGUAGES) {
      if (languageScript(id) !== 'Latn') expect(await shareCardFonts(id)).toBeDefined()
    }
  })

  it('knows the script of a language', () => {
    expect(languageScript('es')).toBe('Latn')
    expect(languageScript('zh-Hans')).toBe('Hans')
    expect(languageScript('zh')).toBe('Hans')
    expect(languageScript('not a language')).toBeUndefined()
  })
})
