/**
 * Where the add-in is served and under which names: the one source of the manifest's URLs, the
 * webpack build's file names and the development server's address.
 */
import type { Language } from '../../src/cells/errors.js';

/** The add-in's permanent identity in Office (never change it: Office would see a new add-in). */
export const ADDIN_ID = '43641642-f535-4c60-968d-d9377ad2235e';

/** Excel's namespace for the custom functions: `=PROMETHEE.RFM_SCORE(…)`. */
export const FUNCTIONS_NAMESPACE = 'PROMETHEE';

/**
 * The base URL of every file of the add-in. Development is webpack-dev-server on this machine (what
 * `npm run start:excel` sideloads); production is replaced at build time with `--env baseUrl=…`
 * (or PROMETHEE_ADDIN_BASE_URL): `.example` is a reserved domain, a visible placeholder.
 */
export const ADDIN_BASE_URLS = {
  development: 'https://localhost:3000/',
  production: 'https://promethee.example/addin/',
} as const;

/** The locale of the manifest's default strings. */
export const DEFAULT_LOCALE = 'en-US';

/**
 * The French locales of Office's display languages (France, Canada, Belgium, Switzerland, Luxembourg),
 * each with its own override: Office matches an Override's Locale against the user's locale, so the
 * bare "fr" or fr-FR alone leaves a Belgian or Swiss user in English
 * (https://learn.microsoft.com/office/dev/add-ins/develop/localization#control-localization-from-the-manifest).
 */
export const FRENCH_LOCALES: readonly string[] = ['fr-FR', 'fr-CA', 'fr-BE', 'fr-CH', 'fr-LU'];

/**
 * The one task pane's id. With a shared runtime Office supports one task pane, and "any task pane
 * without a TaskpaneId is considered a different task pane"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime#multiple-task-panes,
 * https://learn.microsoft.com/javascript/api/manifest/action#taskpaneid): the ribbon button names it,
 * as the shared-runtime template does. The id is the one Office reserves for the pane it opens with a
 * workbook tagged `Office.AutoShowTaskpaneWithDocument` ("Automatically open a task pane with a
 * document", step 1: https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document;
 * [MS-OWEMXML] ShowTaskpane: https://learn.microsoft.com/openspecs/office_file_formats/ms-owemxml/4b94ac5d-a8df-44f4-8433-81d43e35a2d7):
 * the pane builds sheets, then tags the workbook (addin/host/auto-open.ts), so a teammate opening the
 * shared workbook with the add-in gets the same pane.
 */
export const TASKPANE_ID = 'Office.AutoShowTaskpaneWithDocument';

/**
 * The requirement sets the add-in needs, as the manifest declares them. CustomFunctionsRuntime 1.3:
 * the functions return `CustomFunctions.Error` (1.2) with the ErrorCode values divisionByZero,
 * invalidNumber and notAvailable, which @types/custom-functions-runtime marks 1.3
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets);
 * Microsoft asks a shared-runtime add-in with custom functions to declare both sets. Office on the
 * web, Microsoft 365 (2008 and later), Excel 2021 and 2024 and Excel for Mac 16.40 have it.
 */
export const REQUIREMENT_SETS = [
  { name: 'SharedRuntime', minVersion: '1.1' },
  { name: 'CustomFunctionsRuntime', minVersion: '1.3' },
] as const;

/** Sizes of the PNG icons: 16, 32 and 80 for the ribbon, 32 and 64 for the add-in's own icon. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

/** One of {@link ICON_SIZES}. */
export type IconSize = (typeof ICON_SIZES)[number];

/** File names under the base URL (and under dist/addin/). */
export const ADDIN_FILES = {
  /** The one page of the shared runtime: task pane, custom functions and ribbon commands. */
  taskpane: 'taskpane.html',
  /** The custom-functions bundle (also loaded by the task pane page). */
  functionsScript: 'functions.js',
  /** The sidebar bundle. */
  taskpaneScript: 'taskpane.js',
  /** The ES5 script that loads both bundles where the engine can run them (addin/build/loader.ts). */
  loader: 'loader.js',
  /** The functions metadata per language (functions.json is the default, English). */
  functionsMetadata: { en: 'functions.json', fr: 'functions-fr.json' } satisfies Record<Language, string>,
  /** Until the product has a help site, "learn more" opens the task pane page. */
  support: 'taskpane.html',
  manifest: 'manifest.xml',
} as const;

/** The path of an icon under the base URL. */
export function iconPath(size: IconSize): string {
  return `assets/icon-${size}.png`;
}

/** A base URL the manifest cannot use (not https, or not absolute). */
export class DeploymentError extends Error {
  override readonly name = 'DeploymentError';
}

/**
 * A base URL checked and ending with "/": Office loads add-ins only over https.
 *
 * @param text - e.g. "https://addin.example.fr/promethee"
 * @returns the URL with a trailing slash
 * @throws DeploymentError when the URL is not absolute https
 * @example addinBaseUrl('https://addin.example.fr/promethee') // 'https://addin.example.fr/promethee/'
 */
export function addinBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DeploymentError(`The add-in base URL "${text}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:') throw new DeploymentError(`The add-in base URL "${text}" must use https: Office loads add-ins only over https`);
  if (url.search !== '' || url.hash !== '') throw new DeploymentError(`The add-in base URL "${text}" must not carry a query or a fragment`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The four-part version Office wants from the package's semantic version.
 *
 * @param packageVersion - package.json's version, e.g. "0.1.0" (a pre-release tag is dropped)
 * @throws DeploymentError when it is not n.n.n
 * @example manifestVersion('0.1.0') // '0.1.0.0'
 */
export function manifestVersion(packageVersion: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(packageVersion);
  if (!match) throw new DeploymentError(`The package version "${packageVersion}" is not n.n.n`);
  return `${match[1] ?? '0'}.${match[2] ?? '0'}.${match[3] ?? '0'}.0`;
}
