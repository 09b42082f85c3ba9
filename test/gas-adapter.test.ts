// The SpreadsheetApp adapter and the server functions, called directly (no bundle) over the in-memory
// spreadsheet: the branches the whole-build tests do not reach.
import { describe, expect, it } from 'vitest';
import { SheetPlanBuilder } from '../src/plans/sheet-builder.js';
import type { ResolvedPlan, SheetPlan } from '../src/plans/types.js';
import { blockRuns, MARKER_KEY, MAX_CELLS_PER_WRITE, serialSelection, sheetsValue, spreadsheetAppAdapter } from '../gas/server/adapter.js';
import { sheetsErrorText, sheetsResult } from '../gas/server/custom-functions.js';
import { serverFunctions } from '../gas/server/server.js';
import { divisionByZero, numberError } from '../src/cells/errors.js';
import { FakeSpreadsheet, fakeServices, type FakeSheet, type FakeValidation } from './gas-fake.js';

/** A plan with nothing in it but what a test adds. */
function plan(overrides: Partial<SheetPlan> & { finalName?: string } = {}): ResolvedPlan {
  const empty = new SheetPlanBuilder({ key: 'test.sheet', version: 1, name: 'Test', language: 'fr' }).build();
  return { ...empty, finalName: 'Test', replaces: null, ...overrides };
}

function adapterOver(book: FakeSpreadsheet): ReturnType<typeof spreadsheetAppAdapter> {
  return spreadsheetAppAdapter(fakeServices(book).services);
}

describe('blockRuns', () => {
  it('groups adjacent columns of values and of formulas into one run each', () => {
    const row = [{ value: 'a' }, { value: 1 }, { formula: 'B1*2' }, { formula: 'C1+1' }, { value: null }];
    expect(blockRuns([row, row])).toEqual([
      { row: 0, column: 0, rows: 2, columns: 2, formulas: false },
      { row: 0, column: 2, rows: 2, columns: 2, formulas: true },
      { row: 0, column: 4, rows: 2, columns: 1, formulas: false },
    ]);
  });

  it('cuts a column mixing values and formulas into runs of rows', () => {
    expect(blockRuns([[{ value: 'x' }], [{ formula: 'A1' }], [{ formula: 'A2' }], [{ value: 3 }]])).toEqual([
      { row: 0, column: 0, rows: 1, columns: 1, formulas: false },
      { row: 1, column: 0, rows: 2, columns: 1, formulas: true },
      { row: 3, column: 0, rows: 1, columns: 1, formulas: false },
    ]);
  });
});

describe('sheetsValue', () => {
  it('prefixes text with the apostrophe Sheets reads as "text", and leaves other values alone', () => {
    expect([sheetsValue('=1+1'), sheetsValue(''), sheetsValue(null), sheetsValue(12.5), sheetsValue(false)]).toEqual(["'=1+1", '', '', 12.5, false]);
  });
});

