'use client'

// The Studio runs in the browser only; importing its config from a server module fails the build
// ("createContext is not a function"), so the config is imported here, in a client module.
import {NextStudio} from 'next-sanity/studio'

import config from '@/sanity.config'

export function Studio() {
  return <NextStudio config={config} />
}
