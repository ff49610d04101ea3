/**
 * The `lang` attribute of a text inside a page: set only where the text's language differs from
 * the page's (an English text on a Spanish page whose translation is missing).
 */
export function langWhereDifferent(textLanguage: string | undefined, pageLanguage: string) {
  return textLanguage && textLanguage !== pageLanguage ? textLanguage : undefined
}
