import {defineCliConfig} from 'sanity/cli'

import {dataset, studioProjectId} from './lib/settings/sanity-project.mjs'

export default defineCliConfig({
  api: {projectId: studioProjectId, dataset},
  typegen: {
    path: './{app,components,lib,sanity}/**/*.{ts,tsx}',
    schema: './sanity/schema.json',
    generates: './sanity/sanity.types.ts',
    overloadClientMethods: true,
  },
})
