import nextJest from 'next/jest.js'

const createJestConfig = nextJest({dir: './'})

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/unit/**/*.test.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/tests/support/jest.setup.ts'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // A build-time guard of Next.js; in tests every module is allowed to import the content module.
    '^server-only$': '<rootDir>/tests/support/empty-module.ts',
  },
}

// next/jest ignores all of node_modules; Sanity's and Portable Text's packages ship ES modules
// only, so they (and a few of their dependencies) must be transformed too.
const esmPackages = [
  '@sanity',
  '@portabletext',
  'next-sanity',
  'groq',
  'groq-js',
  'get-it',
  'nanoid',
  'rxjs',
  'uuid',
  'valibot',
  'mendoza',
  'dequal',
  'history',
  'lodash-es',
  'flesch-kincaid',
  'syllable',
  // next-intl's translator (lib/i18n) and what it imports: ICU message parsing and formatting.
  'next-intl',
  'use-intl',
  'icu-minify',
  'intl-messageformat',
  '@formatjs',
  '@schummar',
  // Content migrations (migrations/, scripts/migrate-dataset.ts): `sanity/migrate` and what
  // @sanity/migrate imports.
  'sanity',
  'p-map',
]

export default async function jestConfig() {
  const resolved = await createJestConfig(config)()
  return {
    ...resolved,
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  }
}
