// The SWOT, qualification and AARRR grids recalculated by LibreOffice, in one soffice run: French
// without the KPI sheet (the AARRR grid then counts its typed values, no #REF! anywhere), English with
// the KPI sheet (the linked AARRR rows read its totals), and a French workbook with the KPI sheet where
// the user edited inputs. No error value anywhere, computed cells equal to values worked by hand from
// the example rows, edits moving the results. A second run prints them to PDF and keeps PNG images of
// the pages in .tmp/screens/.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../src/cells/errors.js';
import { buildKpiPlan, kpiTables } from '../src/plans/kpi.js';
import { buildAarrr } from '../src/plans/strategy/aarrr.js';
import { buildQualification } from '../src/plans/strategy/qualification.js';
import { buildSwot } from '../src/plans/strategy/swot.js';
import type { SheetPlan } from '../src/plans/types.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { batchProblems, cellNumber, cellText, type CheckedBatch, editCells, type PrintedWorkbook, recalculateAndPrint } from './libreoffice.js';

function grids(language: Language) {
  return { swot: buildSwot({ language }), qualification: buildQualification({ language }), aarrr: buildAarrr({ language }) };
}

const FR = grids('fr');
const EN = grids('en');
const KPI_FR = assertValidPlan(buildKpiPlan({ language: 'fr' }));
const KPI_EN = assertValidPlan(buildKpiPlan({ language: 'en' }));
const plansOf = (set: ReturnType<typeof grids>): SheetPlan[] => Object.values(set).map((built) => assertValidPlan(built.plan));

let rows: CheckedBatch['rows'] = () => [];
let printed: readonly PrintedWorkbook[] = [];

beforeAll(async () => {
  const fr = (await writeXlsx(plansOf(FR))).data;
  const en = (await writeXlsx([...plansOf(EN), KPI_EN])).data;
  const withKpi = (await writeXlsx([...plansOf(FR), KPI_FR])).data;
  // SWOT: the second threat weighs 4 instead of 2; the first strategy crosses S1 with T1 instead of O1.
  let edited = await editCells(withKpi, FR.swot.plan.name, { [FR.swot.layout.items.address('weight', 7)]: 4, [FR.swot.layout.strategies.address('external', 0)]: 'T1' });
  // Qualification: MEDDIC decides instead of BANT.
  edited = await editCells(edited, FR.qualification.plan.name, { [FR.qualification.layout.parameters.address('value', 1)]: 'MEDDIC' });
  // AARRR: the NPS typed is 42 instead of 32; on the KPI sheet, Google Ads brought 500 leads instead of 400.
  edited = await editCells(edited, FR.aarrr.plan.name, { [FR.aarrr.layout.kpis.address('entered', 6)]: 42 });
  edited = await editCells(edited, KPI_FR.name, { [kpiTables(4, 5).inputs.address('leads', 0)]: 500 });
  const files = [
    { name: 'strategy-2-fr', data: fr, sheets: plansOf(FR).map((plan) => plan.name) },
    { name: 'strategy-2-en', data: en, sheets: [...plansOf(EN).map((plan) => plan.name), KPI_EN.name] },
    { name: 'strategy-2-fr-edited', data: edited, sheets: [...plansOf(FR).map((plan) => plan.name), KPI_FR.name] },
  ];
  const batch = await recalculateAndPrint(files);
  rows = batch.rows;
  printed = batch.printed;
}, 240_000);

