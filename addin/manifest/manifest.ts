/**
 * The add-in's XML manifest, generated for one base URL: a task pane and the custom functions sharing
 * one runtime (the task pane page), the PROMETHEE namespace, a button on the Home tab, French and
 * English strings. The top-level manifest.xml (development) and dist/addin/manifest.xml (production)
 * both come from here.
 */
import type { LocalizedText } from '../../src/cells/errors.js';
import {
  ADDIN_FILES,
  ADDIN_ID,
  DEFAULT_LOCALE,
  FRENCH_LOCALES,
  FUNCTIONS_NAMESPACE,
  REQUIREMENT_SETS,
  TASKPANE_ID,
  addinBaseUrl,
  iconPath,
  manifestVersion,
  type IconSize,
} from './deployment.js';
import { MANIFEST_STRINGS } from './strings.js';
import { element, renderXmlDocument, textElement, type XmlElement } from './xml.js';

/** What changes between the development and the production manifest. */
export interface ManifestOptions {
  /** Where the files are served, e.g. "https://localhost:3000/" (https only). */
  readonly baseUrl: string;
  /** package.json's version, e.g. "0.1.0" (Office gets "0.1.0.0"). */
  readonly packageVersion: string;
}

/** A resource of the manifest's Resources section, with its per-locale overrides. */
interface Resource {
  readonly id: string;
  readonly value: string;
  readonly overrides: readonly (readonly [locale: string, value: string])[];
}

/**
 * Resource ids. `Taskpane.Url` names the shared runtime: Office loads the runtime only when the
 * Runtime, the custom functions' Page and the FunctionFile all use this same id.
 */
const RESID = {
  taskpaneUrl: 'Taskpane.Url',
  functionsScriptUrl: 'Functions.Script.Url',
  functionsMetadataUrl: 'Functions.Metadata.Url',
  learnMoreUrl: 'GetStarted.LearnMoreUrl',
  namespace: 'Functions.Namespace',
  getStartedTitle: 'GetStarted.Title',
  getStartedDescription: 'GetStarted.Description',
  groupLabel: 'Group.Label',
  buttonLabel: 'TaskpaneButton.Label',
  buttonTooltip: 'TaskpaneButton.Tooltip',
  icon: (size: IconSize) => `Icon.${size}x${size}`,
} as const;

const RIBBON_ICON_SIZES = [16, 32, 80] as const satisfies readonly IconSize[];

const NAMESPACES = {
  'xmlns': 'http://schemas.microsoft.com/office/appforoffice/1.1',
  'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  'xmlns:bt': 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  'xmlns:ov': 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  'xsi:type': 'TaskPaneApp',
} as const;

/** A resource in English by default, with a French override for each French locale when it differs. */
function localized(id: string, text: LocalizedText): Resource {
  return { id, value: text.en, overrides: text.fr === text.en ? [] : FRENCH_LOCALES.map((locale) => [locale, text.fr] as const) };
}

function plain(id: string, value: string): Resource {
  return { id, value, overrides: [] };
}

/** A top-level locale-aware setting (DisplayName, Description): DefaultValue and Override children. */
function localeAware(name: string, text: LocalizedText): XmlElement {
  const resource = localized(name, text);
  return element(
    name,
    { DefaultValue: resource.value },
    resource.overrides.map(([locale, value]) => element('Override', { Locale: locale, Value: value })),
  );
}

function resourceElements(kind: string, resources: readonly Resource[]): XmlElement {
  return element(
    `bt:${kind}`,
    {},
    resources.map((resource) =>
      element(
        kind === 'Images' ? 'bt:Image' : kind === 'Urls' ? 'bt:Url' : 'bt:String',
        { id: resource.id, DefaultValue: resource.value },
        resource.overrides.map(([locale, value]) => element('bt:Override', { Locale: locale, Value: value })),
      ),
    ),
  );
}

function icons(): XmlElement {
  return element(
    'Icon',
    {},
    RIBBON_ICON_SIZES.map((size) => element('bt:Image', { size: String(size), resid: RESID.icon(size) })),
  );
}

function customFunctionsExtension(): XmlElement {
  return element('AllFormFactors', {}, [
    element('ExtensionPoint', { 'xsi:type': 'CustomFunctions' }, [
      element('Script', {}, [element('SourceLocation', { resid: RESID.functionsScriptUrl })]),
      element('Page', {}, [element('SourceLocation', { resid: RESID.taskpaneUrl })]),
      element('Metadata', {}, [element('SourceLocation', { resid: RESID.functionsMetadataUrl })]),
      element('Namespace', { resid: RESID.namespace }),
    ]),
  ]);
}

