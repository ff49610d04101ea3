/** @jest-environment node */
import {execFileSync} from 'node:child_process'
import path from 'node:path'

import {clip, rendererLocale, textColumns} from '@/components/ShareCard'

import type {RenderJob, RenderResult} from './ShareCard.render'

/** Share cards rendered to PNG by next/og, in a Node process of its own (see ShareCard.render). */
function render(jobs: RenderJob[]): RenderResult[] {
  const output = execFileSync(
    process.execPath,
    [
      '--conditions=react-server',
      '--import',
      'tsx',
      path.join(__dirname, 'ShareCard.render.tsx'),
      JSON.stringify(jobs),
    ],
    {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore']},
  )
  return output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as RenderResult)
}

describe('ShareCard in Chinese, rendered by next/og', () => {
  const characters = Array.from('增生疗法')
  let withFont: string[]
  let withoutFont: string[]

  beforeAll(() => {
    const jobs = (withFonts: boolean) =>
      characters.map((title): RenderJob => ({title, language: 'zh-Hans', withFonts}))
    const results = render([...jobs(true), ...jobs(false)])
    withFont = results.slice(0, characters.length).map(({png}) => png)
    withoutFont = results.slice(characters.length).map(({png}) => png)
  }, 120_000)

  it('draws boxes without the font (each character the same empty box)', () => {
    expect(new Set(withoutFont).size).toBe(1)
  })

  it('draws each character as itself with the font', () => {
    expect(new Set(withFont).size).toBe(characters.length)
    for (const [index, png] of withFont.entries()) expect(png).not.toBe(withoutFont[index])
  })
})

describe('clip and textColumns', () => {
  it('counts Chinese characters and full-width forms as two columns', () => {
    expect(textColumns('增生疗法')).toBe(8)
    expect(textColumns('Prolotherapy')).toBe(12)
    expect(textColumns('脊柱注射（PRP）')).toBe(8 + 4 + 3)
  })

  it('cuts long Chinese titles by width, never half a character', () => {
    expect(clip('神经增生疗法', 12)).toBe('神经增生疗法')
    expect(clip('神经增生疗法', 11)).toBe('神经增生疗…')
    expect(clip('神经增生疗法', 10)).toBe('神经增生…')
    expect(clip('😀'.repeat(10), 5)).toBe('😀😀😀😀…')
  })

  it('keeps English titles cut where they were', () => {
    expect(clip('Spine injections', 90)).toBe('Spine injections')
    expect(clip('Proliferation injection therapy', 14)).toBe('Proliferation…')
  })
})

describe('rendererLocale', () => {
  it('names the locale next/og knows for each site language', () => {
    expect(rendererLocale('zh-Hans')).toBe('zh-CN')
    expect(rendererLocale('es')).toBe('es-ES')
    expect(rendererLocale(undefined)).toBeUndefined()
    expect(rendererLocale('not a language')).toBeUndefined()
  })
})
