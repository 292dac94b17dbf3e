// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // House style: routes are thin, services orchestrate, SQL lives in `*.queries.ts`; only `db/`, `jobs/` and
    // the queries files use the query builder (seeds, test support and benchmarks load data directly).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: [
      'src/server/db/**',
      'src/server/jobs/**',
      'src/server/seed/**',
      'src/server/testing/**',
      '**/*.queries.ts',
      '**/*.test.ts',
      '**/*.test-support.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'kysely', message: 'SQL lives in *.queries.ts (house style).' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto)$/]',
          message: 'SQL lives in *.queries.ts (house style).',
        },
      ],
    },
  },
);
