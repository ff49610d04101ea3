import {
  documentInternationalization,
  useDeleteTranslationAction,
} from '@sanity/document-internationalization'
import {visionTool} from '@sanity/vision'
import {defineConfig, type DocumentActionComponent} from 'sanity'
import {internationalizedArray} from 'sanity-plugin-internationalized-array'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'

import {SLUG_HISTORY_TYPES, withSlugHistory} from './sanity/actions'
import {ReadabilityBadge, ReviewBadge} from './sanity/badges'
import {dataset, studioProjectId, studioTestApiHost} from './lib/settings/sanity-project.mjs'
import {DEFAULT_LANGUAGE} from './lib/shared/languages'
import {
  FIELD_TRANSLATED_TYPES,
  LANGUAGE_FIELD,
  SUPPORTED_LANGUAGES,
  TRANSLATED_TYPES,
} from './sanity/i18n'
import {locations, mainDocuments} from './sanity/presentation/resolve'

import {schemaTypes} from './sanity/schemaTypes'
import {SINGLETON_TYPES, structure, TREATMENT_UNDER_PARENT_TEMPLATE} from './sanity/structure'

export default defineConfig({
  name: 'clinic',
  title: 'Clinic Site',
  basePath: '/studio',
  projectId: studioProjectId,
  dataset,
  // Tests only (the e2e build): the stand-in of Sanity's API, with a token login.
  ...(studioTestApiHost ? {apiHost: studioTestApiHost, auth: {loginMethod: 'token'}} : {}),
  schema: {
    types: schemaTypes,
    templates: (templates) => [
      // Singletons exist once, under a fixed id, never from "Create". A translation is started
      // from its English document (Translations menu), so it is linked to it: the plugin's
      // "Spanish Treatment" templates, which would make unlinked ones, are left out too.
      ...templates.filter(
        ({schemaType, id}) =>
          !SINGLETON_TYPES.includes(schemaType) &&
          schemaType !== 'translation.metadata' &&
          !(TRANSLATED_TYPES.includes(schemaType) && id !== schemaType),
      ),
      {
        id: TREATMENT_UNDER_PARENT_TEMPLATE,
        title: 'Treatment under a main treatment',
        schemaType: 'treatment',
        parameters: [{name: 'parentId', type: 'string'}],
        value: ({parentId}: {parentId: string}) => ({
          [LANGUAGE_FIELD]: DEFAULT_LANGUAGE,
          parent: {_type: 'reference', _ref: parentId},
        }),
      },
    ],
  },
  document: {
    badges: (badges, {schemaType}) =>
      schemaType === 'treatment' ? [...badges, ReviewBadge, ReadabilityBadge] : badges,
    actions: (actions, {schemaType}) => {
      if (SINGLETON_TYPES.includes(schemaType)) {
        return actions.filter(
          ({action}) => action && ['publish', 'discardChanges', 'restore'].includes(action),
        )
      }
      // A renamed treatment or page keeps its old address (see sanity/actions.ts).
      const withHistory = SLUG_HISTORY_TYPES.includes(schemaType)
        ? actions.map((action) => (action.action === 'publish' ? withSlugHistory(action) : action))
        : actions
      // "Delete translation" also unlinks it from its metadata, which plain Delete cannot do
      // (the metadata's reference to a published translation is strong).
      return TRANSLATED_TYPES.includes(schemaType)
        ? [...withHistory, useDeleteTranslationAction as DocumentActionComponent]
        : withHistory
    },
  },
  plugins: [
    structureTool({structure}),
    // Edit beside the real site: the Studio and the site share an origin, previews use draft mode.
    presentationTool({
      previewUrl: {previewMode: {enable: '/api/draft-mode/enable'}},
      resolve: {locations, mainDocuments},
    }),
    // Treatments and body areas: one document per language, linked by a metadata document. The
    // "Translations" menu at the top of a document opens or starts its translation in each
    // language; fields marked `documentInternationalization.exclude` (the medical review, the
    // structure read from the English source) are not copied into a new translation.
    documentInternationalization({
      supportedLanguages: SUPPORTED_LANGUAGES,
      schemaTypes: TRANSLATED_TYPES,
      languageField: LANGUAGE_FIELD,
      // Staff reach translations from their documents, not from search.
      metadataOmnisearchVisibility: false,
    }),
    // Site settings and language assistance: per-field translations, with a language filter at
    // the top of the form that hides the languages an editor is not working on (English stays).
    internationalizedArray({
      languages: SUPPORTED_LANGUAGES,
      fieldTypes: ['string', 'text'],
      languageDisplay: 'titleAndCode',
      languageFilter: {documentTypes: FIELD_TRANSLATED_TYPES, defaultLanguages: [DEFAULT_LANGUAGE]},
    }),
    visionTool(),
  ],
})
