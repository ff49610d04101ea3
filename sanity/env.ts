/**
 * Studio and CLI settings. The Studio and the CLI need *some* project id to start; without a hosted
 * project they use a placeholder, which is enough for schema extraction and TypeGen offline.
 */
export const PLACEHOLDER_PROJECT_ID = 'placeholder'

export const studioProjectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || PLACEHOLDER_PROJECT_ID
export const studioDataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'
