/** @jest-environment node */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'

// The ICU parser next-intl itself compiles messages with (a dependency of next-intl).
import compile from 'icu-minify/compile'
import {createTranslator} from 'next-intl'

import {CATALOGS} from '@/lib/i18n'
import {ERROR_CATALOGS} from '@/lib/i18n/errors'
import {LANGUAGES} from '@/lib/shared/languages'

/*
 * The interface text of every language: each catalog has exactly the keys of English, every
 * message is valid ICU with the same arguments and tags as English, and every key is used by the
 * code (a key nobody reads is text nobody translates for a reason).
 */

const ROOT = path.join(__dirname, '..', '..', '..', '..')

type Catalog = {[key: string]: string | Catalog}

/** Every message key of a catalog, dotted ("treatment.faqs"). */
function keysOf(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  )
}

function messageAt(catalog: Catalog, key: string): string {
  const value = key
    .split('.')
    .reduce<string | Catalog | undefined>(
      (node, part) => (node && typeof node === 'object' ? node[part] : undefined),
      catalog,
    )
  if (typeof value !== 'string') throw new Error(`${key} is not a message`)
  return value
}

/** What differs between two key lists, as a sentence naming each key. */
function keyDifferences(language: string, file: string, keys: string[], english: string[]) {
  const missing = english.filter((key) => !keys.includes(key))
  const extra = keys.filter((key) => !english.includes(key))
  return [
    ...missing.map((key) => `${language}/${file}: missing key ${key}`),
    ...extra.map((key) => `${language}/${file}: extra key ${key} (not in English)`),
  ]
}

const SITE = CATALOGS as unknown as Record<string, Catalog>
const ERRORS = ERROR_CATALOGS as unknown as Record<string, Catalog>
const ENGLISH_SITE_KEYS = keysOf(SITE.en!)
const ENGLISH_ERROR_KEYS = keysOf(ERRORS.en!)

describe('message catalogs', () => {
  it('has a site and an errors catalog for every language of the site, and no other', () => {
    const ids = LANGUAGES.map(({id}) => id).sort()
    expect(Object.keys(SITE).sort()).toEqual(ids)
    expect(Object.keys(ERRORS).sort()).toEqual(ids)
    // And the files on disk are the ones the catalogs are built from.
    for (const {id} of LANGUAGES) {
      for (const file of ['site.json', 'errors.json']) {
        const onDisk = JSON.parse(
          readFileSync(path.join(ROOT, 'lib', 'i18n', 'messages', id, file), 'utf8'),
        )
        expect(onDisk).toEqual((file === 'site.json' ? SITE : ERRORS)[id])
      }
    }
  })

  it.each(LANGUAGES.map(({id}) => id))('%s has exactly the keys of English', (language) => {
    expect([
      ...keyDifferences(language, 'site.json', keysOf(SITE[language]!), ENGLISH_SITE_KEYS),
      ...keyDifferences(language, 'errors.json', keysOf(ERRORS[language]!), ENGLISH_ERROR_KEYS),
    ]).toEqual([])
  })

  it('names a missing and an extra key (the check itself)', () => {
    expect(keyDifferences('xx', 'site.json', ['a.b', 'a.extra'], ['a.b', 'a.c'])).toEqual([
      'xx/site.json: missing key a.c',
      'xx/site.json: extra key a.extra (not in English)',
    ])
  })

  it('has no empty message', () => {
    const empty = LANGUAGES.flatMap(({id}) => [
      ...keysOf(SITE[id]!)
        .filter((key) => !messageAt(SITE[id]!, key).trim())
        .map((key) => `${id}: ${key}`),
      ...keysOf(ERRORS[id]!)
        .filter((key) => !messageAt(ERRORS[id]!, key).trim())
        .map((key) => `${id}/errors: ${key}`),
    ])
    expect(empty).toEqual([])
  })
})

