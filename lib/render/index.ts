/**
 * From content to safe markup: links from content (only safe schemes), image URLs on the project's
 * Sanity CDN, and stable anchors for headings.
 */
export * from './anchors'
export * from './images'
export * from './links'
