import {shareImageSize, siteShareImage} from '@/app/_views/share-images'

/** The share picture of every page that has no picture of its own. */
export const size = shareImageSize
export const contentType = 'image/png'
export const alt = 'The clinic’s name and what it does'

export default function Image() {
  return siteShareImage('en')
}
