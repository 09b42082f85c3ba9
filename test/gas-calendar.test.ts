// The Sheets host's per-cell work on large ranges: dates read once per distinct instant, ranges walked
// once with nothing copied that holds no date, results passed back without copies unless they hold an
// error — and the values given never changed. The day each date reads as is checked against
// formatDateInZone (the fake's Utilities.formatDate) and worked by hand.
import { describe, expect, it } from 'vitest';
import { numberError } from '../src/cells/errors.js';
import type { OutMatrix } from '../src/cells/values.js';
import { spreadsheetDays, withSpreadsheetDays } from '../gas/server/calendar.js';
import { sheetsResult } from '../gas/server/custom-functions.js';
import { formatDateInZone, zonedMidnight } from './gas-fake.js';

/** A day reader over Tokyo (UTC+9, east of any European script zone), counting its calls. */
function tokyoReader(): { readDay: ReturnType<typeof spreadsheetDays>; calls: { zone: number; format: number } } {
  const calls = { zone: 0, format: 0 };
  const readDay = spreadsheetDays(
    () => {
      calls.zone++;
      return 'Asia/Tokyo';
    },
    {
      formatDate: (date: Date, timeZone: string, format: string) => {
        calls.format++;
        return formatDateInZone(date, timeZone, format);
      },
    },
  );
  return { readDay, calls };
}

/** The local calendar fields of a Date, as the core reads them. */
function localDay(value: unknown): string {
  const date = value as Date;
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1)}-${String(date.getDate())}`;
}

describe('withSpreadsheetDays over a range', () => {
  it('reads each date as the day Tokyo shows, one Date and one formatDate per distinct instant', () => {
    const { readDay, calls } = tokyoReader();
    // Tokyo's midnight of 1 March 2024 is 15:00 UTC on 29 February: the cell shows 1 March.
    const march1 = () => new Date(zonedMidnight(2024, 3, 1, 'Asia/Tokyo'));
    const march2 = () => new Date(zonedMidnight(2024, 3, 2, 'Asia/Tokyo'));
    const range = [[march1(), 'a', 3], [march2(), 'b', 4], [march1(), 'c', 5]];
    const read = withSpreadsheetDays(range, readDay) as unknown[][];
    expect(read.map((row) => localDay(row[0]))).toEqual(['2024-3-1', '2024-3-2', '2024-3-1']);
    expect(read.map((row) => row.slice(1))).toEqual([['a', 3], ['b', 4], ['c', 5]]);
    expect(calls).toEqual({ zone: 1, format: 2 });
    // Rows 1 and 3 hold the same instant: the same Date, made once.
    expect(read[2]?.[0]).toBe(read[0]?.[0]);
  });

  it('leaves the range given unchanged and passes on, as they are, the rows without a date', () => {
    const { readDay } = tokyoReader();
    const date = new Date(zonedMidnight(2024, 3, 1, 'Asia/Tokyo'));
    const withoutDate = [1, 'x', true, ''];
    const withDate = [date, 2];
    const range = [withoutDate, withDate];
    const read = withSpreadsheetDays(range, readDay) as unknown[][];
    expect(read).not.toBe(range);
    expect(read[0]).toBe(withoutDate);
    expect(read[1]).not.toBe(withDate);
    expect(range[1]?.[0]).toBe(date);
    expect(date.getTime()).toBe(Date.UTC(2024, 1, 29, 15));
  });

  it('returns a range without any date itself, and a single cell as it is', () => {
    const { readDay, calls } = tokyoReader();
    const range = [[1, 'a'], [2, null], [3, { code: '#N/A' }]];
    expect(withSpreadsheetDays(range, readDay)).toBe(range);
    expect(withSpreadsheetDays(42, readDay)).toBe(42);
    expect(withSpreadsheetDays(undefined, readDay)).toBeUndefined();
    expect(calls).toEqual({ zone: 0, format: 0 });
  });

  it('reads a 1-D column of dates and an invalid Date passes through for the core to refuse', () => {
    const { readDay } = tokyoReader();
    const invalid = new Date(Number.NaN);
    const read = withSpreadsheetDays([new Date(zonedMidnight(2023, 12, 31, 'Asia/Tokyo')), invalid], readDay) as unknown[];
    expect(localDay(read[0])).toBe('2023-12-31');
    expect(read[1]).toBe(invalid);
  });
});

describe('sheetsResult over a large result', () => {
  it('passes a result without errors on as it is, and copies only what holds an error', () => {
    const clean: OutMatrix = [[1, 'a'], [2, 'b']];
    expect(sheetsResult(clean, 'fr')).toBe(clean);
    const rowWithError = [3, numberError('trop grand', 'too big')];
    const other = [4, 'd'];
    const result: OutMatrix = [other, rowWithError];
    expect(sheetsResult(result, 'en')).toEqual([[4, 'd'], [3, '#NUM! too big']]);
    const shown = sheetsResult(result, 'en') as unknown[][];
    expect(shown[0]).toBe(other);
    // The core's arrays are as they were.
    expect(result[1]).toBe(rowWithError);
    expect(rowWithError[1]).toEqual(numberError('trop grand', 'too big'));
  });
});
