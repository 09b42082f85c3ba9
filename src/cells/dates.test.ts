import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  dayFromCivil,
  dayFromDateObject,
  dayFromExcelSerial,
  DateOrderEvidence,
  dayFromText,
  decideDateOrder,
  excelSerialFromDay,
  isDateObject,
  isoFromDay,
  isValidCivil,
  slashedDateParts,
} from './dates.js';
import { isSheetError } from './errors.js';

describe('day numbers', () => {
  it('counts 1970-01-01 as day 0 and 2000-03-01 as day 11017', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(2000, 3, 1)).toBe(11017);
  });

  it('round-trips every day between 1900 and 2100', () => {
    for (let day = dayFromCivil(1900, 1, 1); day <= dayFromCivil(2100, 12, 31); day += 1) {
      const { year, month, day: d } = civilFromDay(day);
      expect(dayFromCivil(year, month, d)).toBe(day);
    }
  });

  it('matches Excel serials: 2024-12-31 is 45657 and 1997-01-01 is 35431', () => {
    expect(excelSerialFromDay(dayFromCivil(2024, 12, 31))).toBe(45657);
    expect(dayFromExcelSerial(35431)).toBe(dayFromCivil(1997, 1, 1));
    expect(dayFromExcelSerial(45657.75)).toBe(dayFromCivil(2024, 12, 31));
  });

  it('knows leap years', () => {
    expect(isValidCivil(2024, 2, 29)).toBe(true);
    expect(isValidCivil(2023, 2, 29)).toBe(false);
    expect(isValidCivil(1900, 2, 29)).toBe(false);
    expect(isValidCivil(2000, 2, 29)).toBe(true);
  });

  it('writes ISO text', () => {
    expect(isoFromDay(dayFromCivil(2006, 12, 31))).toBe('2006-12-31');
  });
});

describe('dayFromText', () => {
  const dec31 = dayFromCivil(2024, 12, 31);
  it.each(['2024-12-31', '31/12/2024', '31-12-2024', '31.12.2024', '20241231', '2024-12-31T10:30:00', '2024-12-31 23:59', ' 31/12/2024 '])(
    'reads %j as 2024-12-31',
    (text) => {
      expect(dayFromText(text)).toBe(dec31);
    },
  );

  it('reads day first, as in France', () => {
    expect(dayFromText('02/03/2024')).toBe(dayFromCivil(2024, 3, 2));
  });

  it.each(['31/02/2024', '2024-13-01', '12/31/2024', 'hier', '', '2024/12/31x', '99999999'])('refuses %j', (text) => {
    expect(dayFromText(text)).toBeNull();
  });
});

describe('Date objects', () => {
  it('reads the calendar date the user sees', () => {
    expect(dayFromDateObject(new Date(2024, 11, 31))).toBe(dayFromCivil(2024, 11 + 1, 31));
    expect(dayFromDateObject(new Date(2024, 11, 31, 23, 59))).toBe(dayFromCivil(2024, 12, 31));
  });

  it('refuses an invalid Date', () => {
    expect(dayFromDateObject(new Date('nope'))).toBeNull();
  });

  it('recognises dates without instanceof', () => {
    expect(isDateObject(new Date())).toBe(true);
    expect(isDateObject({ getTime: () => 0 })).toBe(false);
  });
});

describe('the order of slashed dates', () => {
  it('reads month first when asked, and every other form the same way', () => {
    expect(dayFromText('12/25/2024', 'mdy')).toBe(dayFromCivil(2024, 12, 25));
    expect(dayFromText('01/02/2024', 'mdy')).toBe(dayFromCivil(2024, 1, 2));
    expect(dayFromText('01/02/2024')).toBe(dayFromCivil(2024, 2, 1));
    expect(dayFromText('25/12/2024', 'mdy')).toBeNull();
    expect(dayFromText('2024-12-25', 'mdy')).toBe(dayFromCivil(2024, 12, 25));
  });

  it('finds the two numbers before the year of a slashed date, with -, . or a time after it', () => {
    expect(slashedDateParts('31/12/2024', 0, 10)).toBe(3112);
    expect(slashedDateParts('x;1.2.2024;y', 2, 10)).toBe(102);
    expect(slashedDateParts('12-25-2024 10:30', 0, 16)).toBe(1225);
    for (const text of ['2024-12-31', '20241231', '31/12/24', '31/12-2024', 'hier', '', '1/2/2024x']) expect(slashedDateParts(text, 0, text.length)).toBe(-1);
  });

  const evidence = (dates: readonly string[]): DateOrderEvidence => {
    const found = new DateOrderEvidence();
    dates.forEach((date, k) => { found.add(slashedDateParts(date, 0, date.length), k + 1); });
    return found;
  };

  it('reads a column month first when one of its dates has a second number above 12 (a US export)', () => {
    expect(decideDateOrder(evidence(['01/02/2024', '12/25/2024']))).toEqual({ order: 'mdy', defaultedAt: null });
  });

  it('reads a column day first when one of its dates has a first number above 12', () => {
    expect(decideDateOrder(evidence(['01/02/2024', '25/12/2024']))).toEqual({ order: 'dmy', defaultedAt: null });
  });

  it('reads an ambiguous column day first and says at which row an ambiguous date is', () => {
    expect(decideDateOrder(evidence(['05/05/2024', '01/02/2024', '2024-12-31']))).toEqual({ order: 'dmy', defaultedAt: 2 });
    expect(decideDateOrder(evidence(['05/05/2024', '2024-12-31']))).toEqual({ order: 'dmy', defaultedAt: null });
  });

  it('refuses a column proving both orders, naming a row of each', () => {
    const result = decideDateOrder(evidence(['01/02/2024', '25/12/2024', '12/25/2024']));
    expect(isSheetError(result) && result.message.en).toBe('dates written in both orders: day first (row 2) and month first (row 3): correct the column');
  });

  it('takes the order the user forces, whatever the column says', () => {
    expect(decideDateOrder(evidence(['25/12/2024', '12/25/2024']), 'mdy')).toEqual({ order: 'mdy', defaultedAt: null });
  });
});
