import { describe, expect, it } from 'vitest';
import { PLANNERS } from './builds.js';
import { UserFacingError } from './port.js';
import { isEmptySelection, MAX_PORTFOLIO_TRANSACTIONS, portfolioFromSelection } from './portfolio-selection.js';

const selection = (values: unknown[][], address = 'Ventes!A1:E9') => ({ address, values: values as never });

function problem(values: unknown[][]): string {
  try {
    portfolioFromSelection(selection(values));
  } catch (error) {
    if (error instanceof UserFacingError) return error.text.en;
    throw error;
  }
  return '';
}

describe('the portfolio selection', () => {
  it('reads customer, date, amount, category and cost, a header row detected; year N is the latest year', () => {
    // 45658 = 2025-01-01, 45300 = 2024-01-09 (spreadsheet serials).
    const read = portfolioFromSelection(
      selection([
        ['Client', 'Date', 'Montant HT', 'Catégorie', 'Coût'],
        ['Dupont', 45300, 120, 'Particuliers', 70],
        ['Alpha', '02/01/2025', '1 500,50', 'Pros', ''],
        [null, 45400, 10, 'Pros', 1],
        ['Beta', 45400, 10, '', 1],
      ]),
    );
    expect(read.data.year).toBe(2025);
    expect(read.data.categories).toEqual(['Particuliers', 'Pros']);
    expect(read.data.transactions).toEqual([
      { date: 45300, customer: 'Dupont', category: 'Particuliers', amount: 120, cost: 70 },
      // 2 January 2025 = serial 45659; an empty cost is unknown, not zero.
      { date: 45659, customer: 'Alpha', category: 'Pros', amount: 1500.5, cost: null },
    ]);
    expect(read.notes.map((note) => note.en)).toEqual(['1 row(s) without a customer skipped.', '1 row(s) without a customer category skipped.']);
  });

  it('reads a fifth column headed as a margin as the margin: cost = amount − margin', () => {
    const read = portfolioFromSelection(selection([['Client', 'Date', 'CA', 'Segment', 'Marge'], ['A', 45658, 200, 'Pros', 50]]));
    expect(read.data.transactions[0]?.cost).toBe(150);
  });

  it('says what it cannot read, naming the row', () => {
    expect(problem([['A', 45658, 10]])).toBe(
      'The selection Ventes!A1:E9 has 3 column(s): select the transactions: customer, date, amount excl. tax, customer category (and the cost or the margin as a 5th column, optional).',
    );
    expect(problem([['Client', 'Date', 'CA', 'Catégorie', 'Coût'], ['A', 45658, 10, 'Pros', 'n/a']])).toBe(
      'Row 2 of the selection: "n/a" is not a cost (5th column, customer A); leave the cell empty when it is unknown.',
    );
    expect(problem([['Client', 'Date', 'CA', 'Catégorie', 'Marge'], ['A', 45658, 10, 'Pros', 'n/a']])).toBe(
      'Row 2 of the selection: "n/a" is not a margin (5th column, customer A); leave the cell empty when it is unknown.',
    );
    expect(problem([['A', 45658, 10, ''], ['B', 45658, 10, null]])).toBe(
      'No transaction with a customer category in Ventes!A1:E9: the 4th column must give the category (Consumers, Businesses…).',
    );
    expect(problem([['A', 45658, 10, 'Pros'], ['B', 'hier', 10, 'Pros']])).toBe('Row 2 of the selection: "hier" is not a date (2nd column, customer B).');
    const many = Array.from({ length: MAX_PORTFOLIO_TRANSACTIONS + 1 }, (_, i) => [`C${i}`, 45658, 1, 'Pros']);
    expect(problem(many)).toBe(
      'The selection Ventes!A1:E9 holds 5001 transactions: the portfolio analysis takes at most 5000 (its formulas read every row again). Select the last two years, or one row per order.',
    );
  });

  it('builds the examples, with a note, from an empty selection, and the selected rows otherwise', () => {
    expect(isEmptySelection(selection([[null, '  ']]))).toBe(true);
    const empty = PLANNERS.portfolio({ language: 'en', selection: selection([[null]]) });
    expect(empty.notes.map((note) => note.en)).toEqual(['No transaction selected: the portfolio analysis is built with examples to replace.']);
    expect(JSON.stringify(empty.plans[0]?.blocks)).toContain('Dupont (example)');
    const built = PLANNERS.portfolio({ language: 'fr', selection: selection([['Zoé', 45658, 10, 'Pros']]) });
    expect(JSON.stringify(built.plans[0]?.blocks)).toContain('Zoé');
    expect(JSON.stringify(built.plans[0]?.blocks)).not.toContain('(exemple)');
    // In the audit workbook (no selection), the examples.
    expect(JSON.stringify(PLANNERS.portfolio({ language: 'fr' }).plans[0]?.blocks)).toContain('Dupont (exemple)');
  });
});
