/**
 * The time-allocation sheet (seed 001, "allocation du temps par cible"): the reps and their effective
 * selling time, the share of that time given to each ABC class (default 50 / 35 / 15 %, editable),
 * the accounts of each class, and from them the hours and visits per account per year by class, with
 * a check that the visits planned fit the time allocated and the time available. Every computed cell
 * is a live formula over the yellow inputs.
 *
 * Selling hours of a rep = days worked × hours per day × share of the time spent with customers.
 * Hours of a class = its share × the selling hours of the team; hours per account = hours of the class
 * ÷ its accounts; visits possible = hours per account ÷ hours per visit (travel included).
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell, SheetPlanBuilder, valueCell } from '../sheet-builder.js';
import { addTable, tableLayout as tableLayoutOf, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan } from '../types.js';

/** Key of the time-allocation sheet. */
export const TIME_ALLOCATION_PLAN_KEY = 'time_allocation';
/** Layout version of the time-allocation sheet. */
export const TIME_ALLOCATION_PLAN_VERSION = 1;
/** Name of the team's selling hours per year (the reps table's total). */
export const TIME_ALLOCATION_HOURS_NAME = 'time_allocation_hours';

/** Columns of the reps table. */
export type RepColumn = 'owner' | 'days' | 'hoursPerDay' | 'fieldShare' | 'hours';
/** Columns of the class table. */
export type ClassColumn = 'abcClass' | 'share' | 'accounts' | 'classHours' | 'hoursPerAccount' | 'visitHours' | 'visitsPossible' | 'visitsPlanned' | 'hoursNeeded' | 'gap' | 'status';

/** One rep: name, days worked per year, hours per day, share of the time spent selling (0–1). */
export interface Rep {
  readonly name: string;
  readonly days: number;
  readonly hoursPerDay: number;
  readonly fieldShare: number;
}

/** One class: share of the selling time, accounts, hours per visit (travel included), visits planned per account per year. */
export interface ClassPlan {
  readonly share: number;
  readonly accounts: number;
  readonly visitHours: number;
  readonly visitsPlanned: number;
}

/** Options of {@link buildTimeAllocationPlan}. */
export interface TimeAllocationOptions {
  readonly language: Language;
  /** The reps; absent: two example reps, marked as examples. */
  readonly reps?: readonly Rep[];
  /** The A, B and C classes; absent: the guide's 50 / 35 / 15 % with example accounts. */
  readonly classes?: readonly [ClassPlan, ClassPlan, ClassPlan];
  /** Empty rows under the reps, default 4. */
  readonly emptyRows?: number;
}

/** Where the sheet's tables are. */
export interface TimeAllocationLayout {
  readonly reps: TableLayout<RepColumn>;
  readonly classes: TableLayout<ClassColumn>;
  /** Row of the overall check (label in A, verdict in B… see the sheet). */
  readonly checkRow: number;
}

