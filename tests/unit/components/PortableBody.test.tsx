import {render, screen} from '@testing-library/react'

import {PortableBody} from '@/components/PortableBody'

import {withEnv} from '@/tests/support/content'

const block = (key: string, text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}s`, text, marks: []}],
  ...extra,
})

describe('PortableBody', () => {
  it('renders text and headings, keeping the page h1 unique', () => {
    render(
      <PortableBody
        value={[block('a', 'What it is', {style: 'h1'}), block('b', 'Plain words.')]}
      />,
    )
    expect(screen.getByRole('heading', {level: 2, name: 'What it is'})).toHaveAttribute(
      'id',
      'what-it-is',
    )
    expect(screen.queryByRole('heading', {level: 1})).not.toBeInTheDocument()
    expect(screen.getByText('Plain words.')).toBeInTheDocument()
  })

  it.each([
    ['https://example.org/', 'https://example.org/', 'noopener noreferrer'],
    ['mailto:a@example.com', 'mailto:a@example.com', null],
    ['tel:+15550100142', 'tel:+15550100142', null],
  ])('links to %s', (href, expected, rel) => {
    render(
      <PortableBody
        value={[
          {
            ...block('a', ''),
            markDefs: [{_type: 'link', _key: 'l', href}],
            children: [{_type: 'span', _key: 's', text: 'the link', marks: ['l']}],
          },
        ]}
      />,
    )
    const link = screen.getByRole('link', {name: 'the link'})
    expect(link).toHaveAttribute('href', expected)
    if (rel) expect(link).toHaveAttribute('rel', rel)
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example',
  ])('keeps the text but drops an unsafe link to %j', (href) => {
    const {container} = render(
      <PortableBody
        value={[
          {
            ...block('a', ''),
            markDefs: [{_type: 'link', _key: 'l', href}],
            children: [{_type: 'span', _key: 's', text: 'click me', marks: ['l']}],
          },
        ]}
      />,
    )
    expect(screen.getByText('click me')).toBeInTheDocument()
    expect(container.querySelector('a')).toBeNull()
  })

  it('renders nothing for unknown block types and images without alt text', () => {
    const {container} = render(
      <PortableBody
        value={[
          {_type: 'mysteryWidget', _key: 'm'},
          {
            _type: 'imageWithAlt',
            _key: 'i',
            asset: {url: 'https://cdn.sanity.io/x.png', metadata: null},
          },
          block('b', 'Still here.'),
        ]}
      />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText('Still here.')).toBeInTheDocument()
  })

  const bodyImage = (url: string) => [
    {
      _type: 'imageWithAlt',
      _key: 'i',
      alt: 'A spine model',
      asset: {url, metadata: {dimensions: {width: 800, height: 600}}},
    },
  ]

  it('renders an image from the project’s CDN with its alt text, resized by the CDN', async () => {
    await withEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: 'p', NEXT_PUBLIC_SANITY_DATASET: 'd'}, () => {
      render(<PortableBody value={bodyImage('https://cdn.sanity.io/images/p/d/x-800x600.png')} />)
    })
    const image = screen.getByRole('img', {name: 'A spine model'})
    expect(image).toHaveAttribute('width', '800')
    expect(image.getAttribute('srcset')).toContain(
      'https://cdn.sanity.io/images/p/d/x-800x600.png?w=390&auto=format 390w',
    )
    expect(image).toHaveAttribute('fetchpriority', 'high')
  })

  it('leaves out an image from anywhere else (another project, another host)', async () => {
    await withEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: 'p', NEXT_PUBLIC_SANITY_DATASET: 'd'}, () => {
      for (const url of [
        'https://cdn.sanity.io/images/other/d/x.png',
        'https://evil.example/images/p/d/x.png',
      ]) {
        const {container, unmount} = render(<PortableBody value={bodyImage(url)} />)
        expect(container.querySelector('img')).toBeNull()
        unmount()
      }
    })
  })
})
