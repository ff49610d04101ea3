import AxeBuilder from '@axe-core/playwright'
import {expect, type Page} from '@playwright/test'

/** The WCAG levels the site promises: 2.2 AA, with the A and AA rules of the earlier versions. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line per rule and its nodes. */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).withTags(WCAG_22_AA).analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

/** Opens each page at phone and desktop widths: no axe violation, nothing scrolls sideways. */
export async function expectAccessibleAtBothWidths(page: Page, paths: string[]) {
  for (const path of paths) {
    for (const width of [390, 1280]) {
      await page.setViewportSize({width, height: 900})
      await page.goto(path)
      expect(await wcagViolations(page), `${path} at ${width}px`).toEqual([])
      const scrolls = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      )
      expect(scrolls, `${path} scrolls sideways at ${width}px`).toBe(false)
    }
  }
}