describe('the SWOT, qualification and AARRR grids recalculated by LibreOffice', () => {
  it('show no error value, in French without the KPI sheet, in English with it and once edited', () => {
    const sets = [['strategy-2-fr', FR], ['strategy-2-en', EN], ['strategy-2-fr-edited', FR]] as const;
    expect(batchProblems({ rows }, sets.map(([workbook, set]) => [workbook, Object.values(set).map(({ plan }) => plan.name)] as const))).toEqual([]);
  });

  it('SWOT: codes, weighted totals per quadrant, balances and posture as worked by hand', () => {
    const { plan, layout } = FR.swot;
    const sheet = rows('strategy-2-fr', plan.name);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => cellText(sheet, layout.items.address('code', i)))).toEqual(['S1', 'S2', 'W1', 'W2', 'O1', 'O2', 'T1', 'T2']);
    expect(cellText(sheet, layout.items.address('code', 8))).toBe('');
    // Weights: strengths 5 + 4 = 9, weaknesses 4 + 3 = 7, opportunities 4 + 3 = 7, threats 5 + 2 = 7; 30 in all.
    expect([0, 1, 2, 3].map((i) => cellNumber(sheet, layout.summary.address('weight', i)))).toEqual([9, 7, 7, 7]);
    expect(cellNumber(sheet, layout.summary.totalAddress('weight'))).toBe(30);
    expect(cellNumber(sheet, layout.summary.address('average', 0))).toBe(4.5);
    // Internal 9 − 7 = 2, external 7 − 7 = 0: both ≥ 0, offensive SO.
    expect([cellNumber(sheet, layout.balance.address('value', 0)), cellNumber(sheet, layout.balance.address('value', 1))]).toEqual([2, 0]);
    expect(cellText(sheet, layout.balance.address('value', 2))).toBe('SO : offensive, s’appuyer sur les forces pour saisir les opportunités');
    // Strategies: SO1 = S1 (5) × O1 (4) = 9; ST1 = S2 (4) × T1 (5) = 9; WO1 = W1 (4) × O2 (3) = 7; WT1 = W2 (3) × T1 (5) = 8.
    expect([0, 1, 2, 3].map((i) => cellText(sheet, layout.strategies.address('code', i)))).toEqual(['SO1', 'ST1', 'WO1', 'WT1']);
    expect([0, 1, 2, 3].map((i) => cellNumber(sheet, layout.strategies.address('priority', i)))).toEqual([9, 9, 7, 8]);
    expect([0, 1, 2, 3].map((i) => cellText(sheet, layout.strategies.address('check', i)))).toEqual(['Cohérent', 'Cohérent', 'Cohérent', 'Cohérent']);
    expect(cellText(sheet, layout.strategies.address('items', 0))).toBe('Portefeuille de clients fidèles (exemple) × Demande croissante d’achats locaux (exemple)');
    expect(cellText(rows('strategy-2-en', EN.swot.plan.name), EN.swot.layout.balance.address('value', 2))).toBe('SO: offensive, use the strengths to seize the opportunities');
  });

  it('SWOT: a threat weighing 4 turns the posture defensive; a strategy crossing S1 with a threat is flagged', () => {
    const { plan, layout } = FR.swot;
    const sheet = rows('strategy-2-fr-edited', plan.name);
    // Threats 5 + 4 = 9: external 7 − 9 = −2 with internal 2: ST.
    expect(cellNumber(sheet, layout.summary.address('weight', 3))).toBe(9);
    expect(cellNumber(sheet, layout.balance.address('value', 1))).toBe(-2);
    expect(cellText(sheet, layout.balance.address('value', 2))).toBe('ST : défensive, utiliser les forces pour parer les menaces');
    // SO1 now S1 (5) × T1 (5) = 10, and an SO strategy wants an O.
    expect(cellNumber(sheet, layout.strategies.address('priority', 0))).toBe(10);
    expect(cellText(sheet, layout.strategies.address('check', 0))).toBe('À revoir : une stratégie SO croise un élément S et un élément O');
  });

  it('Qualification: a score per framework and the go / no-go of BANT, then of MEDDIC, as worked by hand', () => {
    const { plan, layout } = FR.qualification;
    const t = layout.opportunities;
    const sheet = rows('strategy-2-fr', plan.name);
    const scores = (key: 'bant' | 'meddic' | 'gpct'): number[] => [0, 1, 2, 3].map((i) => cellNumber(sheet, t.address(key, i)));
    // BANT 7/8, 4/8, 4/8, 7/8; MEDDIC 8/12, 10/12, 4/12, 5/12; GPCT 6/8, 5/8, 3/8, 7/8.
    expect(scores('bant')).toEqual([0.875, 0.5, 0.5, 0.875]);
    const meddic = scores('meddic');
    [8, 10, 4, 5].forEach((points, i) => {
      expect(meddic[i]).toBeCloseTo(points / 12, 12);
    });
    expect(scores('gpct')).toEqual([0.75, 0.625, 0.375, 0.875]);
    // BANT decides against 60 %: Go, No-go, No-go, Go; the fifth, scored nowhere, is still to qualify.
    const decisions = (workbook: string): string[] => [0, 1, 2, 3, 4].map((i) => cellText(rows(workbook, plan.name), t.address('decision', i)));
    expect(decisions('strategy-2-fr')).toEqual(['Go', 'No-go', 'No-go', 'Go', 'À qualifier']);
    // Go: 45 000 + 30 000; No-go: 80 000 + 12 000.
    expect([0, 1, 2].map((i) => cellNumber(sheet, layout.summary.address('amount', i)))).toEqual([75_000, 92_000, 8_000]);
    expect(cellNumber(sheet, layout.summary.address('share', 0))).toBeCloseTo(75_000 / 175_000, 12);
    // MEDDIC decides: 66.7 % Go, 83.3 % Go, 33.3 % No-go, 41.7 % No-go; Go is then 45 000 + 80 000.
    expect(decisions('strategy-2-fr-edited')).toEqual(['Go', 'Go', 'No-go', 'No-go', 'À qualifier']);
    expect(cellNumber(rows('strategy-2-fr-edited', plan.name), layout.summary.address('amount', 0))).toBe(125_000);
    expect(cellText(rows('strategy-2-en', EN.qualification.plan.name), EN.qualification.layout.opportunities.address('decision', 4))).toBe('To qualify');
  });

  it('AARRR without the KPI sheet: the typed values, gaps, progress and statuses as worked by hand', () => {
    const { plan, layout } = FR.aarrr;
    const t = layout.kpis;
    const sheet = rows('strategy-2-fr', plan.name);
    expect(cellText(sheet, layout.link.address('value', 0))).toBe('Non : les valeurs saisies comptent');
    expect(cellText(sheet, layout.figures.address('value', 0))).toBe('');
    // Leads: 820 typed, gap 820 − 1 000 = −180, progress (820 − 600) ÷ (1 000 − 600) = 55 % ≥ 50 %: on track.
    expect([cellText(sheet, t.address('source', 0)), cellNumber(sheet, t.address('current', 0)), cellNumber(sheet, t.address('gap', 0))]).toEqual(['Saisie', 820, -180]);
    expect(cellNumber(sheet, t.address('progress', 0))).toBeCloseTo(0.55, 12);
    // CAC (down): (800 − 900) ÷ (700 − 900) = 50 %; churn (down) 20 % against 18 % → 12 %: −33 %, behind.
    expect(cellNumber(sheet, t.address('progress', 1))).toBeCloseTo(0.5, 12);
    expect(cellNumber(sheet, t.address('progress', 5))).toBeCloseTo(-1 / 3, 12);
    const statuses = (workbook: string): string[] => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => cellText(rows(workbook, plan.name), t.address('status', i)));
    expect(statuses('strategy-2-fr')).toEqual(['En bonne voie', 'En bonne voie', 'En retard', 'En retard', 'En bonne voie', 'En retard', 'En bonne voie', 'Atteint', 'En bonne voie', 'Atteint']);
    // Activation: conversion (4 − 3) ÷ (6 − 3) = 1/3, first purchase (38 − 45) ÷ (30 − 45) = 7/15; average 0.4.
    expect(cellNumber(sheet, layout.summary.address('progress', 1))).toBeCloseTo(0.4, 12);
    // In all: reached 2 (referrals, basket), on track 5, behind 3.
    expect((['reached', 'onTrack', 'behind'] as const).map((key) => cellNumber(sheet, layout.summary.totalAddress(key)))).toEqual([2, 5, 3]);
  });

  it('AARRR with the KPI sheet: the linked rows read its totals; edits there and here move the statuses', () => {
    const { plan, layout } = EN.aarrr;
    const t = layout.kpis;
    const sheet = rows('strategy-2-en', plan.name);
    expect(cellText(sheet, layout.link.address('value', 0))).toBe('Yes: the linked rows read its totals');
    // The KPI sheet's totals row: 4 example channels and 5 empty rows from row 7, total on row 16.
    expect(cellNumber(sheet, layout.link.address('value', 1))).toBe(16);
    // Leads 400 + 150 + 250 + 100 = 900; CAC 34 000 ÷ 40 = 850; conversion 40 ÷ 900; revenue 88 500;
    // LTV:CAC = (2 400 × 20 + 4 500 × 15) ÷ 35 × 40 ÷ 34 000.
    expect(cellNumber(sheet, layout.figures.address('value', 0))).toBe(900);
    expect(cellNumber(sheet, layout.figures.address('value', 2))).toBe(850);
    expect(cellNumber(sheet, layout.figures.address('value', 4))).toBeCloseTo(40 / 900, 12);
    expect(cellNumber(sheet, layout.figures.address('value', 8))).toBeCloseTo(((2_400 * 20 + 4_500 * 15) / 35) * (40 / 34_000), 12);
    expect([0, 1, 8].map((i) => cellText(sheet, t.address('source', i)))).toEqual(['KPI sheet', 'KPI sheet', 'KPI sheet']);
    expect([0, 1, 8].map((i) => cellNumber(sheet, t.address('current', i)))).toEqual([900, 850, 88_500]);
    // Leads (900 − 600) ÷ 400 = 75 %: on track; CAC (850 − 900) ÷ (700 − 900) = 25 %: behind; gap 850 − 700 = 150.
    expect([0, 1].map((i) => cellText(sheet, t.address('status', i)))).toEqual(['On track', 'Behind']);
    expect(cellNumber(sheet, t.address('gap', 1))).toBe(150);
    expect(cellNumber(sheet, t.address('progress', 2))).toBeCloseTo((40 / 900 - 0.03) / 0.03, 12);
    // Edited (French): 500 Google Ads leads make 1 000 leads, the target: reached; conversion 40 ÷ 1 000 = 4 %;
    // the NPS typed 42 ≥ 40: reached.
    const edited = rows('strategy-2-fr-edited', FR.aarrr.plan.name);
    expect(cellNumber(edited, FR.aarrr.layout.kpis.address('current', 0))).toBe(1_000);
    expect(cellText(edited, FR.aarrr.layout.kpis.address('status', 0))).toBe('Atteint');
    expect(cellNumber(edited, FR.aarrr.layout.kpis.address('current', 2))).toBeCloseTo(0.04, 12);
    expect(cellText(edited, FR.aarrr.layout.kpis.address('status', 6))).toBe('Atteint');
    expect(cellNumber(edited, FR.aarrr.layout.summary.totalAddress('reached'))).toBe(4);
  });

  it('prints every grid and keeps images of the pages', () => {
    for (const pdf of printed) {
      expect(pdf.images.length, pdf.name).toBeGreaterThan(0);
      expect(pdf.pages.join('\n'), pdf.name).toContain(pdf.name.endsWith('fr') ? 'forces, faiblesses' : 'strengths, weaknesses');
    }
  });
});
