/** @jest-environment node */
import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'

import {DUE_FOR_REVIEW_FILTER} from '@/lib/shared/medical-review'
import {MISSING_TRANSLATION_FILTER, OUTDATED_TRANSLATION_FILTER} from '@/sanity/i18n'

import {BUNDLED_DATASET, fixture} from '@/tests/support/content'

/*
 * These run the real Sanity CLI (offline: it needs only the schema), so they take a few seconds.
 */
const run = promisify(execFile)
const TRANSLATIONS_VALID = path.join(__dirname, 'fixtures', 'translations-valid.ndjson')
const TRANSLATIONS_INVALID = path.join(__dirname, 'fixtures', 'translations-invalid.ndjson')
const PHYSICIANS = path.join(__dirname, 'fixtures', 'physicians.ndjson')
const LOCATIONS = path.join(__dirname, 'fixtures', 'locations.ndjson')
const PAGES = path.join(__dirname, 'fixtures', 'pages.ndjson')
const ROOT = path.join(__dirname, '..', '..', '..')
const EXAMPLE_DATASET = path.join(ROOT, 'sanity', 'data', 'example.ndjson')
const SANITY = path.join(ROOT, 'node_modules', '.bin', 'sanity')
const cliEnv = {...process.env, SANITY_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0'}

jest.setTimeout(180_000)

type Marker = {id: string; level: string; message: string; path: unknown[]}

type Environment = 'cli' | 'studio'
type Validation = {file: string; environment: Environment; documents: number; markers: Marker[]}

// Validated as `sanity documents validate` does, and as the Studio does before publishing (see
// validate-dataset.ts): every file in one CLI run, whose start-up is most of the time.
const VALIDATED: Record<Environment, string[]> = {
  cli: [
    BUNDLED_DATASET,
    EXAMPLE_DATASET,
    TRANSLATIONS_VALID,
    TRANSLATIONS_INVALID,
    PHYSICIANS,
    LOCATIONS,
    fixture('valid.ndjson'),
    fixture('invalid.ndjson'),
  ],
  studio: [PAGES],
}
let validations: Promise<Validation[]> | undefined

async function validateAll(): Promise<Validation[]> {
  const {stdout} = await run(
    SANITY,
    [
      ...['exec', 'tests/support/validate-dataset.ts', '--mock-browser-env', '--'],
      ...VALIDATED.cli,
      ...['--studio', ...VALIDATED.studio],
    ],
    {cwd: ROOT, env: cliEnv, maxBuffer: 16 * 1024 * 1024},
  )
  return stdout
    .split('\n')
    .filter((text) => text.startsWith('{"file"'))
    .map((line) => JSON.parse(line) as Validation)
}

/** One file's validation, from the run over every file (started when first asked). */
async function validateDataset(
  file: string,
  {environment = 'cli'}: {environment?: Environment} = {},
): Promise<Validation> {
  if (!VALIDATED[environment].includes(file)) {
    throw new Error(`Add ${file} to the files validated in ${environment}`)
  }
  validations ??= validateAll()
  const found = (await validations).find(
    (result) => result.file === file && result.environment === environment,
  )
  if (!found) throw new Error(`No result for ${file} (${environment}) from the validation script`)
  return found
}

describe('schema', () => {
  it('passes `sanity schema validate` without errors or warnings', async () => {
    const {stdout} = await run(SANITY, ['schema', 'validate'], {cwd: ROOT, env: cliEnv})
    expect(stdout).toMatch(/Errors:\s+0 errors/)
    expect(stdout).toMatch(/Warnings:\s+0 warnings/)
  })

  it('has committed TypeGen types that match the schema and the queries', async () => {
    // Regenerate in a scratch copy, so the test never touches the working tree.
    const scratch = await mkdtemp(path.join(tmpdir(), 'typegen-'))
    for (const entry of [
      'app',
      'components',
      'lib',
      'sanity',
      'sanity.cli.ts',
      'sanity.config.ts',
      'package.json',
      'tsconfig.json',
      '.prettierrc.json',
    ]) {
      await cp(path.join(ROOT, entry), path.join(scratch, entry), {recursive: true})
    }
    await symlink(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'))
    const env = {...cliEnv, NEXT_PUBLIC_SANITY_PROJECT_ID: '', NEXT_PUBLIC_SANITY_DATASET: ''}
    await run(SANITY, ['schema', 'extract', '--path', 'sanity/schema.json'], {cwd: scratch, env})
    await run(SANITY, ['typegen', 'generate'], {cwd: scratch, env})

    for (const file of ['sanity/schema.json', 'sanity/sanity.types.ts']) {
      const committed = await readFile(path.join(ROOT, file), 'utf8')
      const fresh = await readFile(path.join(scratch, file), 'utf8')
      if (fresh !== committed) {
        throw new Error(`${file} is stale: run "npm run typegen" and commit the result`)
      }
    }
  })
})

describe("desk structure (built by Sanity's StructureBuilder from the real config)", () => {
  it('puts the two singletons first, then treatments, body areas, pages, translations, affiliations by kind, physicians by name, redirects', async () => {
    const {stdout} = await run(
      SANITY,
      ['exec', 'tests/support/serialize-structure.ts', '--mock-browser-env'],
      {cwd: ROOT, env: cliEnv, maxBuffer: 16 * 1024 * 1024},
    )
    const line = stdout.split('\n').find((text) => text.startsWith('{"items"'))
    if (!line) throw new Error(`No structure printed:\n${stdout}`)
    const desk = JSON.parse(line)
    expect(
      desk.items.map((item: {title?: string; type: string}) => item.title ?? item.type),
    ).toEqual([
      'Site settings',
      'Language assistance',
      'divider',
      'Treatments',
      'Body areas',
      'Pages',
      'Translations',
      'Affiliations',
      'Physicians',
      'Locations',
      'Redirects',
    ])
    expect(desk.treatments.map((item: {title: string}) => item.title)).toEqual([
      'Main treatments and their kinds',
      'All treatments',
      'Due for medical review',
    ])
    expect(desk.dueForReview.filter).toBe(DUE_FOR_REVIEW_FILTER)
    // Per language but English: what is not yet translated, and what is outdated.
    expect(desk.translations).toEqual(
      [
        {id: 'es', title: 'Spanish'},
        {id: 'zh-Hans', title: 'Chinese (Simplified)'},
      ].map(({id, title}) => ({
        id: `translations-${id}`,
        title,
        type: 'listItem',
        items: [
          expect.objectContaining({
            title: `Treatments not yet in ${title}`,
            list: expect.objectContaining({
              filter: MISSING_TRANSLATION_FILTER,
              params: {type: 'treatment', language: id},
            }),
          }),
          expect.objectContaining({
            title: `Body areas not yet in ${title}`,
            list: expect.objectContaining({
              filter: MISSING_TRANSLATION_FILTER,
              params: {type: 'bodyArea', language: id},
            }),
          }),
          expect.objectContaining({
            title: `Pages not yet in ${title}`,
            list: expect.objectContaining({
              filter: MISSING_TRANSLATION_FILTER,
              params: {type: 'page', language: id},
            }),
          }),
          expect.objectContaining({
            title: `Outdated ${title} translations`,
            list: expect.objectContaining({
              filter: OUTDATED_TRANSLATION_FILTER,
              params: {types: ['treatment', 'bodyArea', 'page'], language: id},
            }),
          }),
        ],
      })),
    )
    expect(desk.affiliations).toEqual([
      expect.objectContaining({
        title: 'Professional societies',
        list: expect.objectContaining({
          params: {kind: 'professional'},
          defaultOrdering: [{field: 'order', direction: 'asc'}],
        }),
      }),
      expect.objectContaining({
        title: 'Hospitals',
        list: expect.objectContaining({params: {kind: 'hospital'}}),
      }),
    ])
    expect(desk.physicians).toEqual(
      expect.objectContaining({
        filter: '_type == $type',
        params: {type: 'physician'},
        defaultOrdering: [{field: 'name', direction: 'asc'}],
      }),
    )
    // English pages by title; their translations are reached from them.
    expect(desk.pages).toEqual(
      expect.objectContaining({
        filter: '_type == "page" && coalesce(language, "en") == "en"',
        defaultOrdering: [{field: 'title', direction: 'asc'}],
      }),
    )
    expect(desk.locations).toEqual(
      expect.objectContaining({
        filter: '_type == $type',
        params: {type: 'location'},
        defaultOrdering: [{field: 'name', direction: 'asc'}],
      }),
    )
  })
})

describe('starting a translation (the Translations menu of @sanity/document-internationalization)', () => {
  it('copies the text to translate, but not the medical review, earlier addresses or structure', async () => {
    const {stdout} = await run(
      SANITY,
      ['exec', 'tests/support/new-translation.ts', '--mock-browser-env'],
      {cwd: ROOT, env: cliEnv, maxBuffer: 16 * 1024 * 1024},
    )
    const line = stdout.split('\n').find((text) => text.startsWith('{"copied"'))
    if (!line) throw new Error(`No translation printed:\n${stdout}`)
    const {copied} = JSON.parse(line)
    // The plugin's own code, on the real schema: a new translation is not reviewed.
    expect(Object.keys(copied).sort()).toEqual(
      ['_id', '_type', 'language', 'title', 'slug', 'summary', 'aliases', 'faqs'].sort(),
    )
    expect(copied).toMatchObject({_id: 'drafts.new-translation', language: 'es'})
  })
})

describe('dataset validation against the Studio schema', () => {
  it('the bundled dataset passes every rule', async () => {
    const result = await validateDataset(BUNDLED_DATASET)
    expect(result.documents).toBeGreaterThanOrEqual(17)
    expect(result.markers).toEqual([])
  })

  it('the example dataset (fictional physicians, every profile field) passes every rule', async () => {
    const result = await validateDataset(EXAMPLE_DATASET)
    expect(result.documents).toBeGreaterThanOrEqual(20)
    expect(result.markers).toEqual([])
  })

  it('translations, their metadata, translated settings and location texts, and language assistance pass', async () => {
    // Shaped as the plugins write them: see sanity/i18n.ts.
    const result = await validateDataset(TRANSLATIONS_VALID)
    expect(result.documents).toBe(11)
    expect(result.markers).toEqual([])
  })

  it('broken translations get the rules’ own messages', async () => {
    const {markers} = await validateDataset(TRANSLATIONS_INVALID)
    const byDocument = (id: string, level = 'error') =>
      markers.filter((marker) => marker.id === id && marker.level === level).map((m) => m.message)
    // Two Spanish translations claiming one address; the English one with another is fine.
    for (const id of ['x-es-a', 'x-es-b']) {
      expect(byDocument(id, 'warning')).toEqual([
        'Another Spanish treatment already uses this web address. Change it, for example by adding a word.',
      ])
    }
    expect(byDocument('x-en', 'warning')).toEqual([])
    expect(byDocument('x-klingon')).toEqual([
      '"tlh" is not one of the site\'s languages (en, es, zh-Hans).',
    ])
    expect(byDocument('settings-i18n-bad').sort()).toEqual(
      [
        'Choose the main location, so that every page can say where the clinic is.',
        'There are two en entries: keep one.',
        'Write the disclaimer shown on treatment pages.',
        '"fr" is not one of the site\'s languages (en, es, zh-Hans).',
      ].sort(),
    )
    expect(byDocument('assistance-bad').sort()).toEqual(
      ['There are two lines in es: keep one.', 'Write the page title in English.'].sort(),
    )
    expect(byDocument('assistance-bad', 'warning')).toEqual([
      expect.stringMatching(/^The law asks for a line in English, Chinese \(Traditional\), /),
      'Write {phone} where the phone number goes.',
    ])
    // The plugin's own check: a metadata entry must point at a document in that language.
    expect(byDocument('translation.metadata.x-en', 'warning')).toEqual([
      'Referenced document does not have the correct language value',
    ])
  })

  it('physician profiles: every field used correctly passes, each broken rule says what to do', async () => {
    const {documents, markers} = await validateDataset(PHYSICIANS)
    expect(documents).toBe(18)
    const byDocument = (id: string, level = 'error') =>
      markers.filter((marker) => marker.id === id && marker.level === level).map((m) => m.message)
    const at = (id: string) =>
      markers.filter((marker) => marker.id === id).map(({level, path}) => ({level, path}))

    // Every field, filled in: the shared lists, references of the right kinds, a valid NPI.
    expect(markers.filter(({id}) => !id.startsWith('phys-') || id === 'phys-valid')).toEqual([])
    expect(at('phys-credentials-at-limit')).toEqual([])

    expect(byDocument('phys-npi-check')).toEqual([
      'This is not a valid NPI (its last digit does not match): check it against the NPI Registry.',
    ])
    for (const id of ['phys-npi-short', 'phys-npi-long', 'phys-npi-spaced']) {
      expect(byDocument(id)).toEqual(['Write the NPI as its ten digits, without spaces or dashes.'])
    }
    expect(byDocument('phys-society-as-hospital')).toEqual([
      'Remove Example Society: only hospitals belong here (professional societies go under Memberships).',
    ])
    expect(byDocument('phys-hospital-as-society')).toEqual([
      'Remove Example Hospital: only professional societies belong here (hospitals go under Hospital privileges).',
    ])
    expect(byDocument('phys-translated-treatment')).toEqual([
      'Remove Tratamiento de ejemplo and choose the English treatment instead: the site links each language to its own translation.',
    ])
    expect(at('phys-twice')).toEqual([
      {level: 'error', path: ['hospitalPrivileges', {_key: 'k1'}]},
      {level: 'error', path: ['hospitalPrivileges', {_key: 'k2'}]},
    ])
    expect(byDocument('phys-twice')).toEqual([
      'This hospital is listed twice: remove one.',
      'This hospital is listed twice: remove one.',
    ])

    // Years from 1950 to next year, whole numbers; the kind and the institution are required.
    const yearMessage = `Write the year with four digits, between 1950 and ${new Date().getUTCFullYear() + 1}.`
    const kindMessage =
      'Choose the kind of training: medical school, residency, fellowship or internship.'
    const education = markers
      .filter(({id}) => id === 'phys-bad-education')
      .map(({level, path, message}) => [level, JSON.stringify(path.slice(1)), message])
    expect(education.sort()).toEqual(
      [
        ['error', '[{"_key":"early"},"year"]', yearMessage],
        ['error', '[{"_key":"late"},"year"]', yearMessage],
        ['error', '[{"_key":"half"},"year"]', yearMessage],
        ['error', '[{"_key":"empty"},"kind"]', kindMessage],
        ['error', '[{"_key":"empty"},"institution"]', 'Write the name of the school or hospital.'],
        ['error', '[{"_key":"phd"},"kind"]', kindMessage],
      ].sort(),
    )

    expect(byDocument('phys-long-credentials')).toEqual([
      'Shorten the degrees to 40 characters or fewer, for example "MD, PhD"; board certifications go in their own list.',
    ])

    // A specialty or a language outside the shared lists, and a specialty ticked twice: one
    // error per item, and no second message from the "at least one specialty" warning.
    expect(
      markers
        .filter(({id}) => id === 'phys-bad-lists')
        .map(({level, path, message}) => [level, JSON.stringify(path), message])
        .sort(),
    ).toEqual(
      [
        ['error', '["specialties",0]', 'Tick specialties from the list only, each once.'],
        ['error', '["specialties",1]', 'Tick specialties from the list only, each once.'],
        ['error', '["specialties",2]', 'Tick specialties from the list only, each once.'],
        ['error', '["languages",1]', 'Tick languages from the list only, each once.'],
      ].sort(),
    )
    expect(byDocument('phys-no-specialty')).toEqual([])
    expect(byDocument('phys-no-specialty', 'warning')).toEqual([
      'Tick at least one specialty, so patients know what the physician treats.',
    ])
  })

  it('locations: every field used correctly passes, each broken rule says what to do', async () => {
    const {documents, markers} = await validateDataset(LOCATIONS)
    expect(documents).toBe(7)
    const found = (id: string) =>
      markers
        .filter((marker) => marker.id === id)
        .map(({level, path, message}) => [level, JSON.stringify(path), message])
        .sort()
    expect(found('loc-valid')).toEqual([])
    // Opening hours that close before they open, times that are not times, no day ticked.
    expect(found('loc-bad-hours')).toEqual(
      [
        ['error', '["hours",{"_key":"late"},"closes"]', 'Closing time must be after opening time.'],
        ['error', '["hours",{"_key":"format"},"opens"]', 'Use 24-hour time such as 08:00.'],
        ['error', '["hours",{"_key":"format"},"closes"]', 'Use 24-hour time such as 08:00.'],
        ['error', '["hours",{"_key":"nodays"},"days"]', 'Tick at least one day.'],
        ['error', '["hours",{"_key":"noclose"},"closes"]', 'Enter a closing time.'],
      ].sort(),
    )
    expect(found('loc-bad-exceptions')).toEqual(
      [
        ['error', '["hoursExceptions"]', '2026-12-25 is listed twice: keep one entry per date.'],
        [
          'error',
          '["hoursExceptions",{"_key":"c"},"closes"]',
          'Closing time must be after opening time.',
        ],
      ].sort(),
    )
    expect(found('loc-bad-contact')).toEqual(
      [
        [
          'error',
          '["phone"]',
          'Write the phone number with digits, spaces, dashes or brackets only.',
        ],
        ['error', '["fax"]', 'Write the fax number with digits, spaces, dashes or brackets only.'],
        ['error', '["address","street"]', 'Write the street and number.'],
        [
          'error',
          '["address","region"]',
          'Write the state as its two capital letters, such as CA.',
        ],
        ['error', '["address","postalCode"]', 'Write the ZIP code as five digits, such as 91801.'],
      ].sort(),
    )
    // No web address cannot be published (Sanity's own slug check answers first).
    expect(found('loc-no-slug')).toContainEqual(['error', '["slug","current"]', 'Required'])
    for (const id of ['loc-same-slug-a', 'loc-same-slug-b']) {
      // Reported as the translations' duplicate addresses are (see above).
      expect(found(id)).toEqual([
        [
          'warning',
          '["slug"]',
          'Another location already uses this web address. Change it, for example by adding a word.',
        ],
      ])
    }
  })

  it('pages and menus: every block and kind of link used correctly passes, each broken rule says what to do', async () => {
    // As the Studio validates before publishing: there, the slug's rules are errors that block it.
    const {documents, markers} = await validateDataset(PAGES, {environment: 'studio'})
    expect(documents).toBe(23)
    const found = (id: string) =>
      markers
        .filter((marker) => marker.id === id)
        .map(({level, path, message}) => [level, JSON.stringify(path), message])
        .sort()
    // A page with every block, its Spanish translation, and menus with every kind of link.
    for (const id of ['page-about', 'page-about__es', 'siteSettings', 'loc-main', 't-spine']) {
      expect(found(id)).toEqual([])
    }
    // A page cannot take an address the site already uses, whatever its case.
    for (const [id, address] of [
      ['page-reserved-0', 'treatments'],
      ['page-reserved-1', 'Search'],
      ['page-reserved-2', 'es'],
      ['page-reserved-3', 'sitemap.xml'],
    ]) {
      expect(found(id!)).toEqual([
        [
          'error',
          '["slug"]',
          `/${address} is one of the site’s own addresses. Choose another web address, for example by adding a word.`,
        ],
      ])
    }
    for (const id of ['page-dup-a', 'page-dup-b']) {
      expect(found(id)).toEqual([
        [
          'error',
          '["slug"]',
          'Another page already uses this web address. Change it, for example by adding a word.',
        ],
      ])
    }
    expect(found('page-no-title')).toEqual([['error', '["title"]', 'Give the page a title.']])
    expect(found('page-long-summary')).toEqual([
      ['error', '["summary"]', 'Shorten the summary to 300 characters or fewer.'],
    ])
    expect(found('page-renamed')).toEqual([
      [
        'warning',
        '["previousSlugs"]',
        '"renamed" is the current web address; remove it from the earlier ones.',
      ],
    ])
    const block = (key: string, ...rest: unknown[]) =>
      JSON.stringify(['body', {_key: key}, ...rest])
    expect(found('page-bad-blocks')).toEqual(
      [
        ['error', block('r1', 'text'), 'Write the text, or remove this block.'],
        ['error', block('c1', 'tone'), 'Choose the kind of call-out.'],
        ['error', block('c1', 'text'), 'Shorten the call-out to 400 characters or fewer.'],
        ['error', block('f1', 'items'), 'Add at least one question.'],
        ['error', block('a1', 'text'), 'Write the sentence.'],
        ['error', block('p1', 'physicians'), 'Choose at least one physician.'],
        [
          'error',
          block('t1', 'treatments', {_key: 'k2'}),
          'This treatment is listed twice: remove one.',
        ],
        [
          'error',
          block('t1', 'treatments', {_key: 'k3'}),
          'This treatment is listed twice: remove one.',
        ],
        [
          'error',
          block('t1', 'treatments'),
          'Remove Columna and choose the English treatment instead: the site links each language to its own translation.',
        ],
      ].sort(),
    )
    // A menu never links to a missing page, an unpublished one, a translation, or a page that is
    // not https; each item leads to exactly one place and has English text.
    const item = (key: string, field: string) => JSON.stringify(['headerMenu', {_key: key}, field])
    expect(found('settings-bad-menus')).toEqual(
      [
        ['warning', '["headerMenu"]', 'A menu with more than 8 links is hard to use on a phone.'],
        [
          'error',
          item('nowhere', 'target'),
          'Choose where this link leads: a page on this site, a section of the site, or a web address.',
        ],
        [
          'error',
          item('both', 'target'),
          'Choose only one of: a page on this site, a section of the site, or a web address. Clear the others.',
        ],
        ['error', item('http', 'url'), 'Use a web address that starts with https://.'],
        ['error', item('js', 'url'), 'Use a web address that starts with https://.'],
        // Sanity's own reference check, then ours, which names the document.
        ['error', item('gone', 'target'), 'Referenced document must be published'],
        [
          'error',
          item('gone', 'target'),
          'The document this links to no longer exists (page-gone): choose another link, or remove it.',
        ],
        ['error', item('draft', 'target'), 'Referenced document must be published'],
        [
          'error',
          item('draft', 'target'),
          '“Not yet published” is not published yet: publish it first, or choose another link.',
        ],
        [
          'error',
          item('translation', 'target'),
          '“Sobre la clínica” is a translation: choose the English document; each language links to its own translation.',
        ],
        ['error', item('unlabelled', 'label'), 'Write the text of the link in English.'],
        ['error', item('section', 'section'), 'Choose a section of the site from the list.'],
      ].sort(),
    )
    // Pages win over redirects, and a renamed page's earlier address already redirects.
    expect(found('redirect-from-page')).toEqual([
      [
        'warning',
        '["from"]',
        'A page lives at this address, and pages always win over redirects: this redirect only works once that page is renamed or removed.',
      ],
    ])
    expect(found('redirect-to-renamed-page')).toEqual([
      [
        'error',
        '["to"]',
        'This address itself redirects to /about. Use /about as the new address.',
      ],
    ])
  })

  it('documents that use every field correctly pass every rule', async () => {
    const result = await validateDataset(fixture('valid.ndjson'))
    expect(result.documents).toBe(7)
    expect(result.markers).toEqual([])
  })

  it('a dataset that breaks the rules gets the rules’ own messages', async () => {
    const {markers} = await validateDataset(fixture('invalid.ndjson'))
    const byDocument = (id: string, level = 'error') =>
      markers.filter((marker) => marker.id === id && marker.level === level).map((m) => m.message)

    expect(byDocument('treatment-too-long')).toEqual([
      'Shorten the summary to 300 characters or fewer.',
    ])
    expect(byDocument('treatment-no-title')).toEqual(['Give the treatment a title.'])
    // Sanity reports rules on a slug field as warnings (measured with sanity 5.31), even with
    // .error(); the message is still ours and the Studio shows it beside the field.
    for (const id of ['treatment-dup-a', 'treatment-dup-b']) {
      expect(byDocument(id, 'warning')).toEqual([
        'Another treatment already uses this web address. Change it, for example by adding a word.',
      ])
    }
    expect(byDocument('treatment-no-slug')).toEqual(['Required'])
    expect(byDocument('treatment-self-parent')).toEqual([
      'A treatment cannot be part of itself. Choose another treatment or clear this field.',
    ])
    for (const id of ['treatment-loop-a', 'treatment-loop-b']) {
      expect(byDocument(id)).toEqual([
        'The chosen treatment is already a kind of this one, which would make a loop. Choose a main treatment instead.',
      ])
    }
    expect(byDocument('treatment-image-no-alt')).toContain(
      'Add alternative text: describe the image in one short sentence.',
    )
    expect(byDocument('affiliation-bad-url')).toEqual([
      'Use a web address that starts with https:// (or http://).',
    ])
    expect(byDocument('redirect-bad-path')).toEqual([
      'Write a path starting with "/", using letters, numbers, "-" and "/" only.',
    ])
    expect(byDocument('redirect-same')).toEqual(['The new address must differ from the old one.'])
    expect(byDocument('redirect-chain-a')).toEqual([
      'This address itself redirects to /treatments. Use /treatments as the new address.',
    ])
    expect(byDocument('redirect-chain-b')).toEqual([
      'The redirect from /chain-a already sends visitors here, which would make a chain. Point that redirect straight to the final address instead.',
    ])
    for (const id of ['redirect-dup-1', 'redirect-dup-2']) {
      expect(byDocument(id)).toEqual([
        'Another redirect already moves this address. Edit that one instead.',
      ])
    }
    expect(byDocument('redirect-reserved')).toEqual([
      'This address is one of the site’s own pages. Choose the old address that should move.',
    ])
    expect(byDocument('redirect-live-page')).toEqual([])
    expect(byDocument('redirect-live-page', 'warning')).toEqual([
      'A treatment page lives at this address, and pages always win over redirects: this redirect only works once that treatment is renamed or removed.',
    ])
    expect(byDocument('redirect-to-old-address')).toEqual([
      'This address itself redirects to /treatments/renamed-twice. Use /treatments/renamed-twice as the new address.',
    ])
    expect(byDocument('treatment-renamed', 'warning')).toEqual([
      '"renamed-twice" is the current web address; remove it from the earlier ones.',
    ])
    expect(byDocument('treatment-reused-address', 'warning')).toEqual([
      'Another treatment now uses "loop-a", so that address shows it. Remove "loop-a" here.',
    ])
    expect(byDocument('settings-bad').sort()).toEqual(
      [
        'Choose the main location, so that every page can say where the clinic is.',
        'Use a web address that starts with https://.',
        'Write a valid email address.',
        'Write the clinic’s name.',
        'Write the disclaimer shown on treatment pages.',
        'Write the phone number with digits, spaces, dashes or brackets only.',
      ].sort(),
    )
    expect(byDocument('treatment-bad-details').sort()).toEqual(
      [
        'Use a whole number of 0 or more.',
        'Write the answer.',
        'The review date cannot be in the future.',
        'Use a web address starting with https://, or mailto: or tel:.',
      ].sort(),
    )
    expect(byDocument('treatment-long-seo', 'warning').sort()).toEqual([
      'Search engines cut descriptions longer than 160 characters.',
      'Search engines cut titles longer than 70 characters.',
    ])
    expect(byDocument('physician-no-name')).toEqual(['Write the physician’s name.'])
    expect(byDocument('area-no-title')).toEqual(['Name the body area.'])
    for (const id of ['affiliation-bad-kind', 'affiliation-no-kind']) {
      expect(byDocument(id)).toEqual([
        'Choose whether this is a professional society or a hospital.',
      ])
    }
  })
})
