import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  prettier,
  {
    ignores: [
      'node_modules/**',
      '.next*/**',
      'test-results/**',
      'playwright-report/**',
      'sanity/sanity.types.ts',
      'next-env.d.ts',
    ],
  },
]

export default config
