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
 *
 * The accounts of a class come from an ABC sheet of the workbook when there is one: section 3 holds
 * the name of that sheet (the ABC segmentation's name by default) and the letter of its class column
 * (G); when `ISREF(INDIRECT(…))` finds the sheet, the accounts used are the COUNTIF of "A", "B" and
 * "C" in that column, else (no such sheet, or its name cleared) the accounts typed in the table. No
 * formula shows #REF! when the ABC sheet is absent.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { ABC_SHEET_NAME, abcTables } from '../abc.js';
import { cellAddress, cellRange } from '../a1.js';
import { formulaCell, SheetPlanBuilder, valueCell } from '../sheet-builder.js';
import { addTable, tableLayout as tableLayoutOf, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan } from '../types.js';

/** Key of the time-allocation sheet. */
export const TIME_ALLOCATION_PLAN_KEY = 'time_allocation';
/** Layout version of the time-allocation sheet. */
export const TIME_ALLOCATION_PLAN_VERSION = 2;
/** Name of the team's selling hours per year (the reps table's total). */
export const TIME_ALLOCATION_HOURS_NAME = 'time_allocation_hours';

/** Columns of the reps table. */
export type RepColumn = 'owner' | 'days' | 'hoursPerDay' | 'fieldShare' | 'hours';
/** Columns of the class table. */
export type ClassColumn = 'abcClass' | 'share' | 'accounts' | 'abcAccounts' | 'accountsUsed' | 'classHours' | 'hoursPerAccount' | 'visitHours' | 'visitsPossible' | 'visitsPlanned' | 'hoursNeeded' | 'gap' | 'status';

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
  /** Rows of the ABC source (labels in A–C, values in D): sheet name, class column, sheet found (Oui/Non, Yes/No). */
  readonly abcNameRow: number;
  readonly abcColumnRow: number;
  readonly abcFoundRow: number;
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
  accounts: { fr: 'Comptes (saisis)', en: 'Accounts (typed)' },
  abcAccounts: { fr: 'Comptes de la feuille ABC', en: 'Accounts in the ABC sheet' },
  accountsUsed: { fr: 'Comptes retenus', en: 'Accounts used' },
  source: {
    fr: '3. Comptes lus dans une feuille ABC du classeur (effacez le nom pour utiliser les comptes saisis)',
    en: '3. Accounts read from an ABC sheet of the workbook (clear the name to use the accounts typed)',
  },
  abcName: { fr: 'Nom de la feuille ABC', en: 'Name of the ABC sheet' },
  abcColumn: { fr: 'Colonne des classes (lettre)', en: 'Column of the classes (letter)' },
  abcFound: { fr: 'Feuille ABC trouvée', en: 'ABC sheet found' },
  yes: { fr: 'Oui', en: 'Yes' },
  no: { fr: 'Non', en: 'No' },
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
  const checkRow = (classes.totalRow ?? classes.lastRow) + 2;
  return { reps, classes, checkRow, abcNameRow: checkRow + 3, abcColumnRow: checkRow + 4, abcFoundRow: checkRow + 5 };
}

const REP_KEYS: readonly RepColumn[] = ['owner', 'days', 'hoursPerDay', 'fieldShare', 'hours'];
const CLASS_KEYS: readonly ClassColumn[] = [
  'abcClass',
  'share',
  'accounts',
  'abcAccounts',
  'accountsUsed',
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
  const abc = abcSource(layout, language);
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
          key: 'abcAccounts',
          header: TEXT.abcAccounts,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(abc.count(ref('abcClass'))),
          total: ({ all }) => formulaCell(`IF(COUNT(${all('abcAccounts')})=0,"",SUM(${all('abcAccounts')}))`),
        },
        {
          key: 'accountsUsed',
          header: TEXT.accountsUsed,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`IF(${ref('abcAccounts')}="",N(${ref('accounts')}),${ref('abcAccounts')})`),
          total: ({ all }) => formulaCell(`SUM(${all('accountsUsed')})`),
        },
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
          cell: ({ ref }) => formulaCell(`IF(N(${ref('accountsUsed')})<=0,"",${ref('classHours')}/${ref('accountsUsed')})`),
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
          cell: ({ ref }) => formulaCell(`N(${ref('accountsUsed')})*N(${ref('visitsPlanned')})*N(${ref('visitHours')})`),
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
  builder.widths([14, 14, 12, 14, 12, 12, 14, 14, 14, 14, 14, 12, 12], 6);

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
  addAbcSource(builder, layout, language, abc);
  return builder.build();
}

/** The formulas that read the ABC sheet named in section 3. */
interface AbcSource {
  /** The accounts of the class written in `classCell`, or "" when the sheet is not found. */
  readonly count: (classCell: string) => string;
  /** The formula of the "found" cell. */
  readonly foundCell: string;
}

function abcSource(layout: TimeAllocationLayout, language: Language): AbcSource {
  const name = cellAddress(layout.abcNameRow, SOURCE_VALUE_COLUMN, { absolute: true });
  const column = cellAddress(layout.abcColumnRow, SOURCE_VALUE_COLUMN, { absolute: true });
  const found = cellAddress(layout.abcFoundRow, SOURCE_VALUE_COLUMN, { absolute: true });
  const sheet = `"'"&SUBSTITUTE(${name},"'","''")&"'!`;
  const yes = TEXT.yes[language];
  return {
    count: (classCell) => `IF(${found}="${yes}",IFERROR(COUNTIF(INDIRECT(${sheet}"&${column}&":"&${column}),${classCell}),""),"")`,
    foundCell: `IF(${name}="","${TEXT.no[language]}",IF(ISREF(INDIRECT(${sheet}A1")),"${yes}","${TEXT.no[language]}"))`,
  };
}

/** Column of the values of section 3 (D): its labels are merged over A–C. */
const SOURCE_VALUE_COLUMN = 4;

/** 3. The ABC sheet the accounts are read from: its name and class column (inputs), and whether it is found. */
function addAbcSource(builder: SheetPlanBuilder, layout: TimeAllocationLayout, language: Language, abc: AbcSource): void {
  const t = (text: LocalizedText): string => text[language];
  const { abcNameRow, abcFoundRow } = layout;
  builder.block(abcNameRow - 1, 1, [[valueCell(t(TEXT.source))]]).style(cellRange(abcNameRow - 1, 1, 1, CLASS_KEYS.length), 'section');
  const classLetter = abcTables(1).items.letter('abcClass');
  const rows: [LocalizedText, ReturnType<typeof valueCell>][] = [
    [TEXT.abcName, valueCell(ABC_SHEET_NAME[language])],
    [TEXT.abcColumn, valueCell(classLetter)],
    [TEXT.abcFound, formulaCell(abc.foundCell)],
  ];
  builder.block(
    abcNameRow,
    1,
    rows.map(([label, value]) => [valueCell(t(label)), valueCell(null), valueCell(null), value]),
  );
  rows.forEach((_row, i) => builder.merge(cellRange(abcNameRow + i, 1, 1, SOURCE_VALUE_COLUMN - 1)));
  builder
    .style(cellRange(abcNameRow, 1, 3, SOURCE_VALUE_COLUMN - 1), 'label')
    .style(cellRange(abcNameRow, SOURCE_VALUE_COLUMN, 2), 'input')
    .format(cellRange(abcNameRow, SOURCE_VALUE_COLUMN, 2), 'text')
    .style(cellRange(abcFoundRow, SOURCE_VALUE_COLUMN), 'computed');
}
