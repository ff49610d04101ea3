import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'

import {withSlugHistory} from './sanity/actions'
import {ReadabilityBadge, ReviewBadge} from './sanity/badges'
import {dataset, studioProjectId} from './lib/settings/sanity-project.mjs'
import {locations, mainDocuments} from './sanity/presentation/resolve'

import {schemaTypes} from './sanity/schemaTypes'
import {structure, TREATMENT_UNDER_PARENT_TEMPLATE} from './sanity/structure'

export default defineConfig({
  name: 'clinic',
  title: 'Clinic Site',
  basePath: '/studio',
  projectId: studioProjectId,
  dataset,
  schema: {
    types: schemaTypes,
    templates: (templates) => [
      // Site settings is a singleton: it exists once, under a fixed id, never from "Create".
      ...templates.filter(({schemaType}) => schemaType !== 'siteSettings'),
      {
        id: TREATMENT_UNDER_PARENT_TEMPLATE,
        title: 'Treatment under a main treatment',
        schemaType: 'treatment',
        parameters: [{name: 'parentId', type: 'string'}],
        value: ({parentId}: {parentId: string}) => ({parent: {_type: 'reference', _ref: parentId}}),
      },
    ],
  },
  document: {
    badges: (badges, {schemaType}) =>
      schemaType === 'treatment' ? [...badges, ReviewBadge, ReadabilityBadge] : badges,
    actions: (actions, {schemaType}) => {
      if (schemaType === 'siteSettings') {
        return actions.filter(
          ({action}) => action && ['publish', 'discardChanges', 'restore'].includes(action),
        )
      }
      // A renamed treatment keeps its old address (see sanity/actions.ts).
      if (schemaType === 'treatment') {
        return actions.map((action) =>
          action.action === 'publish' ? withSlugHistory(action) : action,
        )
      }
      return actions
    },
  },
  plugins: [
    structureTool({structure}),
    // Edit beside the real site: the Studio and the site share an origin, previews use draft mode.
    presentationTool({
      previewUrl: {previewMode: {enable: '/api/draft-mode/enable'}},
      resolve: {locations, mainDocuments},
    }),
    visionTool(),
  ],
})
