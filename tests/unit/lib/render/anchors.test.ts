import {headingIds} from '@/lib/render/anchors'

describe('headingIds', () => {
  it('makes stable, unique fragment ids from headings', () => {
    expect(headingIds(['What it is', 'How it works', 'What it is', 'Café & Co.', '???'])).toEqual([
      'what-it-is',
      'how-it-works',
      'what-it-is-2',
      'cafe-co',
      'section',
    ])
  })
})
