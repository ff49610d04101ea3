/**
 * The tag of tests about what a browser does with a page's markup (axe, keyboard, zoom, print,
 * fonts, screenshots). Both backends render the same markup (parity.spec.ts compares it), so
 * these run on the local build only (playwright.config.ts): e2e time goes where behaviour differs.
 */
export const RENDERING = {tag: '@rendering'}
