import { describe, expect, it } from 'vitest';
import { isSheetError, type SheetError } from '../../cells/errors.js';
import { DEFAULT_SEGMENT_MAP, SEGMENTS, segmentInfo, segmentOfCode, type SegmentId } from './segments.js';

function allCodes(): string[] {
  const codes: string[] = [];
  for (const r of '12345') for (const f of '12345') for (const m of '12345') codes.push(r + f + m);
  return codes;
}

/**
 * The segment rules of the R package rfm's tests (test-rfm-segment.R l.14-25), first match wins,
 * inclusive ranges of R, F and M, written out independently of the code under test.
 */
const PACKAGE_RULES: readonly [SegmentId, number, number, number, number, number, number][] = [
  ['champions', 4, 5, 4, 5, 4, 5],
  ['loyal', 2, 5, 3, 5, 3, 5],
  ['potential_loyalist', 3, 5, 1, 3, 1, 3],
  ['new_customers', 4, 5, 1, 1, 1, 1],
  ['promising', 3, 4, 1, 1, 1, 1],
  ['need_attention', 2, 3, 2, 3, 2, 3],
  ['about_to_sleep', 2, 3, 1, 2, 1, 2],
  ['at_risk', 1, 2, 2, 5, 2, 5],
  ['cannot_lose_them', 1, 1, 4, 5, 4, 5],
  ['lost', 1, 2, 1, 2, 1, 2],
];

function packageSegment(code: string): SegmentId | undefined {
  const [r, f, m] = [0, 1, 2].map((k) => Number(code.charAt(k))) as [number, number, number];
  return PACKAGE_RULES.find(([, r1, r2, f1, f2, m1, m2]) => r >= r1 && r <= r2 && f >= f1 && f <= f2 && m >= m1 && m <= m2)?.[0];
}

describe('DEFAULT_SEGMENT_MAP', () => {
  it('has each of the 125 codes 111 … 555 exactly once and no other key', () => {
    expect(DEFAULT_SEGMENT_MAP.size).toBe(125);
    expect([...DEFAULT_SEGMENT_MAP.keys()].sort()).toEqual(allCodes());
  });

  it('uses all 11 segments', () => {
    const used = new Set(DEFAULT_SEGMENT_MAP.values());
    expect(used.size).toBe(11);
    for (const segment of SEGMENTS) expect(used.has(segment.id)).toBe(true);
  });

  it('agrees with the package rules on every code one of them matches', () => {
    const matched = allCodes().filter((code) => packageSegment(code) !== undefined);
    expect(matched).toHaveLength(89);
    for (const code of matched) expect([code, DEFAULT_SEGMENT_MAP.get(code)]).toEqual([code, packageSegment(code)]);
  });

  it('gives the 36 codes the package leaves as "Others" to a named segment', () => {
    const others = allCodes().filter((code) => packageSegment(code) === undefined);
    expect(others).toHaveLength(36);
    expect(DEFAULT_SEGMENT_MAP.get('514')).toBe('new_customers');
    expect(DEFAULT_SEGMENT_MAP.get('314')).toBe('promising');
    expect(DEFAULT_SEGMENT_MAP.get('151')).toBe('cannot_lose_them');
    expect(DEFAULT_SEGMENT_MAP.get('113')).toBe('hibernating');
    expect(DEFAULT_SEGMENT_MAP.get('552')).toBe('loyal');
  });

  it('puts the best and the worst codes where expected', () => {
    expect(DEFAULT_SEGMENT_MAP.get('555')).toBe('champions');
    expect(DEFAULT_SEGMENT_MAP.get('111')).toBe('lost');
  });
});

describe('SEGMENTS', () => {
  it('lists 11 distinct segments, each with a French and an English name, description and action', () => {
    expect(SEGMENTS).toHaveLength(11);
    expect(new Set(SEGMENTS.map((segment) => segment.id)).size).toBe(11);
    for (const segment of SEGMENTS) {
      for (const text of [segment.name, segment.description, segment.action]) {
        expect(text.fr.trim().length).toBeGreaterThan(0);
        expect(text.en.trim().length).toBeGreaterThan(0);
      }
    }
  });

  it('uses the standard English names', () => {
    expect(SEGMENTS.map((segment) => segment.name.en)).toEqual([
      'Champions',
      'Loyal',
      'Potential Loyalist',
      'New Customers',
      'Promising',
      'Need Attention',
      'About To Sleep',
      'At Risk',
      'Cannot Lose Them',
      'Hibernating',
      'Lost',
    ]);
  });

  it('finds a segment by id', () => {
    expect(segmentInfo('loyal').name.fr).toBe('Clients fidèles');
    expect(segmentInfo('lost').name.fr).toBe('Perdus');
  });
});

describe('segmentOfCode', () => {
  it('gives the segment of a code, ignoring surrounding spaces', () => {
    expect(segmentOfCode('545')).toBe('champions');
    expect(segmentOfCode(' 111 ')).toBe('lost');
  });

  it('reads a user-edited map', () => {
    const map = new Map<string, SegmentId>([['545', 'loyal']]);
    expect(segmentOfCode('545', map)).toBe('loyal');
  });

  it('gives #N/A for a code that is not in the map', () => {
    for (const code of ['611', '', 'abc', '5455']) {
      const result = segmentOfCode(code);
      expect(isSheetError(result)).toBe(true);
      expect((result as SheetError).code).toBe('#N/A');
    }
    expect((segmentOfCode('611') as SheetError).message.en).toContain('"611"');
  });
});
