import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

// The house's import direction, held by the linter (main → app → features → ui → state/data → domain):
// a feature never imports another feature (by alias or by relative path); domain/ imports no React, state,
// data, ui or features; data/ does not read the view's URL state; ui/, data/ and state/ import no feature.
// Paths are resolved (tsconfig aliases included) before they are checked, so `../profile` and
// `@/features/profile` are caught alike. eslint.boundaries.test.ts plants violations and expects errors.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const boundaryZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Một tính năng không nhập từ tính năng khác / features do not import each other: move the shared piece to src/ui, src/data or src/domain.',
  })),
  ...['./src/state', './src/data', './src/ui', './src/features', './src/app'].map((from) => ({
    target: './src/domain',
    from,
    message: 'domain/ is pure TypeScript: it imports no state, data, ui, features or app.',
  })),
  { target: './src/data', from: './src/state/view.ts', message: 'data/ does not read the view state: take the index as an argument.' },
  ...['./src/ui', './src/data', './src/state'].flatMap((target) =>
    ['./src/features', './src/app'].map((from) => ({ target, from, message: 'ui/, data/ and state/ import no feature or app code.' })),
  ),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaryZones }] },
  },
  {
    // domain/ is pure: no React, no stores, no query client.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '@tanstack/*'] }],
    },
  },
);
