import { describe, expect, it } from 'vitest';
import { summariseSelection } from './selection-summary.js';

describe('summariseSelection', () => {
  it('counts the non-empty rows and detects the header of an ABC range', () => {
    const summary = summariseSelection(
      { address: 'Ventes!A1:B5', values: [['Client', 'CA'], ['Dupont', 1200], [null, null], ['Martin', '950,5'], ['', '']] },
      'abc',
    );
    expect(summary).toEqual({ address: 'Ventes!A1:B5', rows: 3, columns: 2, header: true });
  });

  it('reads a first row of figures as data, not as a header', () => {
    const summary = summariseSelection({ address: 'A1:B2', values: [['Dupont', 1200], ['Martin', 950]] }, 'abc');
    expect(summary.header).toBe(false);
    expect(summary.problem).toBeUndefined();
  });

  it('detects an RFM header by its date cell not being a date', () => {
    const withHeader = summariseSelection({ address: 'A1:C2', values: [['Client', 'Date', 'Montant'], ['C1', 45300, 10]] }, 'rfm');
    const withoutHeader = summariseSelection({ address: 'A1:C1', values: [['C1', 45300, 10]] }, 'rfm');
    expect([withHeader.header, withoutHeader.header]).toEqual([true, false]);
  });

  it('reports merged cells with the words the build uses', () => {
    const summary = summariseSelection({ address: 'A1:B2', values: [['Dupont', 1], ['Martin', 2]], hasMergedCells: true }, 'abc');
    expect(summary.problem?.en).toBe('The selection A1:B2 holds merged cells: unmerge them or select a plain table.');
  });

  it('reports an empty selection', () => {
    const summary = summariseSelection({ address: 'D4', values: [[null]] }, 'rfm');
    expect(summary).toMatchObject({ rows: 0, columns: 0, header: false });
    expect(summary.problem?.fr).toMatch(/^La sélection est vide : sélectionnez les transactions/);
  });

  it('reports a range whose value column holds no number', () => {
    const summary = summariseSelection({ address: 'A1:B2', values: [['Dupont', 'bon'], ['Martin', 'moyen']] }, 'abc');
    expect(summary.problem?.en).toBe('Row 1 of the selection: "bon" is not a number (value column).');
  });
});
