import { describe, expect, it } from 'vitest';
import { cellRange } from '../plans/a1.js';
import type { ChartPlan } from '../plans/types.js';
import { validatePlan } from '../plans/validate.js';
import { SheetPlanBuilder } from '../plans/sheet-builder.js';
import { chartXml } from './charts.js';

// Names in A2:A4, x in B2:B4, y in C2:C4, sizes in D2:D4.
const point = { name: 'Produits', values: cellRange(2, 3, 3, 1) };
const bubble: ChartPlan = {
  kind: 'bubble',
  title: 'Matrice',
  categories: cellRange(2, 1, 3, 1),
  series: [{ name: 'Produits', values: cellRange(2, 3, 3, 1), x: cellRange(2, 2, 3, 1), sizes: cellRange(2, 4, 3, 1) }],
  anchor: cellRange(1, 6, 10, 5),
  valueFormat: 'percent',
  xFormat: 'ratio',
};

describe('scatter and bubble charts in the .xlsx file', () => {
  it('write a bubble chart reading x, y and sizes from their ranges, with two value axes', () => {
    const xml = chartXml('BCG', bubble);
    expect(xml).toContain('<c:bubbleChart>');
    expect(xml).toContain("<c:xVal><c:numRef><c:f>'BCG'!$B$2:$B$4</c:f></c:numRef></c:xVal>");
    expect(xml).toContain("<c:yVal><c:numRef><c:f>'BCG'!$C$2:$C$4</c:f></c:numRef></c:yVal>");
    expect(xml).toContain("<c:bubbleSize><c:numRef><c:f>'BCG'!$D$2:$D$4</c:f></c:numRef></c:bubbleSize>");
    expect(xml.match(/<c:valAx>/g)).toHaveLength(2);
    expect(xml).not.toContain('<c:catAx>');
  });

  it('write a scatter chart of markers without lines and without sizes', () => {
    const xml = chartXml('BCG', { ...bubble, kind: 'scatter', series: [{ ...point, x: cellRange(2, 2, 3, 1) }] });
    expect(xml).toContain('<c:scatterChart><c:scatterStyle val="lineMarker"/>');
    expect(xml).toContain('<a:ln w="19050"><a:noFill/></a:ln>');
    expect(xml).not.toContain('bubbleSize');
  });

  it('are refused by the plan check without x values, or a bubble chart without sizes', () => {
    const plan = (chart: ChartPlan) => new SheetPlanBuilder({ key: 'k', version: 1, name: 'S', language: 'fr' }).chart(chart).build();
    expect(validatePlan(plan(bubble))).toEqual([]);
    expect(validatePlan(plan({ ...bubble, series: [{ ...point, sizes: cellRange(2, 4, 3, 1) }] })).map((p) => p.message)).toContain('x values are for scatter and bubble charts, which need them');
    expect(validatePlan(plan({ ...bubble, series: [{ ...point, x: cellRange(2, 2, 3, 1) }] })).map((p) => p.message)).toContain('sizes are for bubble charts, which need them');
  });
});
