// The audit workbook recalculated by LibreOffice: no error value in any sheet, the summary equals what
// the checklist's answers and maturities give by hand (completion, average maturity per section,
// overall score, priorities, ties included), and it follows an edited checklist. The checklist and
// interview sheets, read back, hold every item and question of the grid. A user's own sheet with the
// name of one of ours keeps its content, ours takes a free name and the summary still reads it. The
// progress per owner counts, against LibreOffice's TODAY(), the lines assigned, answered and overdue
// as worked out by hand, and the owner column offers the team list (a warning for another name).
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ITEMS, AUDIT_SECTIONS, INTERVIEW_GUIDES } from '../src/audit/index.js';
import type { CliIo } from '../src/cli/common.js';
import { main } from '../src/cli/main.js';
import { PALETTE } from '../src/plans/theme.js';
import { dayFromCivil, type DayNumber } from '../src/cells/dates.js';
import { isSheetError } from '../src/cells/errors.js';
import { aggregateTransactions } from '../src/metrics/rfm/aggregate.js';
import { buildAuditPlans, buildSegmentationPlans } from '../src/plans/audit.js';
import { checklistLayout, type ChecklistEntry } from '../src/plans/checklist.js';
import { summaryGridsTable, summaryLayout, summaryTables } from '../src/plans/summary.js';
import { buildBcg } from '../src/plans/strategy/bcg.js';
import { BUILDS } from '../src/workbook/build-list.js';
import { PLANNERS, summaryGrids } from '../src/workbook/builds.js';
import { TEAM_RANGE_NAME } from '../src/plans/team.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { existingSheets, writeXlsx } from '../src/xlsx/writer.js';
import { cellNumber, cellText, editCells, errorCells, loadWorkbook, recalculate, sheetLocks, type RecalculatedSheets, type SheetLocks } from './libreoffice.js';

/** What the auditor filled in, chosen so that every summary figure can be worked out by hand. */
const ENTRIES: Readonly<Record<string, ChecklistEntry>> = {
  // Section 1: 3 answered, rated 2, 3, 0 → average 5/3.
  '1.01': { answer: '=1+1', maturity: 2, status: 'done', evidence: '@SUM(A1)', owner: '+33 6 12 34 56 78' },
  '1.02': { answer: 'Oui', maturity: 3 },
  '1.07': { answer: 'Non', maturity: 0 },
  // Section 2: 2 answered (a number, a rate), rated 1 and 1 → average 1.
  '2.02': { answer: 120, maturity: 1 },
  '2.06': { answer: 0.12, maturity: 1 },
  // Section 4: 1 answered, rated 3.
  '4.03': { answer: 'Haute', maturity: 3 },
  // Section 6: rated 0 before any answer is written.
  '6.01': { maturity: 0 },
  // Section 8: answered, not rated yet.
  '8.01': { answer: 'Oui' },
};

/**
 * Owners, due dates and statuses around today (the machine's date, that of LibreOffice's TODAY()), ten
 * days away so that no time zone moves a date across it. By hand, the team being Alice, Bruno, Chloé:
 * - Alice: 4 lines (1.02, 1.03, 1.04, 1.05); 1 answered (1.02); overdue 1.03 (past, En cours) and
 *   1.04 (past, no status), not 1.02 (past but Fait) nor 1.05 (future) → 4, 1, 2;
 * - Bruno: 3 lines (2.02, 2.03, 3.01); 1 answered (2.02: 3.01 is a tally of no answered goal, "");
 *   overdue 2.02 (past, À faire), not 2.03 (no due date, then "fin mars" typed as text) → 3, 1, 1;
 * - Chloé: nothing → 0, 0, 0; Dominique (4.03, past) is not in the list and counts nowhere.
 */
