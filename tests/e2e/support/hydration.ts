import type {Page} from '@playwright/test'

/** Whether React has hydrated the page (its fiber is attached to the rendered elements). */
export const hydrated = (page: Page) =>
  page.waitForFunction(() =>
    [document.querySelector('main'), document.querySelector('h1'), document.body].some(
      (element) => element && Object.keys(element).some((key) => key.startsWith('__reactFiber$')),
    ),
  )
