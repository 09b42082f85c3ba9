import { describe, expect, it } from 'vitest';
import { dayFromCivil, dayFromText, isoFromDay } from '../cells/dates.js';
import { createDayReader, numberFromField, numberFromRange } from './fields.js';

describe('numberFromRange and numberFromField', () => {
  it('read plain decimals exactly as JavaScript does (seeded random decimals)', () => {
    let state = 7;
    const random = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const disagreements: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const integer = String(Math.floor(random() * 10 ** Math.floor(random() * 10)));
      const fraction = String(Math.floor(random() * 10 ** Math.floor(random() * 6))).padStart(Math.floor(random() * 6), '0');
      const text = `${random() < 0.2 ? '-' : ''}${integer}${random() < 0.7 ? `.${fraction}` : ''}`;
      if (!Object.is(numberFromField(text), Number(text))) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
  });

  it('reads a field in the middle of a line', () => {
    expect(numberFromRange('a,29.33,b', 2, 7)).toBe(29.33);
  });

  it('reads French and English styles by the product’s number rules', () => {
    expect(numberFromField('1 234,50')).toBe(1234.5);
    expect(numberFromField('1,234.50')).toBe(1234.5);
    expect(numberFromField(' 32 ')).toBe(32);
    expect(numberFromField('-3,5')).toBe(-3.5);
    expect(numberFromField('1e3')).toBe(1000);
    expect(numberFromField('.5')).toBe(0.5);
  });

  it('reads numbers of more than 15 digits through the general rules', () => {
    expect(numberFromField('1234567890123456789')).toBe(1.2345678901234568e18);
  });

  it('gives null for an empty field or text', () => {
    expect(numberFromField('')).toBeNull();
    expect(numberFromField('-')).toBeNull();
    expect(numberFromField('1.2.3x')).toBeNull();
    expect(numberFromField('abc')).toBeNull();
  });
});

describe('createDayReader', () => {
  const read = (text: string): number | null => createDayReader()(text, 0, text.length);

  it('reads ISO, French and compact dates', () => {
    const day = dayFromCivil(2024, 12, 31);
    expect(read('2024-12-31')).toBe(day);
    expect(read('31/12/2024')).toBe(day);
    expect(read('20241231')).toBe(day);
    expect(read('31.12.2024')).toBe(day);
    expect(read('2024-12-31 10:30')).toBe(day);
    expect(read(' 2024-12-31 ')).toBe(day);
  });

  it('reads a date in the middle of a line', () => {
    expect(createDayReader()('A,1997-01-01,3', 2, 12)).toBe(dayFromCivil(1997, 1, 1));
  });

  it('refuses days that do not exist, serial numbers and other text', () => {
    expect(read('2023-02-29')).toBeNull();
    expect(read('31/04/2024')).toBeNull();
    expect(read('20241301')).toBeNull();
    expect(read('45657')).toBeNull();
    expect(read('yesterday')).toBeNull();
    expect(read('')).toBeNull();
  });

  it('agrees with dayFromText on every day from 1899 to 2101 in the three forms, read twice', () => {
    const reader = createDayReader();
    const disagreements: string[] = [];
    for (let day = dayFromCivil(1899, 12, 20); day <= dayFromCivil(2101, 1, 10); day++) {
      const iso = isoFromDay(day);
      const [year = '', month = '', date = ''] = iso.split('-');
      for (const text of [iso, `${date}/${month}/${year}`, `${year}${month}${date}`, `${year}-${month}-${String(Number(date) + 3)}`]) {
        const expected = dayFromText(text);
        if (reader(text, 0, text.length) !== expected || reader(text, 0, text.length) !== expected) disagreements.push(text);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