/** Why an ICU message does not parse, or undefined when it does. */
function parseError(message: string): string | undefined {
  try {
    compile(message)
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** A message as icu-minify compiles it: text, `#` (0), arguments and tags, nested in lists. */
type Compiled = string | number | Compiled[] | {[option: string]: Compiled}

/**
 * The arguments (`{name}`, `{count, plural, …}`, `{kind, select, …}`) and tags (`<date>`) of an
 * ICU message, read from ICU's own parse (the texts of select and plural options are not
 * arguments).
 */
function placeholders(message: string) {
  const args = new Map<string, 'plural' | 'select' | 'text'>()
  const tags = new Set<string>()
  const walkList = (list: Compiled) => {
    if (Array.isArray(list)) list.forEach(walkNode)
    else walkNode(list)
  }
  const walkNode = (node: Compiled) => {
    if (!Array.isArray(node)) return // text, or the `#` of a plural
    const [name, second, options] = node
    if (typeof name !== 'string') return walkList(node)
    if (node.length === 1) {
      args.set(name, 'text')
    } else if (typeof second === 'number') {
      // icu-minify's argument types: 1 select, 2 plural, 3 selectordinal, 4+ number/date/time.
      args.set(name, second === 1 ? 'select' : second <= 3 ? 'plural' : 'text')
      if (options && typeof options === 'object' && !Array.isArray(options)) {
        Object.values(options).forEach(walkList)
      }
    } else {
      tags.add(name)
      node.slice(1).forEach(walkNode)
    }
  }
  walkList(compile(message) as Compiled)
  return {args, tags}
}

describe('every message is valid ICU, with the arguments and tags of English', () => {
  it.each(LANGUAGES.map(({id}) => id))('%s', (language) => {
    const problems: string[] = []
    const t = createTranslator({
      locale: language,
      messages: SITE[language]!,
      onError: (error) => problems.push(`${language}: ${error.message}`),
    })
    for (const key of keysOf(ERRORS[language]!)) {
      const invalid = parseError(messageAt(ERRORS[language]!, key))
      if (invalid) problems.push(`${language}/errors.json: ${key} is not valid ICU (${invalid})`)
    }
    for (const key of ENGLISH_SITE_KEYS) {
      const invalid = parseError(messageAt(SITE[language]!, key))
      if (invalid) problems.push(`${language}: ${key} is not valid ICU (${invalid})`)
      const english = placeholders(messageAt(SITE.en!, key))
      const own = placeholders(messageAt(SITE[language]!, key))
      const sameArgs = [...english.args.keys()].sort().join() === [...own.args.keys()].sort().join()
      const sameTags = [...english.tags].sort().join() === [...own.tags].sort().join()
      if (!sameArgs || !sameTags) {
        problems.push(`${language}: ${key} has other arguments or tags than English`)
      }
      // Formatted with English's arguments: each text argument must show up in the result.
      const values: Record<string, unknown> = {}
      for (const [name, kind] of english.args) values[name] = kind === 'plural' ? 2 : `⟦${name}⟧`
      // (A select shows one of its options: its texts are checked as ICU above, not shown here.)
      const called: string[] = []
      for (const tag of english.tags) {
        values[tag] = (chunks: unknown) => {
          called.push(tag)
          return `<${tag}>${String(chunks)}</${tag}>`
        }
      }
      const output = String(
        ([] as unknown[])
          .concat((t.rich as (key: string, values: object) => unknown)(key, values))
          .join(''),
      )
      for (const [name, kind] of english.args) {
        if (kind === 'text' && !output.includes(`⟦${name}⟧`)) {
          problems.push(`${language}: ${key} does not show {${name}}`)
        }
      }
      for (const tag of english.tags) {
        if (!called.includes(tag)) problems.push(`${language}: ${key} drops <${tag}>`)
      }
    }
    expect(problems).toEqual([])
  })

  it('reports an invalid message and finds arguments and tags (the check itself)', () => {
    expect(parseError('Hola {name')).toBeDefined()
    expect(parseError('{count, plural, one {x} other}')).toBeDefined()
    expect(parseError('a <b>x</c>')).toBeDefined()
    expect(parseError('{count, plural, one {# a} other {# b}} para “{query}”')).toBeUndefined()
    const found = placeholders('{count, plural, one {# a} other {# b}} <date>{when}</date>')
    expect(Object.fromEntries(found.args)).toEqual({count: 'plural', when: 'text'})
    expect([...found.tags]).toEqual(['date'])
  })
})

/** Source files of the site (not tests): app/, components/, lib/. */
function siteSources(): Array<{file: string; text: string}> {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'app', 'components', 'lib'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((file) => /\.(ts|tsx|js|jsx|mjs)$/.test(file))
  return files.map((file) => ({file, text: readFileSync(path.join(ROOT, file), 'utf8')}))
}

/**
 * Keys the code reads from the site catalogs: the first argument of a translator call, `t('…')`,
 * `t.rich('…')`, `t.markup('…')`, `t.raw('…')`, or a translator called at once
 * (`getTranslator(language)('…')`). Any other first argument (a variable, a template) is a
 * dynamic key: none are used, and the test refuses them so that every key stays findable.
 */
function siteKeysUsed(sources: Array<{file: string; text: string}>) {
  const used = new Set<string>()
  const dynamic: string[] = []
  const call = /(?:\bt|getTranslator\([^()]*\))(?:\.(?:rich|markup|raw|has))?\(\s*([^\s,)]+)/g
  for (const {file, text} of sources) {
    for (const [, argument] of text.matchAll(call)) {
      const literal = /^'([\w.]+)'$/.exec(argument!)
      if (literal) used.add(literal[1]!)
      else dynamic.push(`${file}: ${argument}`)
    }
  }
  return {used, dynamic}
}

/**
 * Keys the code reads from the error catalogs: `errorMessages(…)` is assigned to a name, and the
 * keys are read from it as properties (`text.heading`).
 */
function errorKeysUsed(sources: Array<{file: string; text: string}>) {
  const used = new Set<string>()
  const unassigned: string[] = []
  for (const {file, text} of sources) {
    if (file === path.join('lib', 'i18n', 'errors.ts')) continue
    for (const match of text.matchAll(/errorMessages\(/g)) {
      const before = text.slice(0, match.index)
      const assigned = /const\s+(\w+)\s*=\s*$/.exec(before)
      if (!assigned) {
        unassigned.push(file)
        continue
      }
      for (const [, key] of text.matchAll(new RegExp(`\\b${assigned[1]}\\.(\\w+)`, 'g'))) {
        used.add(key!)
      }
    }
  }
  return {used, unassigned}
}

describe('every key is used by the code, and the code uses only keys that exist', () => {
  const sources = siteSources()

  it('finds the code (the check itself)', () => {
    expect(sources.length).toBeGreaterThan(20)
    const {used} = siteKeysUsed([
      {file: 'x.tsx', text: "t('a.b') t.rich('c.d', {}) getTranslator(language)('e.f')"},
    ])
    expect([...used]).toEqual(['a.b', 'c.d', 'e.f'])
  })

  it('site.json: no dynamic keys, no unknown keys, no unused keys', () => {
    const {used, dynamic} = siteKeysUsed(sources)
    expect(dynamic).toEqual([])
    expect([...used].filter((key) => !ENGLISH_SITE_KEYS.includes(key))).toEqual([])
    const unused = ENGLISH_SITE_KEYS.filter((key) => !used.has(key)).map(
      (key) => `site.json: ${key}`,
    )
    expect(unused).toEqual([])
  })

  it('errors.json: read only through a named catalog, no unknown keys, no unused keys', () => {
    const {used, unassigned} = errorKeysUsed(sources)
    expect(unassigned).toEqual([])
    expect([...used].filter((key) => !ENGLISH_ERROR_KEYS.includes(key))).toEqual([])
    const unused = ENGLISH_ERROR_KEYS.filter((key) => !used.has(key)).map(
      (key) => `errors.json: ${key}`,
    )
    expect(unused).toEqual([])
  })
})
