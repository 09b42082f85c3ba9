// The built add-on, as `npm run build:gas` makes it (the real configuration, into a scratch project):
// - Code.js read as a program (parsed with acorn, not searched as text): Sheets lists a custom
//   function only when it is a top-level `function` declaration with `@customfunction` in its JSDoc,
//   and every top-level function can be called from a cell and from google.script.run, so the set of
//   top-level functions must be exactly the catalogue's plus the menu and server functions;
// - appsscript.json, and what `clasp status` (offline) would push;
// - sidebar.html in headless Chromium, its google.script.run answered by the built Code.js running in
//   a Node vm over an in-memory spreadsheet: the page, the bridge and the server end to end.
import { frenchFormula } from '../src/catalogue/french-syntax.js';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, type Comment, type FunctionDeclaration, type Program } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import { CORE_VARIABLE, jsParameterName } from '../gas/build/entry.js';
import { MENU_FUNCTION_PARAMETERS, SERVER_FUNCTION_PARAMETERS } from '../gas/server/api.js';
import { buildGasInto } from './gas-build.js';
import { FakeSpreadsheet } from './gas-fake.js';
import { loadCode } from './gas-vm.js';
import { installScriptRun, launchChromium } from './support/browser.js';

let program: Program;
let comments: Comment[] = [];
let source = '';
let manifest: unknown;
let sidebar = '';
/** A scratch project: the repository's .clasp.json, and the build in its rootDir. */
let project = '';
let dist = '';

const CLASP = path.join(process.cwd(), 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'promethee-clasp-'));
  const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8')) as { scriptId: string; rootDir: string };
  writeFileSync(path.join(project, '.clasp.json'), JSON.stringify(clasp));
  dist = path.join(project, clasp.rootDir);
  mkdirSync(dist, { recursive: true });
  await buildGasInto(dist);
  source = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  sidebar = readFileSync(path.join(dist, 'sidebar.html'), 'utf8');
  manifest = JSON.parse(readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));
  comments = [];
  // Apps Script parses Code.js as a classic script, not a module.
  program = parse(source, { ecmaVersion: 2019, sourceType: 'script', onComment: comments });
}, 120_000);

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

const topLevelFunctions = (): FunctionDeclaration[] => program.body.filter((node): node is FunctionDeclaration => node.type === 'FunctionDeclaration');

/** The block comment that ends right before a node, with only white space between. */
function jsdocOf(node: FunctionDeclaration): string | undefined {
  const before = comments.filter((comment) => comment.type === 'Block' && comment.end <= node.start);
  const last = before[before.length - 1];
  if (last === undefined || source.slice(last.end, node.start).trim() !== '') return undefined;
  return last.value.startsWith('*') ? last.value : undefined;
}

/** The names of the `@param {type} name` tags of a JSDoc block, in order. */
function paramTags(jsdoc: string): string[] {
  return [...jsdoc.matchAll(/@param\s+\{[^}]*\}\s+([A-Za-z_$][\w$]*)/g)].map((match) => match[1] ?? '');
}

function parameterNames(node: FunctionDeclaration): string[] {
  return node.params.map((param) => (param.type === 'Identifier' ? param.name : `<${param.type}>`));
}

describe('the top level of the built Code.js', () => {
  it('declares exactly the catalogue’s custom functions, then the menu and the server functions', () => {
    const expected = [...CATALOGUE.map((spec) => spec.id), ...Object.keys(MENU_FUNCTION_PARAMETERS), ...Object.keys(SERVER_FUNCTION_PARAMETERS)];
    expect(topLevelFunctions().map((node) => node.id.name)).toEqual(expected);
  });

  it('holds nothing else but the one variable of the bundled core and its initialisation', () => {
    const others = program.body.filter((node) => node.type !== 'FunctionDeclaration');
    const declared = others.flatMap((node) => (node.type === 'VariableDeclaration' ? node.declarations.map((d) => (d.id.type === 'Identifier' ? d.id.name : '?')) : []));
    expect(declared).toEqual([CORE_VARIABLE]);
    // The rest is the bundle's immediately invoked function, which assigns that variable.
    expect(others.filter((node) => node.type !== 'VariableDeclaration').map((node) => node.type)).toEqual(['ExpressionStatement']);
  });

  it('gives every custom function a JSDoc with @customfunction, French help, an example and its real parameter names', () => {
    const byName = new Map(topLevelFunctions().map((node) => [node.id.name, node]));
    for (const spec of CATALOGUE) {
      const node = byName.get(spec.id);
      if (node === undefined) throw new Error(`${spec.id} is missing`);
      const jsdoc = jsdocOf(node) ?? '';
      const names = spec.params.map((param) => jsParameterName(param.name));
      expect(jsdoc, spec.id).toMatch(/@customfunction/);
      expect(jsdoc, spec.id).toContain(spec.summary.fr);
      // French help: French argument separator and decimal comma.
      expect(jsdoc, spec.id).toContain(`Exemple : ${frenchFormula(spec.example.formula)}`);
      expect(parameterNames(node), spec.id).toEqual(names);
      expect(paramTags(jsdoc), spec.id).toEqual(names);
      for (const param of spec.params) expect(jsdoc, `${spec.id} ${param.name}`).toContain(param.description.fr);
    }
  });

  it('keeps the catalogue’s parameter names, a reserved word only getting a trailing underscore', () => {
    const renamed = CATALOGUE.flatMap((spec) => spec.params.map((param) => [param.name, jsParameterName(param.name)])).filter(([name, js]) => name !== js);
    expect(renamed).toEqual([]);
    expect(jsParameterName('new')).toBe('new_');
    expect(jsParameterName('delete')).toBe('delete_');
  });

  it('does not mark the menu and server functions as custom functions, and gives them their parameters', () => {
    const byName = new Map(topLevelFunctions().map((node) => [node.id.name, node]));
    for (const [name, params] of Object.entries({ ...MENU_FUNCTION_PARAMETERS, ...SERVER_FUNCTION_PARAMETERS })) {
      const node = byName.get(name);
      if (node === undefined) throw new Error(`${name} is missing`);
      expect(jsdocOf(node) ?? '', name).not.toMatch(/@customfunction/);
      expect(parameterNames(node), name).toEqual([...params]);
    }
  });
});

