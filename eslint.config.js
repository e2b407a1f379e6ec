// @ts-check
import js from '@eslint/js'
import security from 'eslint-plugin-security'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Packages only certain layers may import (see docs/architecture.md, "Import direction"). */
const IO_PACKAGES = ['node:*', 'fastify', 'fastify-*', '@fastify/*', 'kysely', 'pg', 'better-sqlite3*', 'ioredis', 'pino*', 'prom-client']

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'web/dist/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  security.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Fastify plugins are `async (app) => { app.get(...) }` by convention; an await-less async function is harmless.
      '@typescript-eslint/require-await': 'off',
      // Object-injection fires on every obj[key]; our keys come from typed unions, and it hides real findings.
      'security/detect-object-injection': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: IO_PACKAGES, message: 'domain/ is pure: pass data and a clock in.' },
          { group: ['../../*', '!../../domain/*'], message: 'domain/ imports nothing outside domain/.' },
          { group: ['**/store/*', '**/http/*', '**/modules/*', '**/ops/*', '**/config/*', '**/security/*', '**/identity/*', '**/cache/*', '**/cli/*'], message: 'domain/ imports nothing outside domain/.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ never reads the clock: take the time as an argument' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'domain/ never reads the clock: take the time as an argument' },
      ],
    },
  },
  {
    // Only http/ and *.routes.ts speak Fastify; only store/ and *.repository.ts speak Kysely or drivers.
    files: ['src/**/*.ts'],
    ignores: ['src/http/**', 'src/**/*.routes.ts', 'src/store/**', 'src/**/*.repository.ts', 'src/**/*.test.ts', 'src/app.ts', 'src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fastify', 'fastify-*', '@fastify/*'], message: 'only src/http and *.routes.ts import Fastify' },
          { group: ['kysely', 'pg', 'better-sqlite3*'], message: 'only src/store and *.repository.ts import Kysely or database drivers' },
        ],
      }],
    },
  },
  {
    files: ['src/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/*.repository.js'], message: 'routes call services, never repositories' },
          { group: ['kysely', 'pg', 'better-sqlite3*'], message: 'routes never touch the database' },
        ],
      }],
    },
  },
  {
    // File paths here come from the operator's configuration or CLI arguments, never from an HTTP request.
    files: ['src/config/**/*.ts', 'src/store/**/*.ts', 'src/cli/**/*.ts', 'src/ops/**/*.ts'],
    rules: { 'security/detect-non-literal-fs-filename': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'security/detect-non-literal-fs-filename': 'off',
      'security/detect-child-process': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