const TEXT = {
  name: { fr: 'Allocation du temps', en: 'Time allocation' },
  title: { fr: 'Allocation du temps commercial par cible (A, B, C)', en: 'Selling time allocated per target (A, B, C)' },
  subtitle: {
    fr: 'Le temps de vente de l’équipe réparti par classe de comptes : heures et visites par compte et par an, et la vérification que le plan tient dans le temps disponible.',
    en: 'The team’s selling time split by account class: hours and visits per account per year, and a check that the plan fits the time available.',
  },
  note: {
    fr: 'Cellules jaunes : à saisir · orange : exemples à remplacer · grises : calculées. Parts par défaut du guide : 50 % du temps aux comptes A, 35 % aux B, 15 % aux C.',
    en: 'Yellow cells: to fill in · orange: examples to replace · grey: computed. The guide’s default shares: 50% of the time to A accounts, 35% to B, 15% to C.',
  },
  reps: { fr: '1. Temps de vente effectif par commercial', en: '1. Effective selling time per rep' },
  owner: { fr: 'Responsable', en: 'Owner' },
  days: { fr: 'Jours travaillés / an', en: 'Days worked / year' },
  hoursPerDay: { fr: 'Heures / jour', en: 'Hours / day' },
  fieldShare: { fr: 'Part du temps en vente (clientèle, trajets)', en: 'Share of time selling (customers, travel)' },
  hours: { fr: 'Heures de vente / an', en: 'Selling hours / year' },
  total: { fr: 'Total équipe', en: 'Team total' },
  classes: { fr: '2. Répartition par classe de comptes', en: '2. Split per account class' },
  abcClass: { fr: 'Classe', en: 'Class' },
  share: { fr: 'Part du temps', en: 'Share of time' },
  accounts: { fr: 'Comptes', en: 'Accounts' },
  classHours: { fr: 'Heures / an', en: 'Hours / year' },
  hoursPerAccount: { fr: 'Heures par compte / an', en: 'Hours per account / year' },
  visitHours: { fr: 'Heures par visite (trajet compris)', en: 'Hours per visit (travel included)' },
  visitsPossible: { fr: 'Visites possibles par compte / an', en: 'Visits possible per account / year' },
  visitsPlanned: { fr: 'Visites prévues par compte / an', en: 'Visits planned per account / year' },
  hoursNeeded: { fr: 'Heures nécessaires', en: 'Hours needed' },
  gap: { fr: 'Marge (heures)', en: 'Slack (hours)' },
  status: { fr: 'Statut', en: 'Status' },
  ok: { fr: 'OK', en: 'OK' },
  over: { fr: 'Dépasse', en: 'Over' },
  check: { fr: 'Vérification', en: 'Check' },
  sharesOff: { fr: 'Les parts ne font pas 100 %', en: 'The shares do not add up to 100%' },
  fits: { fr: 'Le plan tient dans le temps disponible', en: 'The plan fits the time available' },
  overAll: { fr: 'Le plan dépasse le temps disponible', en: 'The plan exceeds the time available' },
  example: { fr: ' (exemple)', en: ' (example)' },
  shareMessage: { fr: 'Un pourcentage entre 0 et 100 %.', en: 'A percentage from 0 to 100%.' },
  numberMessage: { fr: 'Un nombre positif.', en: 'A positive number.' },
} satisfies Record<string, LocalizedText>;

/** The example team: two reps with 800 selling hours each (200 days × 8 h × 50 %). */
const EXAMPLE_REPS: readonly Rep[] = [
  { name: 'Commercial 1', days: 200, hoursPerDay: 8, fieldShare: 0.5 },
  { name: 'Commercial 2', days: 200, hoursPerDay: 8, fieldShare: 0.5 },
];

/** The guide's shares with example accounts, visit durations and visit targets. */
const EXAMPLE_CLASSES: readonly [ClassPlan, ClassPlan, ClassPlan] = [
  { share: 0.5, accounts: 20, visitHours: 2, visitsPlanned: 12 },
  { share: 0.35, accounts: 40, visitHours: 2, visitsPlanned: 6 },
  { share: 0.15, accounts: 80, visitHours: 1.5, visitsPlanned: 2 },
];

const REPS_ROW = 6;

/**
 * The layout of the sheet for a number of rep rows.
 * @param repRows - reps plus empty rows
 * @returns where the tables are
 * @example timeAllocationLayout(6).classes.firstRow // 17
 */
export function timeAllocationLayout(repRows: number): TimeAllocationLayout {
  const reps = layoutOf(REPS_ROW, repRows, REP_KEYS);
  const classesRow = (reps.totalRow ?? reps.lastRow) + 3;
  const classes = layoutOf(classesRow, 3, CLASS_KEYS);
  return { reps, classes, checkRow: (classes.totalRow ?? classes.lastRow) + 2 };
}

const REP_KEYS: readonly RepColumn[] = ['owner', 'days', 'hoursPerDay', 'fieldShare', 'hours'];
const CLASS_KEYS: readonly ClassColumn[] = [
  'abcClass',
  'share',
  'accounts',
  'classHours',
  'hoursPerAccount',
  'visitHours',
  'visitsPossible',
  'visitsPlanned',
  'hoursNeeded',
  'gap',
  'status',
];

