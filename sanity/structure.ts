import type {StructureResolver} from 'sanity/structure'

import {DUE_FOR_REVIEW_FILTER} from '../lib/shared/medical-review'
import {apiVersion} from '../lib/settings/sanity-project.mjs'

import {SITE_SETTINGS_ID} from './schemaTypes/singletons/siteSettings'

export const TREATMENT_UNDER_PARENT_TEMPLATE = 'treatment-under-parent'

/**
 * The Studio's desk, in the order staff use it: site settings (one document), treatments as a tree
 * and the ones due for a medical review, body areas, affiliations by kind, physicians, redirects.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Site settings')
        .id(SITE_SETTINGS_ID)
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID)),
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
                    .filter('_type == "treatment" && !defined(parent)')
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
      S.documentTypeListItem('physician').title('Physicians'),
      S.documentTypeListItem('redirect').title('Redirects'),
    ])
