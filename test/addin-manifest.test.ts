// The Excel manifest: the committed development manifest.xml is what the generator writes; both the
// development and a production manifest pass Microsoft's published XML schema (an offline lint with
// xmllint, see ../shared/schemas/office-addin-manifest/README.md); and what the schema does not
// check is checked here: every resid points to a resource of the right kind, ids and strings keep
// their length limits, the shared runtime uses one page everywhere, French overrides exist.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADDIN_BASE_URLS, FRENCH_LOCALES, addinBaseUrl, manifestVersion } from '../addin/manifest/deployment.js';
import { manifestXml } from '../addin/manifest/manifest.js';
import { sharedPath } from './support/shared-data.js';

const SCHEMA = sharedPath('schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const TOP_LEVEL_MANIFEST = path.resolve(process.cwd(), 'manifest.xml');
const PRODUCTION_URL = 'https://addin.test.example/promethee/';
const { version: packageVersion } = JSON.parse(readFileSync(path.resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string };

const scratch = mkdtempSync(path.join(tmpdir(), 'promethee-manifest-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function written(name: string, xml: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, xml);
  return file;
}

const MANIFESTS = {
  development: TOP_LEVEL_MANIFEST,
  production: written('production.xml', manifestXml({ baseUrl: PRODUCTION_URL, packageVersion })),
} as const;

/** Attribute values selected by an XPath expression (empty when nothing matches). */
function attributeValues(file: string, xpath: string): string[] {
  let output: string;
  try {
    output = execFileSync('xmllint', ['--xpath', xpath, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // xmllint exits with 10 when the selection is empty.
    if ((error as { status?: number }).status === 10) return [];
    throw error;
  }
  return [...output.matchAll(/\s[\w:.-]+="([^"]*)"/g)].map((match) => unescapeXml(match[1] ?? ''));
}

/** The text of an XPath expression that yields a string or a number. */
function xpathText(file: string, xpath: string): string {
  return execFileSync('xmllint', ['--xpath', xpath, file], { encoding: 'utf8' }).trim();
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Elements by local name, namespace-blind (the manifest mixes three namespaces). */
const any = (name: string): string => `//*[local-name()='${name}']`;

/** The resources of one kind, by id, with the default value and overrides of each. */
function resources(file: string, kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, string[]> {
  const ids = attributeValues(file, `${any(kind)}/*/@id`);
  return new Map(
    ids.map((id) => [
      id,
      [
        ...attributeValues(file, `${any(kind)}/*[@id='${id}']/@DefaultValue`),
        ...attributeValues(file, `${any(kind)}/*[@id='${id}']/*[local-name()='Override']/@Value`),
      ],
    ]),
  );
}

/** Which kind of resource each referring element needs. */
const REFERENCES = {
  Images: `${any('Icon')}/*[local-name()='Image']/@resid`,
  Urls: `${any('SourceLocation')}/@resid | ${any('FunctionFile')}/@resid | ${any('LearnMoreUrl')}/@resid | ${any('Runtime')}/@resid`,
  ShortStrings: `${any('Label')}/@resid | ${any('Title')}/@resid | ${any('Namespace')}/@resid`,
  LongStrings: `${any('Description')}/@resid`,
} as const;

/** Office's limits (OfficeAppBasicTypesV1_0.xsd): ReferenceId 32, ShortString 125, LongString 250, URL 2048. */
const VALUE_LIMITS = { Images: 2048, Urls: 2048, ShortStrings: 125, LongStrings: 250 } as const;

describe('the committed manifest.xml', () => {
  it('is exactly what the generator writes for development (run `node addin/build/write-manifest.mjs` after a change)', () => {
    expect(readFileSync(TOP_LEVEL_MANIFEST, 'utf8')).toBe(manifestXml({ baseUrl: ADDIN_BASE_URLS.development, packageVersion }));
  });
});

describe.each(Object.entries(MANIFESTS))('the %s manifest', (deployment, file) => {
  const base = deployment === 'development' ? ADDIN_BASE_URLS.development : PRODUCTION_URL;

  it("passes xmllint against Microsoft's manifest schema", () => {
    const run = () => execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(run).not.toThrow();
  });

  it('points every resid at a defined resource of the kind its element needs', () => {
    let checked = 0;
    for (const [kind, xpath] of Object.entries(REFERENCES) as [keyof typeof REFERENCES, string][]) {
      const defined = resources(file, kind);
      for (const resid of attributeValues(file, xpath)) {
        expect(defined.has(resid), `${resid} (${kind})`).toBe(true);
        checked += 1;
      }
    }
    // No resid escapes the check above.
    expect(checked).toBe(attributeValues(file, '//@resid').length);
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('keeps resource ids unique and within 32 characters', () => {
    const ids = attributeValues(file, `${any('Resources')}/*/*/@id`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...ids, ...attributeValues(file, '//@resid')]) expect(id.length, id).toBeLessThanOrEqual(32);
  });

  it('keeps every resource value, default and override, within its kind\'s limit', () => {
    for (const kind of Object.keys(VALUE_LIMITS) as (keyof typeof VALUE_LIMITS)[]) {
      for (const [id, values] of resources(file, kind)) {
        for (const value of values) {
          expect(value.length, `${id}: ${value}`).toBeGreaterThan(0);
          expect(value.length, `${id}: ${value}`).toBeLessThanOrEqual(VALUE_LIMITS[kind]);
        }
      }
    }
  });

  it('keeps control and group ids within 125 characters', () => {
    const ids = [...attributeValues(file, `${any('Group')}/@id`), ...attributeValues(file, `${any('Control')}/@id`)];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(125);
  });

  it('declares the PROMETHEE namespace as a short string', () => {
    const [resid] = attributeValues(file, `${any('Namespace')}/@resid`);
    expect(resources(file, 'ShortStrings').get(resid ?? '')).toEqual(['PROMETHEE']);
  });

  it('runs the task pane, the ribbon and the custom functions in one long-lived runtime', () => {
    expect(attributeValues(file, `${any('Set')}/@Name`)).toContain('SharedRuntime');
    expect(attributeValues(file, `${any('Runtime')}/@lifetime`)).toEqual(['long']);
    const [runtime] = attributeValues(file, `${any('Runtime')}/@resid`);
    expect(runtime).toBeDefined();
    expect(attributeValues(file, `${any('ExtensionPoint')}/*[local-name()='Page']/*[local-name()='SourceLocation']/@resid`)).toEqual([runtime]);
    expect(attributeValues(file, `${any('FunctionFile')}/@resid`)).toEqual([runtime]);
    expect(attributeValues(file, `${any('Action')}/*[local-name()='SourceLocation']/@resid`)).toEqual([runtime]);
    // One task pane per shared runtime, and "any task pane without a TaskpaneId is considered a
    // different task pane" (configure-your-add-in-to-use-a-shared-runtime#multiple-task-panes): the
    // button names the pane, as the shared-runtime template does. Its id is the one Office opens with a
    // workbook tagged Office.AutoShowTaskpaneWithDocument (automatically-open-a-task-pane-with-a-document, step 1).
    expect(xpathText(file, `string(${any('Action')}/*[local-name()='TaskpaneId'])`)).toBe('Office.AutoShowTaskpaneWithDocument');
    expect(xpathText(file, `count(${any('TaskpaneId')})`)).toBe('1');
  });

  it('requires the CustomFunctionsRuntime level of every CustomFunctions member the code uses', () => {
    // The API set of each member, as @types/custom-functions-runtime documents it.
    const typings = readFileSync(path.resolve(process.cwd(), 'node_modules/@types/custom-functions-runtime/index.d.ts'), 'utf8');
    const register = readFileSync(path.resolve(process.cwd(), 'addin/functions/register.ts'), 'utf8');
    const used = ['invalidValue', 'divisionByZero', 'invalidNumber', 'notAvailable'].filter((member) => register.includes(`'${member}'`));
    expect(used).toHaveLength(4);
    const levels = used.map((member) => {
      const match = new RegExp(`CustomFunctionsRuntime (\\d+\\.\\d+)\\]\\s*\\*/\\s*${member} =`).exec(typings);
      expect(match, member).not.toBeNull();
      return Number(match?.[1]);
    });
    const needed = Math.max(...levels, 1.2); // CustomFunctions.Error itself is 1.2
    const declared = attributeValues(file, `${any('Set')}[@Name='CustomFunctionsRuntime']/@MinVersion`).map(Number);
    expect(declared).toHaveLength(1);
    expect(declared[0]).toBeGreaterThanOrEqual(needed);
    expect(attributeValues(file, `${any('Set')}/@Name`)).toEqual(['SharedRuntime', 'CustomFunctionsRuntime']);
  });

  it('puts the button that opens the task pane on the Home tab', () => {
    expect(attributeValues(file, `${any('OfficeTab')}/@id`)).toEqual(['TabHome']);
    expect(attributeValues(file, `${any('Control')}/*[local-name()='Action']/@*[local-name()='type']`)).toEqual(['ShowTaskpane']);
  });

  it('asks to read and write the workbook', () => {
    expect(xpathText(file, `string(${any('Permissions')})`)).toBe('ReadWriteDocument');
  });

  it('serves every URL from its base URL, with the French functions metadata for French locales', () => {
    const urls = [...resources(file, 'Urls').values(), ...resources(file, 'Images').values()].flat();
    urls.push(...attributeValues(file, '/*/*/@DefaultValue').filter((value) => value.startsWith('http')));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith(base), url).toBe(true);
    const metadataOverrides = attributeValues(file, `${any('Url')}[@id='Functions.Metadata.Url']/*/@Locale`);
    // Every French locale of Office's display languages: France, Canada, Belgium, Switzerland, Luxembourg.
    expect(metadataOverrides).toEqual(['fr-FR', 'fr-CA', 'fr-BE', 'fr-CH', 'fr-LU']);
    expect(metadataOverrides).toEqual([...FRENCH_LOCALES]);
    expect(attributeValues(file, `${any('Url')}[@id='Functions.Metadata.Url']/*/@Value`)).toEqual(FRENCH_LOCALES.map(() => `${base}functions-fr.json`));
  });

  it('gives every English string that reads differently in French an override for each French locale', () => {
    for (const kind of ['ShortStrings', 'LongStrings'] as const) {
      for (const id of attributeValues(file, `${any(kind)}/*/@id`)) {
        const [english] = attributeValues(file, `${any(kind)}/*[@id='${id}']/@DefaultValue`);
        const locales = attributeValues(file, `${any(kind)}/*[@id='${id}']/*/@Locale`);
        if (english === 'PROMETHEE' || english === 'Prométhée') expect(locales, id).toEqual([]);
        else expect(locales, id).toEqual([...FRENCH_LOCALES]);
      }
    }
    expect(attributeValues(file, `${any('Description')}[@DefaultValue]/*/@Locale`)).toEqual([...FRENCH_LOCALES]);
  });
});

describe('the deployment settings', () => {
  it('adds the trailing slash a base URL needs', () => {
    expect(addinBaseUrl('https://addin.example.fr/promethee')).toBe('https://addin.example.fr/promethee/');
  });

  it('refuses a base URL that is not absolute', () => {
    expect(() => addinBaseUrl('/promethee/')).toThrow(/not an absolute URL/);
  });

  it('refuses a base URL without https, which Office would not load', () => {
    expect(() => addinBaseUrl('http://localhost:3000/')).toThrow(/must use https/);
  });

  it('refuses a base URL with a query or a fragment', () => {
    expect(() => addinBaseUrl('https://addin.example.fr/?v=2')).toThrow(/query or a fragment/);
  });

  it("turns the package's n.n.n version into Office's four parts", () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('2.10.3-beta.1')).toBe('2.10.3.0');
  });

  it('refuses a version that is not n.n.n', () => {
    expect(() => manifestVersion('1.0')).toThrow(/not n\.n\.n/);
  });
});
