import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { buildFiveForces } from './five-forces.js';

describe('the five-forces grid', () => {
  it('rates each force as the average of its drivers, with a radar of the five', () => {
    const { plan, layout } = buildFiveForces({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    const d = layout.drivers;
    const range = (letter: string): string => `$${letter}$${d.firstRow}:$${letter}$${d.lastRow}`;
    const f = layout.forces.firstRow;
    expect(tableCell(plan, layout.forces, 'drivers', 0)).toEqual({ formula: `COUNTIFS(${range('A')},A${f},${range('C')},">0")` });
    expect(tableCell(plan, layout.forces, 'intensity', 0)).toEqual({ formula: `IF(B${f}=0,"",AVERAGEIF(${range('A')},A${f},${range('C')}))` });
    expect(tableCell(plan, layout.drivers, 'force', 0)).toEqual({ value: 'Rivalité entre concurrents' });
    expect(plan.styles).toContainEqual({ range: { row: d.firstRow, column: d.column('rating'), rowCount: 12, columnCount: 1 }, style: 'example' });
    expect(plan.charts[0]).toMatchObject({ kind: 'radar', categories: layout.forces.range('force'), valueMax: 5 });
  });
});
