/**
 * Everything the add-in's build writes besides the bundles, from the catalogue and the deployment
 * settings. webpack compiles this module for Node once per build (see load-generator.mjs); the
 * webpack configuration and the manifest script call it.
 */
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { functionsMetadata } from '../functions/metadata.js';
import { ADDIN_FILES, ICON_SIZES, iconPath } from '../manifest/deployment.js';
import { manifestXml, type ManifestOptions } from '../manifest/manifest.js';
import { iconPng, type Deflate } from './icon.js';
import { loaderScript } from './loader.js';

export { ADDIN_BASE_URLS, addinBaseUrl } from '../manifest/deployment.js';
export { manifestXml } from '../manifest/manifest.js';

/**
 * The files to write under dist/addin/, by path: the functions metadata in English (default) and
 * French, the manifest for this deployment, the ES5 loader of the bundles, and the icons.
 *
 * @param options - the base URL the files will be served from and the package version
 * @param deflate - zlib compression for the PNG icons
 * @returns file contents by path
 * @example Object.keys(addinFiles({ baseUrl: 'https://localhost:3000/', packageVersion: '0.1.0' }, zlib.deflateSync))
 * // ['functions.json', 'functions-fr.json', 'manifest.xml', 'loader.js', 'assets/icon-16.png', …]
 */
export function addinFiles(options: ManifestOptions, deflate: Deflate): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    [ADDIN_FILES.functionsMetadata.en]: `${JSON.stringify(functionsMetadata(CATALOGUE, 'en'), null, 2)}\n`,
    [ADDIN_FILES.functionsMetadata.fr]: `${JSON.stringify(functionsMetadata(CATALOGUE, 'fr'), null, 2)}\n`,
    [ADDIN_FILES.manifest]: manifestXml(options),
    [ADDIN_FILES.loader]: loaderScript({
      scripts: [ADDIN_FILES.functionsScript, ADDIN_FILES.taskpaneScript],
      functionIds: CATALOGUE.map((spec) => spec.id),
    }),
  };
  for (const size of ICON_SIZES) files[iconPath(size)] = iconPng(size, deflate);
  return files;
}
