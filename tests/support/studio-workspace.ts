import {createClient} from '@sanity/client'
import {firstValueFrom, of} from 'rxjs'
import {resolveConfig} from 'sanity'

import {apiVersion} from '../../lib/settings/sanity-project.mjs'
import studioConfig from '../../sanity.config'

/**
 * The Studio's workspace from the real sanity.config.ts, without a login, as the Sanity CLI
 * resolves it for `sanity documents validate`. Its client talks to `apiHost` (the stand-in).
 */
export async function loadStudioWorkspace(apiHost?: string) {
  const client = createClient({
    projectId: studioConfig.projectId,
    dataset: studioConfig.dataset,
    apiVersion,
    useCdn: false,
    ...(apiHost ? {apiHost, useProjectHostname: false} : {}),
  })
  const [workspace] = await firstValueFrom(
    resolveConfig({
      ...studioConfig,
      auth: {state: of({authenticated: false, client, currentUser: null})},
    } as Parameters<typeof resolveConfig>[0]),
  )
  if (!workspace) throw new Error('sanity.config.ts defines no workspace')
  return {workspace, client}
}
