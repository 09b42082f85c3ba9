// A build tags the workbook so that Office opens Prométhée's pane for whoever opens it and has the
// add-in: the document setting Office.AutoShowTaskpaneWithDocument = true, saved with saveAsync, with
// the manifest's TaskpaneId of the same name (https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document,
// steps 1 and 2; the manifest's id is checked in test/addin-manifest.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { AUTO_SHOW_TASKPANE, officeAutoOpenTag } from '../../addin/host/auto-open.js';
import { TASKPANE_ID } from '../../addin/manifest/deployment.js';
import { excelWorkbookHost } from '../../addin/host/workbook-host.js';
import { UserFacingError } from '../../src/workbook/port.js';
import { fakeExcel } from './fake-excel.js';
import { fakeSettings, SUCCEEDED } from './fake-settings.js';

describe('the auto-open tag', () => {
  it('is saved into the document by a build, as the boolean true, under the manifest’s TaskpaneId', async () => {
    const settings = fakeSettings();
    const excel = fakeExcel(['Ventes']);
    const host = excelWorkbookHost({ run: excel.run, displayLanguage: 'fr-FR', supportsExcelApi: () => true, autoOpen: officeAutoOpenTag(settings, SUCCEEDED) });
    expect(settings.saved.has(AUTO_SHOW_TASKPANE)).toBe(false);
    await host.build({ target: 'kpi', language: 'fr' });
    expect(settings.saved.get(AUTO_SHOW_TASKPANE)).toBe(true);
    expect(TASKPANE_ID).toBe(AUTO_SHOW_TASKPANE);
  });

  it('is not saved again when the workbook is tagged already', async () => {
    const settings = fakeSettings({ [AUTO_SHOW_TASKPANE]: true });
    const save = vi.spyOn(settings, 'saveAsync');
    await officeAutoOpenTag(settings, SUCCEEDED).set();
    expect(save).not.toHaveBeenCalled();
  });

  it('stops the build with a message when the workbook cannot be saved, before any sheet is written', async () => {
    const settings = fakeSettings();
    settings.failNextSave('Le document est en lecture seule.');
    const excel = fakeExcel(['Ventes']);
    const host = excelWorkbookHost({ run: excel.run, displayLanguage: 'fr-FR', supportsExcelApi: () => true, autoOpen: officeAutoOpenTag(settings, SUCCEEDED) });
    const failure = host.build({ target: 'kpi', language: 'fr' });
    await expect(failure).rejects.toBeInstanceOf(UserFacingError);
    await expect(failure).rejects.toThrow(/Le document est en lecture seule/);
    expect(excel.context.workbook.worksheets.sheets.map((sheet) => sheet.name)).toEqual(['Ventes']);
  });
});
