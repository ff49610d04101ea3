import type {ReactElement, ReactNode} from 'react'

/**
 * A route's page renders its view, an async server component: resolved here the way the server
 * does (each async component at the top awaited), ready for Testing Library's `render`.
 */
export async function resolveServer(node: ReactNode | Promise<ReactNode>): Promise<ReactElement> {
  let element = (await node) as ReactElement<Record<string, unknown>>
  while (typeof element.type === 'function') {
    const component = element.type as (props: unknown) => ReactNode | Promise<ReactNode>
    element = (await component(element.props)) as ReactElement<Record<string, unknown>>
  }
  return element
}
