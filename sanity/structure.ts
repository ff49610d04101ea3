import type {StructureBuilder, StructureResolver} from 'sanity/structure'

import {DEFAULT_LANGUAGE} from '../lib/shared/languages'
import {DUE_FOR_REVIEW_FILTER} from '../lib/shared/medical-review'
import {apiVersion} from '../lib/settings/sanity-project.mjs'

import {
  DOCUMENT_LANGUAGE,
  MISSING_TRANSLATION_FILTER,
  OUTDATED_TRANSLATION_FILTER,
  TRANSLATED_TYPES,
  TRANSLATION_LANGUAGES,
} from './i18n'
import {LANGUAGE_ASSISTANCE_ID} from './schemaTypes/singletons/languageAssistance'
import {SITE_SETTINGS_ID} from './schemaTypes/singletons/siteSettings'

export const TREATMENT_UNDER_PARENT_TEMPLATE = 'treatment-under-parent'

/** Documents that exist once, under an id equal to their type: never created or deleted. */
export const SINGLETON_TYPES = [SITE_SETTINGS_ID, LANGUAGE_ASSISTANCE_ID]

const SINGLETON_TITLES: Record<string, string> = {
  [SITE_SETTINGS_ID]: 'Site settings',
  [LANGUAGE_ASSISTANCE_ID]: 'Language assistance',
}

/** GROQ: English documents only (translations are reached from them, or under Translations). */
const IN_DEFAULT_LANGUAGE = `${DOCUMENT_LANGUAGE} == "${DEFAULT_LANGUAGE}"`

const TYPE_TITLES: Record<string, string> = {
  treatment: 'Treatments',
  bodyArea: 'Body areas',
  page: 'Pages',
}

/**
 * Per language other than English: the English treatments, body areas and pages not yet translated
 * (open one, then "Translations" at the top starts the translation), and the translations older
 * than the last change of their English page.
 */
function translationsItem(S: StructureBuilder) {
  return S.listItem()
    .title('Translations')
    .id('translations')
    .child(
      S.list()
        .title('Translations')
        .items(
          TRANSLATION_LANGUAGES.map(({id: language, title}) =>
            S.listItem()
              .title(title)
              .id(`translations-${language}`)
              .child(
                S.list()
                  .title(title)
                  .items([
                    ...TRANSLATED_TYPES.map((type) =>
                      S.listItem()
                        .title(`${TYPE_TITLES[type] ?? type} not yet in ${title}`)
                        .id(`missing-${type}`)
                        .schemaType(type)
                        .child(
                          S.documentList()
                            .title(`Not yet in ${title}`)
                            .schemaType(type)
                            .apiVersion(apiVersion)
                            .filter(MISSING_TRANSLATION_FILTER)
                            .params({type, language}),
                        ),
                    ),
                    S.listItem()
                      .title(`Outdated ${title} translations`)
                      .id('outdated')
                      .child(
                        S.documentList()
                          .title(`${title}: English changed since`)
                          .apiVersion(apiVersion)
                          .filter(OUTDATED_TRANSLATION_FILTER)
                          .params({types: TRANSLATED_TYPES, language}),
                      ),
                  ]),
              ),
          ),
        ),
    )
}

/**
 * The Studio's desk, in the order staff use it: site settings and language assistance (one
 * document each), treatments as a tree and the ones due for a medical review, body areas, pages
 * (English; translations are reached from them), translations missing or outdated per language,
 * affiliations by kind, physicians and locations by name, redirects.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      ...SINGLETON_TYPES.map((id) =>
        S.listItem()
          .title(SINGLETON_TITLES[id] ?? id)
          .id(id)
          .schemaType(id)
          .child(S.document().schemaType(id).documentId(id)),
      ),
      S.divider(),
      S.listItem()
        .title('Treatments')
        .id('treatments')
        .schemaType('treatment')
        .child(
          S.list()
            .title('Treatments')
            .items([
              S.listItem()
                .title('Main treatments and their kinds')
                .id('treatment-tree')
                .child(
                  S.documentList()
                    .title('Main treatments')
                    .schemaType('treatment')
                    .apiVersion(apiVersion)
                    .filter(`_type == "treatment" && !defined(parent) && ${IN_DEFAULT_LANGUAGE}`)
                    .defaultOrdering([{field: 'order', direction: 'asc'}])
                    .child((parentId) =>
                      S.list()
                        .title('Treatment')
                        .items([
                          S.listItem()
                            .title('Edit this treatment')
                            .id('edit')
                            .child(S.document().schemaType('treatment').documentId(parentId)),
                          S.listItem()
                            .title('Kinds of this treatment')
                            .id('children')
                            .child(
                              S.documentList()
                                .title('Kinds of this treatment')
                                .schemaType('treatment')
                                .apiVersion(apiVersion)
                                .filter('_type == "treatment" && parent._ref == $parentId')
                                .params({parentId})
                                .initialValueTemplates([
                                  S.initialValueTemplateItem(TREATMENT_UNDER_PARENT_TEMPLATE, {
                                    parentId,
                                  }),
                                ]),
                            ),
                        ]),
                    ),
                ),
              S.listItem()
                .title('All treatments')
                .id('all-treatments')
                .child(S.documentTypeList('treatment').title('All treatments')),
              S.listItem()
                .title('Due for medical review')
                .id('due-for-review')
                .child(
                  S.documentList()
                    .title('Due for medical review')
                    .schemaType('treatment')
                    .apiVersion(apiVersion)
                    .filter(DUE_FOR_REVIEW_FILTER),
                ),
            ]),
        ),
      S.documentTypeListItem('bodyArea').title('Body areas'),
      S.listItem()
        .title('Pages')
        .id('page')
        .schemaType('page')
        .child(
          S.documentList()
            .title('Pages')
            .schemaType('page')
            .apiVersion(apiVersion)
            .filter(`_type == "page" && ${IN_DEFAULT_LANGUAGE}`)
            .defaultOrdering([{field: 'title', direction: 'asc'}]),
        ),
      translationsItem(S),
      S.listItem()
        .title('Affiliations')
        .id('affiliations')
        .schemaType('affiliation')
        .child(
          S.list()
            .title('Affiliations')
            .items(
              [
                {kind: 'professional', title: 'Professional societies'},
                {kind: 'hospital', title: 'Hospitals'},
              ].map(({kind, title}) =>
                S.listItem()
                  .title(title)
                  .id(kind)
                  .child(
                    S.documentList()
                      .title(title)
                      .schemaType('affiliation')
                      .apiVersion(apiVersion)
                      .filter('_type == "affiliation" && kind == $kind')
                      .params({kind})
                      .defaultOrdering([{field: 'order', direction: 'asc'}]),
                  ),
              ),
            ),
        ),
      // By name, as patients look for a physician (the default is the last edited first).
      S.listItem()
        .title('Physicians')
        .id('physician')
        .schemaType('physician')
        .child(
          S.documentTypeList('physician')
            .title('Physicians')
            .defaultOrdering([{field: 'name', direction: 'asc'}]),
        ),
      S.listItem()
        .title('Locations')
        .id('location')
        .schemaType('location')
        .child(
          S.documentTypeList('location')
            .title('Locations')
            .defaultOrdering([{field: 'name', direction: 'asc'}]),
        ),
      S.documentTypeListItem('redirect').title('Redirects'),
    ])