describe('the SpreadsheetApp adapter', () => {
  it('splits a table above the per-call cell limit into as few calls as the limit allows', () => {
    const book = new FakeSpreadsheet();
    const cells = Array.from({ length: MAX_CELLS_PER_WRITE + 1 }, (_, i) => [{ value: i }]);
    adapterOver(book).writeSheet(plan({ blocks: [{ row: 2, column: 3, cells }] }));
    expect(book.sheet('Test').writes.map((write) => write.a1)).toEqual([`C2:C${MAX_CELLS_PER_WRITE + 1}`, `C${MAX_CELLS_PER_WRITE + 2}`]);
    expect(book.sheet('Test').cell(MAX_CELLS_PER_WRITE + 2, 3)).toEqual({ value: MAX_CELLS_PER_WRITE });
  });

  it('leaves a blank sheet when every sheet of the spreadsheet is removed (Sheets keeps one)', () => {
    const book = new FakeSpreadsheet('fr_FR', ['KPI']);
    adapterOver(book).removeSheets(['KPI']);
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0]?.name).not.toBe('KPI');
    expect(book.sheets[0]?.snapshot()).toEqual({});
  });

  it('treats a sheet whose marker cannot be read as the user’s own', () => {
    const book = new FakeSpreadsheet('fr_FR', ['A', 'B', 'C', 'D']);
    const { DOCUMENT } = fakeServices(book).services.SpreadsheetApp.DeveloperMetadataVisibility;
    book.sheet('A').addDeveloperMetadata(MARKER_KEY, 'not json', DOCUMENT);
    book.sheet('B').addDeveloperMetadata(MARKER_KEY, '{"key":"kpi"}', DOCUMENT);
    book.sheet('C').addDeveloperMetadata('someone.else', '{"key":"kpi","version":1}', DOCUMENT);
    book.sheet('D').addDeveloperMetadata(MARKER_KEY, '{"key":"kpi","version":1}', DOCUMENT);
    expect(adapterOver(book).listSheets()).toEqual([{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D', marker: { key: 'kpi', version: 1 } }].map((sheet) => ({ marker: undefined, ...sheet })));
  });

  it('replaces a named range left over from a removed sheet', () => {
    const book = new FakeSpreadsheet('fr_FR', ['Old']);
    const old = book.sheet('Old').getRange(1, 1, 1, 1);
    book.setNamedRange('abc_threshold_a', old);
    adapterOver(book).writeSheet(plan({ namedRanges: [{ name: 'abc_threshold_a', range: { row: 6, column: 10, rowCount: 1, columnCount: 1 } }] }));
    const range = book.getRangeByName('abc_threshold_a') as unknown as { sheet: FakeSheet; a1: string };
    expect([range.sheet.name, range.a1]).toEqual(['Test', 'J6']);
  });

  it('says which validation source is missing', () => {
    const book = new FakeSpreadsheet();
    const validations = [{ range: { row: 1, column: 1, rowCount: 3, columnCount: 1 }, rule: { kind: 'listFromRange', source: 'rfm_segment_names' } as const }];
    expect(() => { adapterOver(book).writeSheet(plan({ validations })); }).toThrow('Validation source not found: rfm_segment_names');
  });

  it('checks a whole number with a formula on the range’s top-left cell, and lists, decimals and dates with the builder', () => {
    const book = new FakeSpreadsheet();
    const range = { row: 5, column: 2, rowCount: 4, columnCount: 1 };
    adapterOver(book).writeSheet(
      plan({
        validations: [
          { range, rule: { kind: 'wholeNumber', min: 0, max: 3 }, strict: true, message: '0 à 3' },
          { range: { ...range, column: 3 }, rule: { kind: 'list', values: ['Oui', 'Non'] } },
          { range: { ...range, column: 4 }, rule: { kind: 'decimal', min: 0, max: 1 } },
          { range: { ...range, column: 5 }, rule: { kind: 'date' } },
        ],
      }),
    );
    const rules = book.sheet('Test').validations.map((validation) => validation.args[0] as FakeValidation);
    expect(rules).toEqual([
      { requirement: 'formulaSatisfied', args: ['=AND(ISNUMBER(B5),B5=INT(B5),B5>=0,B5<=3)'], allowInvalid: false, helpText: '0 à 3' },
      { requirement: 'valueInList', args: [['Oui', 'Non'], true], allowInvalid: true },
      { requirement: 'numberBetween', args: [0, 1], allowInvalid: true },
      { requirement: 'date', args: [], allowInvalid: true },
    ]);
  });

  it('draws a Pareto chart as a combination: columns, and the cumulative share as a line on the right axis', () => {
    const book = new FakeSpreadsheet();
    const column = (c: number) => ({ row: 2, column: c, rowCount: 5, columnCount: 1 });
    const charts = [
      {
        kind: 'pareto' as const,
        title: 'Pareto',
        categories: column(1),
        series: [
          { name: 'CA', values: column(2) },
          { name: '% cumulé', values: column(3), line: true },
        ],
        anchor: { row: 2, column: 6, rowCount: 15, columnCount: 6 },
      },
    ];
    adapterOver(book).writeSheet(plan({ charts }));
    expect(book.sheet('Test').charts).toEqual([
      {
        type: 'COMBO',
        ranges: ['A2:A6', 'B2:B6', 'C2:C6'],
        position: [2, 6, 0, 0],
        options: {
          title: 'Pareto',
          series: { 0: { labelInLegend: 'CA', type: 'bars', targetAxisIndex: 0 }, 1: { labelInLegend: '% cumulé', type: 'line', targetAxisIndex: 1 } },
          width: 600,
          height: 315,
        },
      },
    ]);
  });
});

describe('formulas in a spreadsheet of another locale', () => {
  /** A plan with a formula using "," between arguments, a whole-number validation and a formula conditional format. */
  function formulaPlan(): ResolvedPlan {
    return plan({
      blocks: [{ row: 1, column: 1, cells: [[{ value: 2 }, { value: 3 }, { formula: 'SUM(A1,B1)' }]] }],
      validations: [{ range: { row: 2, column: 1, rowCount: 1, columnCount: 1 }, rule: { kind: 'wholeNumber', min: 0, max: 3 } }],
      conditionalFormats: [{ kind: 'formula', range: { row: 1, column: 3, rowCount: 1, columnCount: 1 }, formula: 'AND($C1>0,$C1<10)', style: { bold: true } }],
    });
  }

  it('parse as written: the sheet is written in en_US, then the French locale is put back', () => {
    const book = new FakeSpreadsheet('fr_FR');
    adapterOver(book).writeSheet(formulaPlan());
    expect(book.formulaErrors).toEqual([]);
    expect(book.sheet('Test').formulaCells()).toEqual({ C1: '=SUM(A1,B1)' });
    expect(book.localeChanges).toEqual(['en_US', 'fr_FR']);
    expect(book.locale).toBe('fr_FR');
  });

  it('would not parse in the French locale itself (what the fake, like the reports, says of Sheets)', () => {
    const book = new FakeSpreadsheet('fr_FR');
    book.sheet('Feuille 1').getRange(1, 1, 1, 1).setFormulas([['=SUM(A2,B2)']]);
    expect(book.formulaErrors).toEqual(['"," in =SUM(A2,B2) is the decimal separator in fr_FR']);
    expect(book.sheet('Feuille 1').snapshot()).toEqual({ A1: '=SUM(A2,B2)' });
  });

  it('put the user’s locale back even when a write fails', () => {
    const book = new FakeSpreadsheet('de_DE', ['Test']);
    // A sheet of the same name already exists: insertSheet throws.
    expect(() => {
      adapterOver(book).writeSheet(formulaPlan());
    }).toThrow(/already exists/);
    expect(book.locale).toBe('de_DE');
    expect(book.localeChanges).toEqual(['en_US', 'de_DE']);
  });

  it('leave the locale alone for a spreadsheet in en_US, and for a sheet without formulas', () => {
    const english = new FakeSpreadsheet('en_US');
    adapterOver(english).writeSheet(formulaPlan());
    expect(english.localeChanges).toEqual([]);
    const french = new FakeSpreadsheet('fr_FR');
    adapterOver(french).writeSheet(plan({ blocks: [{ row: 1, column: 1, cells: [[{ value: 'x' }, { value: 1.5 }]] }] }));
    expect(french.localeChanges).toEqual([]);
  });
});

describe('the server functions', () => {
  it('hand back a problem the user can act on as an outcome, in both languages', () => {
    const book = new FakeSpreadsheet();
    const server = serverFunctions(() => fakeServices(book).services);
    expect(server.planBuild({ target: 'rfm', language: 'fr' }, 0)).toEqual({ ok: false, problem: { fr: 'Sélectionnez d’abord une plage.', en: 'Select a range first.' } });
  });

  it('let a defect through as an exception (google.script.run passes its message on)', () => {
    const book = new FakeSpreadsheet('fr_FR', ['Test']);
    const server = serverFunctions(() => fakeServices(book).services);
    expect(() => server.writeSheet(plan())).toThrow('A sheet with the name "Test" already exists');
  });

  it('report that the selection crosses merged cells', () => {
    const book = new FakeSpreadsheet();
    book.sheet('Feuille 1').getRange(1, 1, 2, 1).merge();
    book.select('Feuille 1', 1, 1, 3, 2);
    const server = serverFunctions(() => fakeServices(book).services);
    expect(server.readSelection()).toMatchObject({ ok: true, value: { hasMergedCells: true } });
  });
});

describe('the Sheets forms of results and selections', () => {
  it('turns each date of a selection into its serial number, and an invalid date into an empty cell', () => {
    const selection = serialSelection({ address: 'A1:C1', values: [[new Date(2024, 0, 1), new Date(Number.NaN), 'x']] });
    expect(selection.values).toEqual([[45292, null, 'x']]);
  });

  it('shows an error as its code and message, and a single value as a value', () => {
    expect(sheetsErrorText(divisionByZero('Aucun client.', 'No customer.'), 'en')).toBe('#DIV/0! No customer.');
    expect(sheetsResult([[42]], 'fr')).toBe(42);
    expect(sheetsResult([[1, numberError('trop grand', 'too big')]], 'fr')).toEqual([[1, '#NUM! trop grand']]);
    expect(() => sheetsResult([[numberError('trop grand', 'too big')]], 'fr')).toThrow(/^#NUM! trop grand$/);
  });
});

