import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { assertValidPlan } from '../validate.js';
import { buildTimeAllocationPlan, TIME_ALLOCATION_HOURS_NAME, timeAllocationLayout } from './time-allocation.js';

describe('the time-allocation sheet', () => {
  const plan = assertValidPlan(buildTimeAllocationPlan({ language: 'fr' }));
  // 2 example reps + 4 empty rows: reps header row 6, data 7–12, total 13; classes header 16, A/B/C 17–19.
  const layout = timeAllocationLayout(6);

  it('lays the reps then the classes out, found by key', () => {
    expect(layout.reps.address('hours', 0)).toBe('E7');
    expect(layout.reps.totalAddress('hours')).toBe('E13');
    expect(layout.classes.address('share', 0)).toBe('B17');
    expect(layout.checkRow).toBe(22);
  });

  it('computes selling hours, hours per account and visits by formula over the inputs', () => {
    expect(tableCell(plan, layout.reps, 'hours', 0)).toEqual({ formula: 'IF(COUNT(B7,C7,D7)<3,"",B7*C7*D7)' });
    expect(tableCell(plan, layout.reps, 'owner', 0)).toEqual({ value: 'Commercial 1 (exemple)' });
    expect(tableCell(plan, layout.classes, 'classHours', 0)).toEqual({ formula: `B17*${TIME_ALLOCATION_HOURS_NAME}` });
    // Columns: A class, B share, C accounts typed, D accounts of the ABC sheet, E accounts used, F hours.
    expect(tableCell(plan, layout.classes, 'hoursPerAccount', 1)).toEqual({ formula: 'IF(N(E18)<=0,"",F18/E18)' });
    expect(tableCell(plan, layout.classes, 'accountsUsed', 1)).toEqual({ formula: 'IF(D18="",N(C18),D18)' });
    expect(tableCell(plan, layout.classes, 'share', 2)).toEqual({ value: 0.15 });
    expect(plan.namedRanges).toEqual([{ name: TIME_ALLOCATION_HOURS_NAME, range: { row: 13, column: 5, rowCount: 1, columnCount: 1 } }]);
  });

  it('reads the accounts of an ABC sheet when one is found, guarded against its absence', () => {
    // Check on row 22, section 3 on row 24, the sheet name, class column and "found" in D25:D27.
    expect([layout.abcNameRow, layout.abcColumnRow, layout.abcFoundRow]).toEqual([25, 26, 27]);
    const at = (row: number) => plan.blocks.find((block) => block.row === 25)?.cells[row - 25]?.[3];
    expect(at(25)).toEqual({ value: 'Segmentation ABC' });
    expect(at(26)).toEqual({ value: 'G' });
    expect(at(27)).toEqual({ formula: `IF($D$25="","Non",IF(ISREF(INDIRECT("'"&SUBSTITUTE($D$25,"'","''")&"'!A1")),"Oui","Non"))` });
    expect(tableCell(plan, layout.classes, 'abcAccounts', 0)).toEqual({
      formula: `IF($D$27="Oui",IFERROR(COUNTIF(INDIRECT("'"&SUBSTITUTE($D$25,"'","''")&"'!"&$D$26&":"&$D$26),A17),""),"")`,
    });
    const en = buildTimeAllocationPlan({ language: 'en' });
    expect(en.blocks.find((block) => block.row === 25)?.cells[0]?.[3]).toEqual({ value: 'ABC segmentation' });
    expect(plan.version).toBe(2);
  });

  it('uses the shared owner header and marks the example rows', () => {
    const en = buildTimeAllocationPlan({ language: 'en' });
    expect(tableCell(en, layout.reps, 'owner', -1)).toEqual({ value: 'Owner' });
    expect(tableCell(plan, layout.reps, 'owner', -1)).toEqual({ value: 'Responsable' });
    expect(plan.styles).toContainEqual({ range: { row: 7, column: 1, rowCount: 2, columnCount: 1 }, style: 'example' });
    expect(plan.styles).toContainEqual({ range: { row: 9, column: 1, rowCount: 4, columnCount: 1 }, style: 'input' });
  });

  it('keeps the user’s own reps and classes as inputs', () => {
    const own = buildTimeAllocationPlan({
      language: 'en',
      reps: [{ name: 'Ana', days: 220, hoursPerDay: 7, fieldShare: 0.6 }],
      classes: [
        { share: 0.6, accounts: 10, visitHours: 3, visitsPlanned: 10 },
        { share: 0.3, accounts: 30, visitHours: 2, visitsPlanned: 4 },
        { share: 0.1, accounts: 60, visitHours: 1, visitsPlanned: 1 },
      ],
      emptyRows: 0,
    });
    const ownLayout = timeAllocationLayout(1);
    expect(tableCell(own, ownLayout.reps, 'owner', 0)).toEqual({ value: 'Ana' });
    expect(tableCell(own, ownLayout.classes, 'accounts', 2)).toEqual({ value: 60 });
    expect(own.styles.some((s) => s.style === 'example')).toBe(false);
  });
});
