/** Every public content page of the bundled dataset (what the sitemap must list). */
export const PUBLIC_PAGES = [
  '/',
  '/treatments',
  '/treatments/spine-injections',
  '/treatments/proliferation-injection',
  '/treatments/neural-prolotherapy',
  '/affiliations',
]
