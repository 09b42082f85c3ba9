// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/*
 * The layers, as import restrictions (test/eslint-layers.test.ts shows each one reported):
 *   core (src/ but the three below): pure TypeScript, imports only the core
 *   src/ui (the shared sidebar), src/playground, src/cli: adapt the core, never each other's code
 *   addin/ (Excel), gas/ (Google Sheets): the hosts, each on its own, over the core and the sidebar
 * Patterns are gitignore-style and matched against the import as written: the pattern of src/ui is
 * any import through a folder named ui, whatever the number of "../" before it.
 */
/** @param {string} what @param {string[]} group */
const layer = (what, group) => ({ group, message: `${what} (see the layers at the top of eslint.config.js).` });
const NODE = layer('The core runs in every host: no Node modules', ['node:*', 'fs', 'path', 'os', 'child_process']);
const UI = layer('The core does not import the sidebar (src/ui)', ['**/ui/**']);
const CLI = layer('Only the CLI imports the CLI (src/cli)', ['**/cli/**']);
const PLAYGROUND = layer('Only the playground imports the playground (src/playground)', ['**/playground/**']);
const EXCEL = layer('Only the Excel add-in imports addin/', ['**/addin/**']);
const SHEETS = layer('Only the Sheets add-on imports gas/', ['**/gas/**']);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      // French text puts a no-break space before : ; ! ? % » (see src/typography/french.ts).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    // The core is pure: no host, Node or DOM globals (the CLI and the UI adapt it).
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/ui/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NODE, UI, CLI, PLAYGROUND, EXCEL, SHEETS] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'window', 'document', 'Office', 'Excel', 'SpreadsheetApp', 'console'],
    },
  },
  {
    // The playground's pure .ts files keep the core's globals above; its imports may reach the sidebar.
    files: ['src/playground/**/*.ts', 'src/playground/**/*.tsx'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NODE, CLI, EXCEL, SHEETS] }] },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NODE, CLI, PLAYGROUND, EXCEL, SHEETS] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UI, PLAYGROUND, EXCEL, SHEETS] }] },
  },
  { files: ['addin/**/*.ts', 'addin/**/*.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: [SHEETS, CLI, PLAYGROUND] }] } },
  { files: ['gas/**/*.ts', 'gas/**/*.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: [EXCEL, CLI, PLAYGROUND] }] } },
  {
    // The sidebar is shared by every host: it reaches the workbook only through its WorkbookHost.
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: { 'no-restricted-globals': ['error', 'Office', 'Excel', 'CustomFunctions', 'google', 'SpreadsheetApp'] },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'src/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['scripts/**/*.mjs', 'build/**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
);