const now = new Date();
const today: DayNumber = dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
const PAST = today - 10;
const FUTURE = today + 10;
const TEAM = ['Alice', 'Bruno', 'Chloé'];
const TEAM_ENTRIES: Readonly<Record<string, ChecklistEntry>> = {
  '1.02': { answer: 'Oui', owner: 'Alice', due: PAST, status: 'done' },
  '1.03': { owner: 'Alice', due: PAST, status: 'in_progress' },
  '1.04': { owner: 'Alice', due: PAST },
  '1.05': { owner: 'Alice', due: FUTURE, status: 'todo' },
  '2.02': { answer: 120, owner: 'Bruno', due: PAST, status: 'todo' },
  '2.03': { owner: 'Bruno', status: 'todo' },
  '3.01': { owner: 'Bruno', due: FUTURE },
  '4.03': { answer: 'Haute', owner: 'Dominique', due: PAST },
};

/** One row typed into four grids of the audit workbook (sheet, cell, text), besides the BCG's product. */
const GRID_EDITS: readonly (readonly [string, string, string])[] = [
  ['5 forces de Porter', 'D16', 'Trois concurrents locaux'],
  ['RGPD et veille', 'E12', 'Fichier tenu par l’assistante'],
  ['Plan d’actions', 'C17', 'Former l’équipe au CRM'],
  ['Contrat marketing-ventes', 'B22', 'Rappeler chaque lead sous 48 h'],
];
const SUMMARY = 'Synthèse';
const CHECKLIST = "Grille d’audit";
const INTERVIEWS = 'Entretiens';
const KPI = 'KPI acquisition';
const layout = summaryLayout();
const checklist = checklistLayout();
const sectionRow = (number: number): number => layout.firstSectionRow + number - 1;
const itemRow = (id: string): number => checklist.itemRows.get(id) ?? 0;
const partRow = (id: string): number => checklist.partRows.get(id) ?? 0;

const results = new Map<string, RecalculatedSheets>();
/** The sheet protection and cell locks of the files `promethee audit` wrote, with and without --no-protect. */
const locks = new Map<string, Map<string, SheetLocks>>();

/** A transactions export of 30 customers, as `promethee audit --transactions` reads it. */
const SALES = ['client,date,montant', ...Array.from({ length: 90 }, (_, i) => `C${String(i % 30).padStart(2, '0')},2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${20 + ((i * 37) % 180)}`)].join('\n');

