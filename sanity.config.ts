import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'

import {studioDataset, studioProjectId} from './sanity/env'
import {schemaTypes} from './sanity/schemaTypes'
import {SITE_SETTINGS_ID} from './sanity/schemaTypes/singletons/siteSettings'

export default defineConfig({
  name: 'clinic',
  title: 'Clinic Site',
  basePath: '/studio',
  projectId: studioProjectId,
  dataset: studioDataset,
  schema: {
    types: schemaTypes,
    // Site settings is a singleton: it exists once, under a fixed id, and is never created from the menu.
    templates: (templates) => templates.filter(({schemaType}) => schemaType !== 'siteSettings'),
  },
  document: {
    actions: (actions, {schemaType}) =>
      schemaType === 'siteSettings'
        ? actions.filter(
            ({action}) => action && ['publish', 'discardChanges', 'restore'].includes(action),
          )
        : actions,
  },
  plugins: [
    structureTool({
      structure: (S) =>
        S.list()
          .title('Content')
          .items([
            S.listItem()
              .title('Site settings')
              .id(SITE_SETTINGS_ID)
              .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID)),
            S.divider(),
            ...S.documentTypeListItems().filter((item) => item.getId() !== 'siteSettings'),
          ]),
    }),
    visionTool(),
  ],
})
