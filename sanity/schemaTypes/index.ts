import {affiliation} from './documents/affiliation'
import {bodyArea} from './documents/bodyArea'
import {location} from './documents/location'
import {page} from './documents/page'
import {physician} from './documents/physician'
import {redirect} from './documents/redirect'
import {treatment} from './documents/treatment'
import {blockContent} from './objects/blockContent'
import {education} from './objects/education'
import {faq} from './objects/faq'
import {imageWithAlt} from './objects/imageWithAlt'
import {link} from './objects/link'
import {menuItem} from './objects/menuItem'
import {hoursException, weeklyHours} from './objects/openingHours'
import {
  callout,
  callToAction,
  faqList,
  physicianList,
  richText,
  treatmentList,
} from './objects/pageBlocks'
import {postalAddress} from './objects/postalAddress'
import {seo} from './objects/seo'
import {languageAssistance} from './singletons/languageAssistance'
import {siteSettings} from './singletons/siteSettings'

export const schemaTypes = [
  // documents
  treatment,
  bodyArea,
  affiliation,
  physician,
  location,
  page,
  redirect,
  siteSettings,
  languageAssistance,
  // objects
  blockContent,
  imageWithAlt,
  education,
  faq,
  link,
  postalAddress,
  weeklyHours,
  hoursException,
  seo,
  // the blocks of a page, and menu items
  richText,
  callout,
  faqList,
  callToAction,
  treatmentList,
  physicianList,
  menuItem,
]