function ribbon(): XmlElement {
  const button = element('Control', { 'xsi:type': 'Button', id: 'Promethee.OpenTaskpane' }, [
    element('Label', { resid: RESID.buttonLabel }),
    element('Supertip', {}, [element('Title', { resid: RESID.buttonLabel }), element('Description', { resid: RESID.buttonTooltip })]),
    icons(),
    // The one task pane of the shared runtime, named (see TASKPANE_ID).
    element('Action', { 'xsi:type': 'ShowTaskpane' }, [textElement('TaskpaneId', TASKPANE_ID), element('SourceLocation', { resid: RESID.taskpaneUrl })]),
  ]);
  return element('DesktopFormFactor', {}, [
    element('GetStarted', {}, [
      element('Title', { resid: RESID.getStartedTitle }),
      element('Description', { resid: RESID.getStartedDescription }),
      element('LearnMoreUrl', { resid: RESID.learnMoreUrl }),
    ]),
    element('FunctionFile', { resid: RESID.taskpaneUrl }),
    element('ExtensionPoint', { 'xsi:type': 'PrimaryCommandSurface' }, [
      element('OfficeTab', { id: 'TabHome' }, [
        element('Group', { id: 'Promethee.Group' }, [element('Label', { resid: RESID.groupLabel }), icons(), button]),
      ]),
    ]),
  ]);
}

function resources(base: string): XmlElement {
  const metadataOverrides = FRENCH_LOCALES.map((locale) => [locale, base + ADDIN_FILES.functionsMetadata.fr] as const);
  return element('Resources', {}, [
    resourceElements(
      'Images',
      RIBBON_ICON_SIZES.map((size) => plain(RESID.icon(size), base + iconPath(size))),
    ),
    resourceElements('Urls', [
      plain(RESID.taskpaneUrl, base + ADDIN_FILES.taskpane),
      plain(RESID.functionsScriptUrl, base + ADDIN_FILES.functionsScript),
      { id: RESID.functionsMetadataUrl, value: base + ADDIN_FILES.functionsMetadata.en, overrides: metadataOverrides },
      plain(RESID.learnMoreUrl, base + ADDIN_FILES.support),
    ]),
    resourceElements('ShortStrings', [
      plain(RESID.namespace, FUNCTIONS_NAMESPACE),
      localized(RESID.getStartedTitle, MANIFEST_STRINGS.getStartedTitle),
      localized(RESID.groupLabel, MANIFEST_STRINGS.groupLabel),
      localized(RESID.buttonLabel, MANIFEST_STRINGS.buttonLabel),
    ]),
    resourceElements('LongStrings', [
      localized(RESID.getStartedDescription, MANIFEST_STRINGS.getStartedDescription),
      localized(RESID.buttonTooltip, MANIFEST_STRINGS.buttonTooltip),
    ]),
  ]);
}

/**
 * The manifest for one deployment.
 *
 * @param options - the base URL and the package version
 * @returns the manifest.xml text (UTF-8, ending with a newline)
 * @throws DeploymentError when the base URL is not https or the version is not n.n.n
 * @example manifestXml({ baseUrl: 'https://localhost:3000/', packageVersion: '0.1.0' })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<OfficeApp …>…<Version>0.1.0.0</Version>…'
 */
export function manifestXml(options: ManifestOptions): string {
  const base = addinBaseUrl(options.baseUrl);
  const root = element('OfficeApp', NAMESPACES, [
    textElement('Id', ADDIN_ID),
    textElement('Version', manifestVersion(options.packageVersion)),
    textElement('ProviderName', MANIFEST_STRINGS.providerName),
    textElement('DefaultLocale', DEFAULT_LOCALE),
    localeAware('DisplayName', MANIFEST_STRINGS.displayName),
    localeAware('Description', MANIFEST_STRINGS.description),
    element('IconUrl', { DefaultValue: base + iconPath(32) }),
    element('HighResolutionIconUrl', { DefaultValue: base + iconPath(64) }),
    element('SupportUrl', { DefaultValue: base + ADDIN_FILES.support }),
    element('Hosts', {}, [element('Host', { Name: 'Workbook' })]),
    element('Requirements', {}, [
      element(
        'Sets',
        { DefaultMinVersion: '1.1' },
        REQUIREMENT_SETS.map((set) => element('Set', { Name: set.name, MinVersion: set.minVersion })),
      ),
    ]),
    element('DefaultSettings', {}, [element('SourceLocation', { DefaultValue: base + ADDIN_FILES.taskpane })]),
    textElement('Permissions', 'ReadWriteDocument'),
    element(
      'VersionOverrides',
      { 'xmlns': 'http://schemas.microsoft.com/office/taskpaneappversionoverrides', 'xsi:type': 'VersionOverridesV1_0' },
      [
        element('Hosts', {}, [
          element('Host', { 'xsi:type': 'Workbook' }, [
            element('Runtimes', {}, [element('Runtime', { resid: RESID.taskpaneUrl, lifetime: 'long' })]),
            customFunctionsExtension(),
            ribbon(),
          ]),
        ]),
        resources(base),
      ],
    ),
  ]);
  return renderXmlDocument(root);
}