/** Runs `promethee` in-process on the in-memory SALES file and returns the workbook it wrote. */
async function cliWorkbook(extra: readonly string[]): Promise<Uint8Array> {
  let written: Uint8Array | undefined;
  const io: CliIo = {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: (file) => (file === 'ventes.csv' ? Promise.resolve(SALES) : Promise.reject(new Error(`no ${file}`))),
    writeFile: () => Promise.reject(new Error('the audit command writes no text file')),
    writeBytes: (_file, data) => {
      written = data;
      return Promise.resolve();
    },
    sameFile: (a, b) => a === b,
    version: '0.0.0',
  };
  const code = await main(['audit', '--out', 'audit.xlsx', '--transactions', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant', ...extra], io);
  if (code !== 0 || written === undefined) throw new Error(`promethee audit ${extra.join(' ')} exited with ${code}`);
  return written;
}
let teamData: Uint8Array = new Uint8Array();
let besideData: Uint8Array = new Uint8Array();
const sheet = (workbook: string, name: string): string[][] => results.get(workbook)?.get(name) ?? [];

beforeAll(async () => {
  const filled = await writeXlsx(buildAuditPlans({ language: 'fr', entries: ENTRIES }).map(assertValidPlan));
  // The auditor rates 6.01 at 1 (section 6 now ties section 2 at 1.0) and answers 5.01.
  // The marketing goals ticked as a consultant would: Visibilité Oui, Recrutement Non, another goal in words.
  const edited = await editCells(filled.data, CHECKLIST, {
    [`E${itemRow('6.01')}`]: 1,
    [`D${itemRow('5.01')}`]: 'Oui',
    [`D${partRow('3.01a')}`]: 'Oui',
    [`D${partRow('3.01d')}`]: 'Non',
    [`D${partRow('3.01f')}`]: 'Marque employeur',
  });
  const empty = await writeXlsx(buildAuditPlans({ language: 'en' }).map(assertValidPlan));
  const team = await writeXlsx(buildAuditPlans({ language: 'fr', team: TEAM, entries: TEAM_ENTRIES }).map(assertValidPlan));
  teamData = team.data;
  // A due date typed as words (accepted with a warning) is never overdue.
  const teamTyped = await editCells(team.data, CHECKLIST, { [`I${itemRow('2.03')}`]: 'fin mars' });
  // A user's workbook that already has sheets called "Synthèse" and "Grille d’audit".
  const own = new ExcelJS.Workbook();
  own.addWorksheet(SUMMARY).getCell('A1').value = 'mes notes';
  own.addWorksheet(CHECKLIST).getCell('A1').value = 'ma grille';
  const beside = await writeXlsx(buildAuditPlans({ language: 'fr', entries: ENTRIES }), { workbook: own });
  besideData = beside.data;
  expect(beside.sheetNames).toEqual(['Synthèse (2)', "Grille d’audit (2)", INTERVIEWS, KPI]);
  // The whole workbook of `promethee audit --transactions`: 60 customers, one with a refund.
  const customers = Array.from({ length: 120 }, (_, i) => `C${String(i % 60).padStart(2, '0')}`);
  const table = aggregateTransactions({ customer: customers, day: customers.map((_, i) => 19_000 + i * 3), amount: customers.map((_, i) => (i === 7 ? -30 : 10 + ((i * 37) % 90))) });
  if (isSheetError(table)) throw new Error(table.message.en);
  const segmentation = buildSegmentationPlans({ language: 'fr', table });
  if (isSheetError(segmentation)) throw new Error(segmentation.message.en);
  const whole = await writeXlsx([...buildAuditPlans({ language: 'fr' }), ...segmentation].map(assertValidPlan));
  // The audit workbook with every optional grid, as built; then one row typed into five of them: a
  // product in the BCG's first empty row, a finding in the five forces and in the GDPR checks, an action
  // below the action plan's examples, a commitment over the SLA's first example.
  const withGrids = await writeXlsx(PLANNERS.audit({ language: 'fr', include: BUILDS.filter((build) => build.audit === 'optional').map((build) => build.key) }).plans.map(assertValidPlan));
  const bcg = buildBcg({ language: 'fr' });
  let gridsEdited = await editCells(withGrids.data, bcg.plan.name, { [bcg.layout.products.address('product', 6)]: 'Nouveau produit' });
  for (const [name, address, text] of GRID_EDITS) gridsEdited = await editCells(gridsEdited, name, { [address]: text });
  const cli = await cliWorkbook([]);
  const cliOpen = await cliWorkbook(['--no-protect']);
  locks.set('cli', await sheetLocks(cli, [PALETTE.inputYellow, PALETTE.exampleYellow]));
  locks.set('cliOpen', await sheetLocks(cliOpen, [PALETTE.inputYellow, PALETTE.exampleYellow]));
  const files = [
    { name: 'whole', data: whole.data, sheets: whole.sheetNames },
    // The same workbook from the command line, protected (the default) and not: LibreOffice opens both.
    { name: 'cli', data: cli, sheets: whole.sheetNames },
    { name: 'cliOpen', data: cliOpen, sheets: whole.sheetNames },
    { name: 'filled', data: filled.data, sheets: filled.sheetNames },
    { name: 'edited', data: edited, sheets: filled.sheetNames },
    { name: 'empty', data: empty.data, sheets: empty.sheetNames },
    { name: 'team', data: teamTyped, sheets: team.sheetNames },
    { name: 'beside', data: beside.data, sheets: [SUMMARY, CHECKLIST, ...beside.sheetNames] },
    { name: 'grids', data: withGrids.data, sheets: withGrids.sheetNames },
    { name: 'gridsEdited', data: gridsEdited, sheets: withGrids.sheetNames },
  ];
  const recalculated = await recalculate(files, new Map(files.map((file) => [file.name, file.sheets])));
  for (const [name, sheets] of recalculated) results.set(name, sheets);
});

describe('the protection of the workbook promethee audit writes', () => {
  it('protects every sheet without a password, sorting and filtering allowed', () => {
    const sheets = locks.get('cli') ?? new Map<string, SheetLocks>();
    expect([...sheets.keys()]).toEqual([SUMMARY, CHECKLIST, INTERVIEWS, KPI, 'Segmentation ABC', 'Synthèse RFM', 'Clients RFM', 'Paramètres RFM']);
    for (const [name, sheet] of sheets) {
      // ECMA-376: sheet="1" protects; an allowed action reads "0"; a password would add a hash.
      expect(sheet.protection, name).toMatchObject({ sheet: '1', sort: '0', autoFilter: '0', formatColumns: '0', formatRows: '0' });
      expect(Object.keys(sheet.protection ?? {}).filter((key) => /password|hash|salt|algorithm|spin/i.test(key)), name).toEqual([]);
    }
  });

  it('unlocks exactly the cells painted as inputs, and never a formula', () => {
    for (const [name, sheet] of locks.get('cli') ?? new Map<string, SheetLocks>()) {
      expect([...sheet.unlocked].sort(), name).toEqual([...sheet.yellow].sort());
      expect([...sheet.unlocked].filter((address) => sheet.formulas.has(address)), name).toEqual([]);
    }
    const grid = locks.get('cli')?.get(CHECKLIST);
    // The answer (D) and the maturity (E) of a question are typed in; in the summary, only the team list.
    expect(grid?.unlocked.has(`D${itemRow('1.01')}`)).toBe(true);
    expect(grid?.unlocked.has(`E${itemRow('1.01')}`)).toBe(true);
    expect([...(locks.get('cli')?.get(SUMMARY)?.unlocked ?? [])].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `A${45 + i}`).sort());
    expect(locks.get('cli')?.get(KPI)?.unlocked.size).toBeGreaterThan(0);
  });

  it('writes no protection and no unlocked cell with --no-protect', () => {
    const sheets = locks.get('cliOpen') ?? new Map<string, SheetLocks>();
    expect(sheets.size).toBe(8);
    for (const [name, sheet] of sheets) {
      expect(sheet.protection, name).toBeNull();
      expect(sheet.unlocked.size, name).toBe(0);
    }
  });
});

describe('the audit workbook recalculated by LibreOffice', () => {
  it('shows no error value in any sheet, filled in, edited or empty, in French and in English, ABC and RFM sheets included', () => {
    expect([...(results.get('whole')?.keys() ?? [])]).toEqual([SUMMARY, CHECKLIST, INTERVIEWS, KPI, 'Segmentation ABC', 'Synthèse RFM', 'Clients RFM', 'Paramètres RFM']);
    for (const [workbook, sheets] of results) {
      expect(sheets.size, workbook).toBeGreaterThanOrEqual(4);
      for (const [name, rows] of sheets) {
        expect(rows.length, `${workbook}/${name}`).toBeGreaterThan(0);
        expect(errorCells(rows), `${workbook}/${name}`).toEqual([]);
      }
    }
  });

  it('counts per section the questions, the answers and the rated items as entered', () => {
    const summary = sheet('filled', SUMMARY);
    const counts = AUDIT_SECTIONS.map((section) => [1, 2, 4].map((offset) => cellNumber(summary, `${'ABCDE'.charAt(offset)}${sectionRow(section.number)}`)));
    expect(counts).toEqual([
      [11, 3, 3],
      [12, 2, 2],
      // Section 3: 8 items and the 6 goals to tick of 3.01; section 8: 5 items and the churn rate of 8.02.
      [14, 0, 0],
      [7, 1, 1],
      [5, 0, 0],
      [5, 0, 1],
      [6, 0, 0],
      [6, 1, 0],
    ]);
    expect(cellNumber(summary, `D${sectionRow(1)}`)).toBeCloseTo(3 / 11, 12);
    expect(cellNumber(summary, `D${sectionRow(3)}`)).toBe(0);
  });

  it('averages the maturities of each section: 5/3, 1, 3 and 0, empty where nothing is rated', () => {
    const summary = sheet('filled', SUMMARY);
    expect(cellNumber(summary, `F${sectionRow(1)}`)).toBeCloseTo(5 / 3, 12);
    expect(cellNumber(summary, `F${sectionRow(2)}`)).toBeCloseTo(1, 12);
    expect(cellNumber(summary, `F${sectionRow(4)}`)).toBeCloseTo(3, 12);
    expect(cellNumber(summary, `F${sectionRow(6)}`)).toBe(0);
    for (const number of [3, 5, 7, 8]) expect(cellText(summary, `F${sectionRow(number)}`)).toBe('');
  });

  it('scores the whole checklist: 7 of 66 lines answered, 7 rated summing 10 → 10/7, 47.6 % of the maximum, level 1 · Initial', () => {
    const summary = sheet('filled', SUMMARY);
    expect(cellNumber(summary, layout.answered)).toBe(7);
    // 59 items, and 7 parts answered on rows of their own (6 goals to tick, the churn rate).
    expect(cellNumber(summary, layout.questions)).toBe(66);
    expect(cellNumber(summary, layout.completion)).toBeCloseTo(7 / 66, 12);
    expect(cellNumber(summary, layout.rated)).toBe(7);
    expect(cellNumber(summary, layout.score)).toBeCloseTo(10 / 7, 12);
    expect(cellNumber(summary, layout.scorePercent)).toBeCloseTo(10 / 21, 12);
    expect(cellText(summary, layout.level)).toBe('1 · Initial');
  });

  it('ranks the rated sections from the lowest maturity and lists the three lowest as priorities', () => {
    const summary = sheet('filled', SUMMARY);
    expect([1, 2, 4, 6].map((number) => cellNumber(summary, `G${sectionRow(number)}`))).toEqual([3, 2, 4, 1]);
    for (const number of [3, 5, 7, 8]) expect(cellText(summary, `G${sectionRow(number)}`)).toBe('');
    const priorities = [0, 1, 2].map((k) => cellText(summary, `A${layout.firstPriorityRow + k}`));
    expect(priorities).toEqual(['6. Collaboration commerciaux – marketing', '2. Acquisition et conversion', '1. Cartographie du processus de vente']);
    expect(cellNumber(summary, `B${layout.firstPriorityRow}`)).toBe(0);
    expect(cellNumber(summary, `C${layout.firstPriorityRow + 1}`)).toBeCloseTo(2 / 12, 12);
  });

  it('counts the marketing goals ticked Oui or written in (2), and the summary counts the item and its answered goals', () => {
    const rows = sheet('edited', CHECKLIST);
    expect(cellNumber(rows, `D${itemRow('3.01')}`)).toBe(2);
    expect(cellText(sheet('filled', CHECKLIST), `D${itemRow('3.01')}`)).toBe('');
    // The item's count and its three answered goals.
    expect(cellNumber(sheet('edited', SUMMARY), `C${sectionRow(3)}`)).toBe(4);
  });

  it('follows an edited checklist: 6.01 rated 1 ties section 2, which the grid’s order puts first; 5.01 answered', () => {
    const summary = sheet('edited', SUMMARY);
    expect(cellNumber(summary, `F${sectionRow(6)}`)).toBe(1);
    expect([1, 2, 4, 6].map((number) => cellNumber(summary, `G${sectionRow(number)}`))).toEqual([3, 1, 4, 2]);
    expect(cellText(summary, `A${layout.firstPriorityRow}`)).toBe('2. Acquisition et conversion');
    expect(cellText(summary, `A${layout.firstPriorityRow + 1}`)).toBe('6. Collaboration commerciaux – marketing');
    expect(cellNumber(summary, layout.score)).toBeCloseTo(11 / 7, 12);
    expect(cellNumber(summary, layout.answered)).toBe(12); // 7, then 5.01 and the goals: the count of 3.01 and its three answered rows
    expect(cellNumber(summary, `D${sectionRow(5)}`)).toBeCloseTo(1 / 5, 12);
  });

  it('leaves the score and the priorities empty while nothing is rated', () => {
    const summary = sheet('empty', 'Summary');
    expect(cellNumber(summary, layout.answered)).toBe(0);
    expect(cellNumber(summary, layout.completion)).toBe(0);
    expect(cellText(summary, layout.score)).toBe('');
    expect(cellText(summary, layout.level)).toBe('');
    expect([0, 1, 2].map((k) => cellText(summary, `A${layout.firstPriorityRow + k}`))).toEqual(['', '', '']);
  });

  it('keeps the answers as text: "=1+1", "@SUM(A1)" and a phone number come back as typed', () => {
    const rows = sheet('filled', CHECKLIST);
    const row = itemRow('1.01');
    expect([cellText(rows, `D${row}`), cellText(rows, `G${row}`), cellText(rows, `H${row}`), cellText(rows, `F${row}`)]).toEqual(['=1+1', '@SUM(A1)', '+33 6 12 34 56 78', 'Fait']);
    expect(cellNumber(rows, `D${itemRow('2.06')}`)).toBeCloseTo(0.12, 12);
  });
});

describe('the summary’s grids of the workbook (section 6)', () => {
  const grids = summaryGrids('fr');
  const table = summaryGridsTable(grids.length);
  const rowOf = (sheetName: string): number => grids.findIndex((grid) => grid.sheet === sheetName);
  const at = (workbook: string, key: 'status' | 'filled' | 'link', sheetName: string): string => cellText(sheet(workbook, SUMMARY), table.address(key, rowOf(sheetName)));

  it('says which optional grids are in the workbook, and none in the workbook of promethee audit', () => {
    expect(grids.map((grid) => grid.sheet)).toContain('Matrice BCG');
    expect(grids.map((grid) => at('grids', 'status', grid.sheet))).toEqual(grids.map(() => 'Présente'));
    expect(grids.map((grid) => at('cli', 'status', grid.sheet))).toEqual(grids.map(() => 'Absente'));
    // An absent grid: no count, no link.
    expect([at('cli', 'filled', 'VRIO'), at('cli', 'link', 'VRIO')]).toEqual(['', '']);
  });

  it('counts 0 rows filled in every grid just built, and follows the rows typed in', () => {
    // Examples (« (exemple) ») and what a grid proposes (the five forces' factors and ratings, the GDPR
    // checks' status « À vérifier », the SLA's terms, the prospecting plan's parameters) are not rows
    // filled by the user.
    expect(grids.map((grid) => [grid.sheet, at('grids', 'filled', grid.sheet)])).toEqual(grids.map((grid) => [grid.sheet, '0']));
    // One row typed into each of five grids: 1 there, 0 elsewhere.
    const edited = new Set(['Matrice BCG', ...GRID_EDITS.map(([name]) => name)]);
    expect(edited.size).toBe(5);
    expect(grids.map((grid) => [grid.sheet, at('gridsEdited', 'filled', grid.sheet)])).toEqual(grids.map((grid) => [grid.sheet, edited.has(grid.sheet) ? '1' : '0']));
  });

  it('counts the column a user fills: examples only, else left blank by the build', () => {
    const column = (sheetName: string): number | undefined => grids.find((grid) => grid.sheet === sheetName)?.entries?.column;
    // The portfolio's customers (B), not its dates (A, no « (exemple) » mark); the five forces' findings
    // (D), not their factors; the GDPR checks' findings (E), not their status (D); the action plan's
    // actions (C), not its urgency (J).
    expect([column('Portefeuille clients'), column('5 forces de Porter'), column('RGPD et veille'), column('Plan d’actions')]).toEqual([2, 4, 5, 3]);
    expect(grids.every((grid) => grid.entries !== undefined)).toBe(true);
    expect(at('grids', 'link', 'Matrice BCG')).toBe('Matrice BCG');
  });
});

describe('the checklist and interview sheets read back from LibreOffice', () => {
  it('hold the 59 items of the 8 sections, each on its row with its number and question', () => {
    const rows = sheet('filled', CHECKLIST);
    const itemIds = rows.map((row) => row[0] ?? '').filter((id) => /^\d\.\d\d$/.test(id));
    expect(itemIds).toEqual(AUDIT_ITEMS.map((item) => item.id));
    expect(itemIds).toHaveLength(59);
    for (const item of AUDIT_ITEMS) expect(cellText(rows, `B${itemRow(item.id)}`)).toContain(item.label.fr);
    const headings = rows.map((row) => row[0] ?? '').filter((text) => /^\d\. /.test(text));
    expect(headings).toEqual(AUDIT_SECTIONS.map((section) => `${section.number}. ${section.title.fr}`));
    expect(rows.filter((row) => row[0] === 'Commentaires de l’auditeur')).toHaveLength(8);
  });

  it('hold the 13 sales and 9 marketing questions, in English too', () => {
    for (const [workbook, name, language] of [['filled', INTERVIEWS, 'fr'], ['empty', 'Interviews', 'en']] as const) {
      const rows = sheet(workbook, name);
      const found = rows.filter((row) => /^[SM]\d\d$/.test(row[0] ?? '')).map((row) => [row[0], row[2]]);
      expect(found).toEqual(INTERVIEW_GUIDES.flatMap((guide) => guide.questions.map((question) => [question.id, question.label[language]])));
      expect(found).toHaveLength(22);
    }
  });
});

describe('the audit workbook beside the user’s own sheets', () => {
  it('leaves the user’s "Synthèse" and "Grille d’audit" untouched and scores from its own checklist, "Grille d’audit (2)"', () => {
    expect(cellText(sheet('beside', SUMMARY), 'A1')).toBe('mes notes');
    expect(cellText(sheet('beside', CHECKLIST), 'A1')).toBe('ma grille');
    const summary = sheet('beside', 'Synthèse (2)');
    expect(cellNumber(summary, layout.score)).toBeCloseTo(10 / 7, 12);
    expect(cellNumber(summary, layout.answered)).toBe(7);
  });

  it('marks each of its sheets as generated, and only those', async () => {
    const own = new ExcelJS.Workbook();
    own.addWorksheet(SUMMARY);
    const written = await writeXlsx(buildAuditPlans({ language: 'fr' }), { workbook: own });
    const markers = existingSheets(await loadWorkbook(written.data)).map((s) => [s.name, s.marker?.key ?? null]);
    expect(markers).toEqual([
      [SUMMARY, null],
      ['Synthèse (2)', 'audit.summary'],
      [CHECKLIST, 'audit.checklist'],
      [INTERVIEWS, 'audit.interviews'],
      [KPI, 'kpi'],
    ]);
  });
});

describe('who does what: the team list and the progress per owner', () => {
  const { team } = summaryTables();
  const progress = (rows: readonly (readonly string[])[], index: number): (number | string)[] => [
    cellText(rows, team.address('name', index)),
    ...(['assigned', 'answered', 'overdue'] as const).map((key) => {
      const text = cellText(rows, team.address(key, index));
      return text === '' ? '' : cellNumber(rows, team.address(key, index));
    }),
  ];

  it('counts per owner, against today, the lines assigned, answered and overdue: Alice 4, 1, 2; Bruno 3, 1, 1; Chloé 0, 0, 0', () => {
    const summary = sheet('team', SUMMARY);
    expect([0, 1, 2].map((i) => progress(summary, i))).toEqual([
      ['Alice', 4, 1, 2],
      ['Bruno', 3, 1, 1],
      ['Chloé', 0, 0, 0],
    ]);
    // An empty row of the list counts nothing (not the lines without an owner).
    for (let i = 3; i < team.rowCount; i++) expect(progress(summary, i)).toEqual(['', '', '', '']);
    // Without a team, every row is empty, in English too.
    expect(progress(sheet('empty', 'Summary'), 0)).toEqual(['', '', '', '']);
  });

  it('offers the team list in every owner cell of the checklist, a warning for another name, and names it promethee_team', async () => {
    const workbook = await loadWorkbook(teamData);
    const checklistSheet = workbook.getWorksheet(CHECKLIST);
    for (const id of ['1.01', '4.03', '8.01']) {
      expect(checklistSheet?.getCell(`H${itemRow(id)}`).dataValidation).toMatchObject({
        type: 'list',
        formulae: [`'${SUMMARY}'!$A$45:$A$54`],
        errorStyle: 'warning',
      });
    }
    expect(checklistSheet?.getCell(`H${checklist.headerRow}`).dataValidation).toBeUndefined();
    expect(workbook.definedNames.getRanges(TEAM_RANGE_NAME)).toEqual({ name: TEAM_RANGE_NAME, ranges: [`'${SUMMARY}'!$A$45:$A$54`] });
    // The user's own "Synthèse" kept, the list is read from ours, "Synthèse (2)".
    const beside = await loadWorkbook(besideData);
    expect(beside.getWorksheet("Grille d’audit (2)")?.getCell(`H${itemRow('1.01')}`).dataValidation.formulae).toEqual([`'Synthèse (2)'!$A$45:$A$54`]);
  });
});
