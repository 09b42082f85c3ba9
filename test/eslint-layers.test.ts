/**
 * The layers of eslint.config.js are a check, not a habit: the project's own configuration, run by
 * ESLint's Node API on files that exist only in memory, reports each import that crosses a layer and
 * lets the imports each layer is allowed.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let eslint: ESLint;

beforeAll(() => {
  // The repository's configuration, less the rules that need type information: the virtual files
  // belong to no tsconfig, and the layers need none.
  eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

/**
 * The import-restriction messages ESLint reports for one line of code placed at a path.
 *
 * @param filePath - where the file would be, relative to the repository
 * @param code - its text
 */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (result === undefined) throw new Error(`ESLint returned nothing for ${filePath}`);
  const fatal = result.messages.filter((message) => message.fatal === true);
  if (fatal.length > 0) throw new Error(`${filePath} did not parse: ${fatal.map((message) => message.message).join('; ')}`);
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layers in eslint.config.js', () => {
  it.each([
    ['src/metrics/fixture.ts', "export { mountSidebar } from '../ui/mount.js';\n", 'The core does not import the sidebar'],
    ['src/metrics/clv/fixture.ts', "export { run } from '../../cli/main.js';\n", 'Only the CLI imports the CLI'],
    ['src/io/fixture.ts', "export * from '../playground/engine/engine.js';\n", 'Only the playground imports the playground'],
    ['src/cells/fixture.ts', "export { savedLanguage } from '../../addin/functions/language.js';\n", 'Only the Excel add-in imports addin/'],
    ['src/audit/fixture.ts', "export * from '../../gas/server/parts.js';\n", 'Only the Sheets add-on imports gas/'],
    ['src/cells/fixture.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", 'no Node modules'],
    ['gas/server/fixture.ts', "export { savedLanguage } from '../../addin/functions/language.js';\n", 'Only the Excel add-in imports addin/'],
    ['addin/host/fixture.ts', "export * from '../../gas/server/parts.js';\n", 'Only the Sheets add-on imports gas/'],
    ['addin/host/fixture.ts', "export * from '../../src/cli/main.js';\n", 'Only the CLI imports the CLI'],
    ['src/ui/fixture.ts', "export * from '../../addin/host/index.js';\n", 'Only the Excel add-in imports addin/'],
    ['src/ui/fixture.ts', "export * from '../playground/engine/engine.js';\n", 'Only the playground imports the playground'],
    ['src/cli/fixture.ts', "export * from '../ui/messages.js';\n", 'The core does not import the sidebar'],
    ['src/playground/fixture.ts', "export * from '../../gas/server/parts.js';\n", 'Only the Sheets add-on imports gas/'],
  ])('%s: %s is reported', async (file, code, message) => {
    const messages = await restricted(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
    expect(messages[0]).toContain('see the layers at the top of eslint.config.js');
  });

  it.each([
    ['src/metrics/fixture.ts', "export { valueError } from '../cells/errors.js';\n"],
    ['gas/server/fixture.ts', "export { languageFromTag } from '../../src/cells/language.js';\nexport * from '../../src/ui/messages.js';\n"],
    ['addin/host/fixture.ts', "export { languageFromTag } from '../../src/cells/language.js';\nexport * from '../../src/ui/messages.js';\n"],
    ['src/cli/fixture.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\nexport * from '../metrics/abc.js';\n"],
    ['src/playground/fixture.ts', "export * from '../ui/messages.js';\n"],
    ['src/ui/fixture.ts', "export * from '@fluentui/react-components';\n"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
