import {expect, test} from '@playwright/test'

import {checkNextAssumptions} from '../../lib/framework'

import {E2E_DIST_DIRS, E2E_ORIGINS, E2E_PREVIEW_SECRET} from './support/ports'

/*
 * The Next.js internals that lib/framework relies on (none is public API), checked against a real
 * build and server. When a Next.js upgrade changes one, this fails with a sentence naming it.
 */
test('the Next.js internals that publishing, share images and previews rely on still hold', async () => {
  const problems = await checkNextAssumptions({
    folder: E2E_DIST_DIRS.local,
    origin: E2E_ORIGINS.local,
    staticPage: '/treatments',
    treatmentPage: '/treatments/spine-injections',
    enableDraftMode: `/api/draft-mode/enable?${new URLSearchParams({
      secret: E2E_PREVIEW_SECRET,
      redirect: '/',
    })}`,
  })
  expect(problems, 'a Next.js upgrade changed what lib/framework relies on').toEqual([])
})
