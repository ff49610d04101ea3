/**
 * Plain functions that the Studio bundle shares with the site (addresses of pages, the medical
 * review rule, the reading grade): no server-only code, no Next.js, no content fetching.
 */
export * from './medical-review'
export * from './readability'
export * from './routes'
