import {render, screen, within} from '@testing-library/react'

import {TreatmentList} from '@/components/TreatmentList'

describe('TreatmentList', () => {
  it('lists treatments with summaries and children under their parent', () => {
    render(
      <TreatmentList
        treatments={[
          {
            _id: 'p',
            title: 'Spine Injections',
            slug: 'spine-injections',
            summary: 'Parent summary.',
            children: [
              {
                _id: 'c',
                title: 'Neural Prolotherapy',
                slug: 'neural-prolotherapy',
                summary: 'Child.',
                aliases: ['NPT'],
              },
            ],
          },
          {_id: 'x', title: null, slug: 'untitled', summary: 'hidden'},
        ]}
      />,
    )
    expect(screen.getByRole('link', {name: 'Spine Injections'})).toHaveAttribute(
      'href',
      '/treatments/spine-injections',
    )
    const children = screen.getByRole('list', {name: 'Types of Spine Injections'})
    expect(within(children).getByRole('link', {name: 'Neural Prolotherapy'})).toHaveAttribute(
      'href',
      '/treatments/neural-prolotherapy',
    )
    expect(within(children).getByText('Also called NPT')).toBeInTheDocument()
    expect(screen.queryByText('hidden')).not.toBeInTheDocument()
  })
})
