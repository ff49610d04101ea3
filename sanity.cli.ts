import {defineCliConfig} from 'sanity/cli'

import {studioDataset, studioProjectId} from './sanity/env'

export default defineCliConfig({
  api: {projectId: studioProjectId, dataset: studioDataset},
  typegen: {
    path: './{app,components,lib,sanity}/**/*.{ts,tsx}',
    schema: './sanity/schema.json',
    generates: './sanity/sanity.types.ts',
    overloadClientMethods: true,
  },
})
