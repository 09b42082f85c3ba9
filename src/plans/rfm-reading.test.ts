import { describe, expect, it } from 'vitest';
import { rfmWarnings } from './rfm-reading.js';

const distinct = { recency: [10, 20, 30, 40], frequency: [1, 2, 3, 4], monetary: [10, 20, 30, 40] };

describe('the points to watch of an RFM segmentation', () => {
  it('says nothing when cut points are distinct, every score has customers and recent ones bought within the year', () => {
    const scores = [1, 2, 3, 4, 5];
    expect(rfmWarnings({ r: scores, f: scores, m: scores, cuts: distinct, recencyDays: [400, 300, 200, 100, 5], bins: 5 })).toEqual([]);
  });

  it('counts cut points equal to the next one (CDNOW: frequency cut points 2, 2)', () => {
    const scores = [1, 2, 3, 4, 5];
    const warnings = rfmWarnings({ r: scores, f: scores, m: scores, cuts: { ...distinct, frequency: [1, 2, 2, 3] }, recencyDays: [400, 300, 200, 100, 5], bins: 5 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.fr).toMatch(/^Attention : 1 seuil\(s\) se confondent/);
    expect(warnings[0]?.en).toContain('frequency 2, 3, 5, 10 orders');
  });

  it('counts the scores no customer has', () => {
    const warnings = rfmWarnings({ r: [1, 2, 3, 4, 5], f: [1, 1, 1, 4, 5], m: [1, 2, 3, 4, 5], cuts: distinct, recencyDays: [400, 300, 200, 100, 5], bins: 5 });
    expect(warnings.map((w) => w.fr)).toEqual(['Attention : 2 score(s) sans aucun client (voir la Synthèse RFM) : des lignes ou des colonnes de la carte de chaleur restent vides.']);
  });

  it('counts the customers scored recent (R ≥ 4) whose last purchase is more than a year old, and suggests thresholds in days', () => {
    const warnings = rfmWarnings({ r: [5, 4, 4, 3, 2, 1], f: [1, 2, 3, 4, 5, 5], m: [1, 2, 3, 4, 5, 5], cuts: distinct, recencyDays: [443, 366, 365, 400, 500, 700], bins: 5 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.fr).toContain('2 client(s) notés récents (R ≥ 4) n’ont rien acheté depuis plus d’un an');
    expect(warnings[0]?.fr).toContain('récence 30, 90, 180, 365 jours');
  });
});
