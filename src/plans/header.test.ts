import { describe, expect, it } from 'vitest';
import { hasHeaderRow } from './header.js';

describe('hasHeaderRow', () => {
  it('sees a header when the first value is text and the values below are numbers', () => {
    expect(hasHeaderRow([['Client', 'CA'], ['Dupont', 1200], ['Martin', 950]])).toBe(true);
  });

  it('reads numbers written as text below the header, French or English', () => {
    expect(hasHeaderRow([['Client', 'CA'], ['Dupont', '1 234,50'], ['Martin', '950.5']])).toBe(true);
  });

  it('sees no header when the first row is data', () => {
    expect(hasHeaderRow([['Dupont', 1200], ['Martin', 950]])).toBe(false);
  });

  it('sees no header when the first value is a number written as text', () => {
    expect(hasHeaderRow([['Dupont', '1 200'], ['Martin', 950]])).toBe(false);
  });

  it('sees no header when a value below is text too: the column is not numeric', () => {
    expect(hasHeaderRow([['Client', 'CA'], ['Dupont', 'beaucoup'], ['Martin', 950]])).toBe(false);
  });

  it('skips blank cells below and needs at least one number', () => {
    expect(hasHeaderRow([['Client', 'CA'], ['Dupont', ''], ['Martin', 950]])).toBe(true);
    expect(hasHeaderRow([['Client', 'CA'], ['Dupont', null]])).toBe(false);
  });

  it('needs at least two rows', () => {
    expect(hasHeaderRow([['Client', 'CA']])).toBe(false);
    expect(hasHeaderRow([])).toBe(false);
  });

  it('looks at the column it is told', () => {
    expect(hasHeaderRow([['CA', 'Client'], [1200, 'Dupont']], 0)).toBe(true);
    expect(hasHeaderRow([['CA', 'Client'], [1200, 'Dupont']])).toBe(false);
  });
});