function layoutOf<K extends string>(row: number, rows: number, keys: readonly K[]): TableLayout<K> {
  // The same resolution as addTable's, without writing: addTable is called with the same spec below.
  return tableLayoutOf({ row, rows, totalRow: true, columns: keys.map((key) => ({ key })) });
}

/**
 * Builds the time-allocation sheet.
 * @param options - language, reps and classes (or the examples)
 * @returns the sheet plan (key 'time_allocation'; the build's key is 'time-allocation': plan keys take no hyphen)
 * @example buildTimeAllocationPlan({ language: 'en' }).name // "Time allocation"
 */
export function buildTimeAllocationPlan(options: TimeAllocationOptions): SheetPlan {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const exampleReps = options.reps === undefined;
  const exampleClasses = options.classes === undefined;
  const reps = options.reps ?? EXAMPLE_REPS.map((rep) => ({ ...rep, name: `${rep.name}${t(TEXT.example)}` }));
  const classes = options.classes ?? EXAMPLE_CLASSES;
  const repRows = Math.max(1, reps.length + Math.max(0, Math.floor(options.emptyRows ?? 4)));
  const width = CLASS_KEYS.length;
  const builder = new SheetPlanBuilder({ key: TIME_ALLOCATION_PLAN_KEY, version: TIME_ALLOCATION_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), width, t(TEXT.subtitle))
    .tabColor(PALETTE.navy)
    .freeze(0, 1)
    .print({ orientation: 'landscape', fitToWidth: true });
  builder.block(3, 1, [[valueCell(t(TEXT.note))]]).style(cellRange(3, 1), 'note').merge(cellRange(3, 1, 1, width));

  // 1. Reps
  builder.block(REPS_ROW - 1, 1, [[valueCell(t(TEXT.reps))]]).style(cellRange(REPS_ROW - 1, 1, 1, 5), 'section');
  const repStyle = (index: number): 'example' | 'input' => (exampleReps && index < reps.length ? 'example' : 'input');
  const positive = { rule: { kind: 'decimal', min: 0, max: 1e6 }, message: TEXT.numberMessage } as const;
  const repsTable = addTable<RepColumn>(
    builder,
    {
      row: REPS_ROW,
      rows: repRows,
      totalRow: true,
      columns: [
        { key: 'owner', header: TEXT.owner, width: 30, style: repStyle, cell: ({ index }) => reps[index]?.name ?? null, total: () => t(TEXT.total) },
        { key: 'days', header: TEXT.days, width: 14, style: repStyle, format: 'integer', validation: positive, cell: ({ index }) => reps[index]?.days ?? null },
        { key: 'hoursPerDay', header: TEXT.hoursPerDay, width: 14, style: repStyle, format: 'decimal', validation: positive, cell: ({ index }) => reps[index]?.hoursPerDay ?? null },
        {
          key: 'fieldShare',
          header: TEXT.fieldShare,
          width: 14,
          style: repStyle,
          format: 'percent',
          validation: { rule: { kind: 'decimal', min: 0, max: 1 }, strict: true, message: TEXT.shareMessage },
          cell: ({ index }) => reps[index]?.fieldShare ?? null,
        },
        {
          key: 'hours',
          header: TEXT.hours,
          width: 14,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`IF(COUNT(${ref('days')},${ref('hoursPerDay')},${ref('fieldShare')})<3,"",${ref('days')}*${ref('hoursPerDay')}*${ref('fieldShare')})`),
          total: ({ all }) => formulaCell(`SUM(${all('hours')})`),
        },
      ],
    },
    language,
  );
  if (repsTable.totalRow === undefined) throw new Error('reps table without total');
  builder.name(TIME_ALLOCATION_HOURS_NAME, cellRange(repsTable.totalRow, repsTable.column('hours')));
  const available = TIME_ALLOCATION_HOURS_NAME;

  // 2. Classes
  const layout = timeAllocationLayout(repRows);
  const classesRow = layout.classes.headerRow;
  builder.block(classesRow - 1, 1, [[valueCell(t(TEXT.classes))]]).style(cellRange(classesRow - 1, 1, 1, width), 'section');
  const classStyle = exampleClasses ? 'example' : 'input';
  const classInput = (pick: (c: ClassPlan) => number) => ({ index }: { index: number }) => classes[index] === undefined ? null : pick(classes[index]);
  const classTable = addTable<ClassColumn>(
    builder,
    {
      row: classesRow,
      rows: 3,
      totalRow: true,
      headerHeight: 45,
      columns: [
        { key: 'abcClass', header: TEXT.abcClass, style: 'label', cell: ({ index }) => ['A', 'B', 'C'][index] ?? null, total: () => t(TEXT.total) },
        {
          key: 'share',
          header: TEXT.share,
          style: 'input',
          format: 'percent',
          validation: { rule: { kind: 'decimal', min: 0, max: 1 }, strict: true, message: TEXT.shareMessage },
          cell: classInput((c) => c.share),
          total: ({ all }) => formulaCell(`SUM(${all('share')})`),
        },
        { key: 'accounts', header: TEXT.accounts, style: classStyle, format: 'integer', validation: positive, cell: classInput((c) => c.accounts), total: ({ all }) => formulaCell(`SUM(${all('accounts')})`) },
        {
          key: 'classHours',
          header: TEXT.classHours,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`${ref('share')}*${available}`),
          total: ({ all }) => formulaCell(`SUM(${all('classHours')})`),
        },
        {
          key: 'hoursPerAccount',
          header: TEXT.hoursPerAccount,
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(N(${ref('accounts')})<=0,"",${ref('classHours')}/${ref('accounts')})`),
        },
        { key: 'visitHours', header: TEXT.visitHours, style: classStyle, format: 'decimal', validation: positive, cell: classInput((c) => c.visitHours) },
        {
          key: 'visitsPossible',
          header: TEXT.visitsPossible,
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(OR(${ref('hoursPerAccount')}="",N(${ref('visitHours')})<=0),"",${ref('hoursPerAccount')}/${ref('visitHours')})`),
        },
        { key: 'visitsPlanned', header: TEXT.visitsPlanned, style: classStyle, format: 'decimal', validation: positive, cell: classInput((c) => c.visitsPlanned) },
        {
          key: 'hoursNeeded',
          header: TEXT.hoursNeeded,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`N(${ref('accounts')})*N(${ref('visitsPlanned')})*N(${ref('visitHours')})`),
          total: ({ all }) => formulaCell(`SUM(${all('hoursNeeded')})`),
        },
        {
          key: 'gap',
          header: TEXT.gap,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`${ref('classHours')}-${ref('hoursNeeded')}`),
          total: () => formulaCell(`${available}-${layout.classes.totalAddress('hoursNeeded')}`),
        },
        {
          key: 'status',
          header: TEXT.status,
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(${ref('gap')}<-1E-9,"${t(TEXT.over)}","${t(TEXT.ok)}")`),
          total: ({ ref }) => formulaCell(`IF(${ref('gap')}<-1E-9,"${t(TEXT.over)}","${t(TEXT.ok)}")`),
        },
      ],
    },
    language,
  );
  builder.widths([14, 14, 12, 12, 14, 14, 14, 14, 14, 12, 12], 6);

  // Overall check: the shares add up to 100 % and the visits planned fit the team's time.
  const checkRow = layout.checkRow;
  const shareTotal = classTable.totalAddress('share');
  const neededTotal = classTable.totalAddress('hoursNeeded');
  builder.block(checkRow, 1, [
    [
      valueCell(t(TEXT.check)),
      formulaCell(
        `IF(ABS(${shareTotal}-1)>0.0005,"${t(TEXT.sharesOff)}",IF(${neededTotal}>${available}+1E-9,"${t(TEXT.overAll)}","${t(TEXT.fits)}"))`,
      ),
    ],
  ]);
  builder.style(cellRange(checkRow, 1), 'label').style(cellRange(checkRow, 2), 'computed').merge(cellRange(checkRow, 2, 1, 6));
  return builder.build();
}
