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
 * The French locales Office offers as display languages, each with its own override (Microsoft
 * advises one override per area rather than the bare language "fr").
 */
export const FRENCH_LOCALES: readonly string[] = ['fr-FR', 'fr-CA'];

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
