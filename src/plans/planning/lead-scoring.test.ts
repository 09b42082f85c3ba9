import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { assertValidPlan } from '../validate.js';
import { buildLeadScoringPlan, LEAD_SCORING_THRESHOLD_NAME, leadScoringLayout } from './lead-scoring.js';

describe('the lead-scoring sheet', () => {
  const plan = assertValidPlan(buildLeadScoringPlan({ language: 'fr' }));
  const layout = leadScoringLayout();

  it('lays out 8 criteria (rows 7–14), the threshold, the split and 20 leads under a points row', () => {
    expect(layout.criteria.address('points', 0)).toBe('C7');
    expect(layout.thresholdRow).toBe(17);
    expect(layout.salesRow).toBe(21);
    expect(layout.pointsRow).toBe(27);
    expect(layout.leads.address('score', 0)).toBe('J28');
    expect(plan.namedRanges).toEqual([{ name: LEAD_SCORING_THRESHOLD_NAME, range: { row: 17, column: 3, rowCount: 1, columnCount: 1 } }]);
  });

  it('scores each lead by formula over its criteria and the points row, and routes it by the threshold', () => {
    expect(tableCell(plan, layout.leads, 'score', 0)).toEqual({ formula: 'IF(A28="","",SUMPRODUCT(B28:I28,$B$27:$I$27))' });
    expect(tableCell(plan, layout.leads, 'route', 0)).toEqual({ formula: `IF(J28="","",IF(J28>=${LEAD_SCORING_THRESHOLD_NAME},"Aux ventes","Nurturing"))` });
    expect(tableCell(plan, layout.leads, 'lead', 0)).toEqual({ value: 'Lead 1 (exemple)' });
    expect(tableCell(plan, layout.leads, 'c3', 0)).toEqual({ value: 1 });
    expect(tableCell(plan, layout.leads, 'lead', 8)).toEqual({ value: null });
  });
});
