// The language of the custom functions' results follows the workbook, not whoever recalculates it:
// the sidebar saves the language it builds in as a document setting, the functions read it at every
// call, and the sidebar opens in it (addin/functions/language.ts).
import { describe, expect, it } from 'vitest';
import { LANGUAGE_SETTING, workbookLanguage } from '../../addin/functions/language.js';
import { registerCatalogueFunctions, type CustomFunctionsRuntime } from '../../addin/functions/register.js';
import { officeLanguageSetting } from '../../addin/host/language-setting.js';
import { excelWorkbookHost } from '../../addin/host/workbook-host.js';
import { CATALOGUE } from '../../src/catalogue/index.js';
import { UserFacingError } from '../../src/workbook/port.js';
import { fakeExcel } from './fake-excel.js';
import { fakeSettings, SUCCEEDED, type FakeSettings } from './fake-settings.js';

const everySet = (): boolean => true;

function hostWith(settings: FakeSettings, displayLanguage: string, excel = fakeExcel(['Ventes'])) {
  return excelWorkbookHost({ run: excel.run, displayLanguage, supportsExcelApi: everySet, languageSetting: officeLanguageSetting(settings, SUCCEEDED) });
}

describe("the workbook's language", () => {
  it('is the one saved in the workbook, whatever the display language of who recalculates', () => {
    expect(workbookLanguage('en', 'fr-FR')).toBe('en');
    expect(workbookLanguage('fr', 'en-US')).toBe('fr');
  });

  it('is the display language while the workbook holds none (or something else)', () => {
    expect(workbookLanguage(null, 'en-GB')).toBe('en');
    expect(workbookLanguage('de', 'fr-LU')).toBe('fr');
    expect(workbookLanguage(undefined, undefined)).toBe('fr');
  });
});

describe('the sidebar and the workbook language', () => {
  it('saves the language of a build into the document, and opens in it afterwards for a French user', async () => {
    const settings = fakeSettings();
    await expect(hostWith(settings, 'fr-FR').displayLanguage()).resolves.toBe('fr');
    await hostWith(settings, 'fr-FR').build({ target: 'kpi', language: 'en' });
    // Saved in the document, not only in memory: a teammate opening the file gets it.
    expect(settings.saved.get(LANGUAGE_SETTING)).toBe('en');
    await expect(hostWith(settings, 'fr-FR').displayLanguage()).resolves.toBe('en');
  });

  it('opens in the language a workbook already holds', async () => {
    await expect(hostWith(fakeSettings({ [LANGUAGE_SETTING]: 'fr' }), 'en-US').displayLanguage()).resolves.toBe('fr');
  });

  it('builds nothing, and says so, when the workbook cannot keep its language', async () => {
    const settings = fakeSettings();
    settings.failNextSave('The document is read-only.');
    const excel = fakeExcel(['Ventes']);
    const build = hostWith(settings, 'fr-FR', excel).build({ target: 'kpi', language: 'fr' });
    await expect(build).rejects.toBeInstanceOf(UserFacingError);
    await expect(build).rejects.toThrow(/could not be saved \(The document is read-only\.\): nothing was built/);
    expect(excel.context.workbook.worksheets.sheets.map((sheet) => sheet.name)).toEqual(['Ventes']);
    expect(settings.saved.has(LANGUAGE_SETTING)).toBe(false);
  });
});

describe('the functions and the workbook language', () => {
  class StandInError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }

  it('answer in the language saved by the sidebar, for a user whose Office is in another language', async () => {
    const settings = fakeSettings();
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    const runtime: CustomFunctionsRuntime<string> = {
      associate: (id, implementation) => associated.set(id, implementation),
      Error: StandInError,
      ErrorCode: { invalidValue: '#VALUE!', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', notAvailable: '#N/A' },
    };
    // As functions.ts does: the setting at every call, else the display language (French here).
    registerCatalogueFunctions(runtime, CATALOGUE, { language: () => workbookLanguage(settings.get(LANGUAGE_SETTING), 'fr-FR') });
    const markupMessage = (): string | undefined => {
      try {
        associated.get('MARKUP_RATE')?.([[1], [2]], [[1], [2], [3]], {});
      } catch (error) {
        return error instanceof StandInError ? error.message : undefined;
      }
      return undefined;
    };
    expect(markupMessage()).toMatch(/^selling_price et cost doivent avoir le même nombre de lignes/);
    await hostWith(settings, 'fr-FR').build({ target: 'kpi', language: 'en' });
    expect(markupMessage()).toBe('selling_price and cost must have the same number of rows: 2 vs 3');
  });
});
