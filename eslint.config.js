// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'os', 'child_process'] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'window', 'document', 'Office', 'Excel', 'SpreadsheetApp', 'console'],
    },
  },
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
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
);