describe('the built appsscript.json', () => {
  it('asks for the V8 runtime and only the current spreadsheet and the container’s UI', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8' });
    expect((manifest as { oauthScopes: string[] }).oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('is the repository’s appsscript.json, copied', () => {
    expect(manifest).toEqual(JSON.parse(readFileSync('appsscript.json', 'utf8')));
  });
});

describe('the built sidebar.html', () => {
  it('is one self-contained page: every script inline, no file or URL to load (its part comes through google.script.run)', () => {
    // Booleans, not the page itself: a failure would otherwise print half a megabyte.
    expect(/<script\b[^>]*\bsrc=/i.test(sidebar)).toBe(false);
    expect(/<link\b[^>]*\bstylesheet/i.test(sidebar)).toBe(false);
    expect(/<div id="?root"?><\/div>/.test(sidebar)).toBe(true);
    // The bridge is there, calling the server functions through google.script.run.
    expect(sidebar.includes('google.script.run')).toBe(true);
    for (const name of Object.keys(SERVER_FUNCTION_PARAMETERS)) expect(sidebar.includes(name), name).toBe(true);
  });
});

describe('clasp in the project', () => {
  it('roots .clasp.json at dist/gas, with a placeholder script id to replace', () => {
    const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8')) as { scriptId: string; rootDir: string };
    expect(clasp.rootDir).toBe('dist/gas');
    expect(clasp.scriptId).toMatch(/^REPLACE/);
  });

  it('would push exactly Code.js, sidebar.html, the sidebar’s part and appsscript.json (clasp status, offline)', async () => {
    expect(readdirSync(dist).sort()).toEqual(['Code.js', 'appsscript.json', 'sidebar.html', 'sidebar_parts.html']);
    // A home without credentials: status reads only the project.
    const home = mkdtempSync(path.join(tmpdir(), 'promethee-home-'));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [CLASP, 'status', '--json'], { cwd: project, env: { ...process.env, HOME: home } });
      const status = JSON.parse(stdout) as { filesToPush: string[]; untrackedFiles: string[] };
      expect([...status.filesToPush].sort()).toEqual(['dist/gas/Code.js', 'dist/gas/appsscript.json', 'dist/gas/sidebar.html', 'dist/gas/sidebar_parts.html']);
      expect(status.untrackedFiles).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('the built sidebar in a browser, served by the built Code.js', () => {
  it('builds the audit workbook into the spreadsheet when its button is clicked', async () => {
    const book = new FakeSpreadsheet('fr_FR', ['Feuil1']);
    const loaded = loadCode(source, book, 'fr_FR', { sidebar_parts: readFileSync(path.join(dist, 'sidebar_parts.html'), 'utf8') });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
      const calls: string[] = [];
      await page.exposeFunction('prometheeServer', (name: string, args: string) => {
        calls.push(name);
        return JSON.stringify(loaded.call(name, ...(JSON.parse(args) as unknown[])));
      });
      await page.addInitScript(installScriptRun);
      // A real navigation, so that the init script runs before the page's own.
      await page.goto(`file://${path.join(dist, 'sidebar.html')}`);
      await page.getByRole('button', { name: 'Construire le classeur d’audit' }).click();
      const outcome = page.getByTestId('outcome');
      await outcome.waitFor({ timeout: 30_000 });
      const built = book.sheets.map((sheet) => sheet.name).filter((name) => name !== 'Feuil1');
      expect(built.length).toBeGreaterThan(1);
      await expect(outcome.textContent()).resolves.toContain(`${built.length} feuilles créées`);
      // The sidebar's part (its progress bar, its messages, the code writing sheets) once, with the plans.
      expect(calls.slice(0, 4).sort()).toEqual(['displayLanguage', 'listSheets', 'planBuild', 'sidebarPart']);
      expect(calls.filter((name) => name === 'writeSheet')).toHaveLength(built.length);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
