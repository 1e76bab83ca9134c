import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Server modules: a module reaches another only through its index (the owner's public face). */
const SERVER_MODULES = [
  'assessment',
  'calc',
  'complaints',
  'compliance',
  'credit',
  'enforcement',
  'home',
  'monitoring',
  'rectification',
  'sources',
  'workplan',
];
const intoAnotherModule = {
  regex: `^(\\.\\./)+(${SERVER_MODULES.join('|')})/`,
  message: "import another module through its index ('../../monitoring'), not its inner files",
};
const intoTheShell = {
  regex: '^(\\.\\./)+(app|cli|main|modules|services)$',
  message: 'the shell (app, cli, main, modules, services) imports modules, never the other way round',
};
const intoModules = {
  regex: '^(\\.\\./)+modules/',
  message: 'the platform is the floor under the modules: it must not import them',
};
/** Web layers: lib and ui are the floor, modules stand on them, app is the shell that assembles modules. */
const webAboveTheFloor = {
  regex: '^(\\.\\./)+(app|modules|pages)/',
  message: 'lib/ and ui/ are the floor: they import neither app/ nor modules/ nor pages/',
};
const webIntoTheShell = {
  regex: '^(\\.\\./)+app/',
  message: 'modules stand on lib/ and ui/; app/ is the shell that assembles them',
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'e2e/test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|describe|test)$/]",
          message: 'no focused tests',
        },
      ],
    },
  },
  {
    // Migrations are frozen history: they must not depend on today's schema type (Kysely's own advice).
    files: ['apps/server/src/db/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/server/src/modules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoAnotherModule, intoTheShell] }] },
  },
  {
    files: ['apps/server/src/platform/**/*.ts', 'apps/server/src/http/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoModules, intoTheShell] }] },
  },
  {
    files: ['apps/web/src/lib/**/*.{ts,tsx}', 'apps/web/src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webAboveTheFloor] }] },
  },
  {
    files: ['apps/web/src/modules/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webIntoTheShell] }] },
  },
);
