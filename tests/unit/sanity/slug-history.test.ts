/** @jest-environment node */

import {previousSlugsAfterPublish} from '@/sanity/slug-history'

describe('previousSlugsAfterPublish (the Studio keeps earlier addresses)', () => {
  const doc = (slug: string, previousSlugs?: string[]) => ({slug: {current: slug}, previousSlugs})

  it('adds the published address when the draft changes it', () => {
    expect(previousSlugsAfterPublish(doc('first'), doc('second'))).toEqual(['first'])
  })

  it('keeps both addresses after a second rename', () => {
    expect(previousSlugsAfterPublish(doc('second', ['first']), doc('third', ['first']))).toEqual([
      'first',
      'second',
    ])
  })

  it('drops an address that becomes current again', () => {
    expect(previousSlugsAfterPublish(doc('second', ['first']), doc('first', ['first']))).toEqual([
      'second',
    ])
  })

  it('changes nothing when the address stays, or on the first publish', () => {
    expect(previousSlugsAfterPublish(doc('same', ['old']), doc('same', ['old']))).toBeUndefined()
    expect(previousSlugsAfterPublish(null, doc('new'))).toBeUndefined()
  })
})
