/**
 * The SMART objectives / OKR sheet (seeds 003 and 004): objectives with the five SMART criteria
 * checked one by one (Oui / Non), a verdict by formula, each objective tied to a measurable KPI —
 * a value typed, or a cell of the KPI sheet — with its baseline, target, deadline and owner; key
 * results under each objective with their progress; statuses by formula against TODAY().
 *
 * Progress = (current − baseline) ÷ (target − baseline), kept between 0 and 100 %: it works for a
 * target below the baseline (a cost to lower) as for one above; empty when a figure is missing or
 * the target equals the baseline. An objective's progress is the average of its key results' when it
 * has some, else its KPI's own.
 *
 * Verdict: "SMART" when the five criteria are answered Oui — M only with a numeric target and
 * baseline, T only with a deadline — else "À revoir" with the letters missing.
 *
 * Status: "Atteint" at 100 %; past the deadline without it, "En retard"; at 0 % or without a current
 * value, "Non commencé"; else "En cours".
 *
 * The KPI sheet: a KPI cell ("D29") is read from the sheet named in the first table (the KPI sheet's
 * name by default) with INDIRECT, guarded by ISREF(INDIRECT(…)): when the sheet or the cell is absent,
 * or the cell holds no number, the value typed is used — never #REF!.
 */
import { dayFromCivil, excelSerialFromDay } from '../../cells/dates.js';
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange, columnLetters } from '../a1.js';
import { kpiTables } from '../kpi.js';
import { formulaCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { addTable, tableLayout, type ColumnCell, type RowContext, type TableColumn, type TableLayout } from '../table.js';
import { validateOwners } from '../team.js';
import { PALETTE } from '../theme.js';
import type { CellRange, SheetPlan, StyleName } from '../types.js';
import { EXAMPLE_SUFFIX, quoted, section, startGrid } from '../strategy/common.js';

/** Key of the SMART objectives / OKR sheet. */
export const OBJECTIVES_PLAN_KEY = 'objectives';
/** Layout version of the SMART objectives / OKR sheet. */
export const OBJECTIVES_PLAN_VERSION = 1;

/** Statuses of an objective or a key result. */
export const OBJECTIVE_STATUSES = Object.freeze({
  achieved: { fr: 'Atteint', en: 'Achieved' },
  inProgress: { fr: 'En cours', en: 'In progress' },
  late: { fr: 'En retard', en: 'Late' },
  notStarted: { fr: 'Non commencé', en: 'Not started' },
} satisfies Record<string, LocalizedText>);

const YES: LocalizedText = { fr: 'Oui', en: 'Yes' };
const NO: LocalizedText = { fr: 'Non', en: 'No' };
const KPI_SHEET_NAME: LocalizedText = { fr: 'KPI acquisition', en: 'Acquisition KPIs' };

/** Rows of the objectives and of the key results. */
export const OBJECTIVE_ROWS = 6;
export const KEY_RESULT_ROWS = 12;

type LinkKey = 'label' | 'value';
type LandmarkKey = 'kpi' | 'cell' | 'read';
type ObjectiveKey =
  | 'id'
  | 'objective'
  | 'kpi'
  | 'kpiCell'
  | 'baseline'
  | 'target'
  | 'typed'
  | 'current'
  | 'deadline'
  | 'owner'
  | 's'
  | 'm'
  | 'a'
  | 'r'
  | 't'
  | 'verdict'
  | 'progress'
  | 'keyResults'
  | 'keyProgress'
  | 'overall'
  | 'status';
type KeyResultKey = 'objective' | 'keyResult' | 'baseline' | 'target' | 'current' | 'deadline' | 'owner' | 'progress' | 'status';

/** Where the sheet's tables are. */
export interface ObjectivesLayout {
  /** Row 0: the KPI sheet's name (input); row 1: whether it is found. */
  readonly link: TableLayout<LinkKey>;
  readonly landmarks: TableLayout<LandmarkKey>;
  readonly objectives: TableLayout<ObjectiveKey>;
  readonly keyResults: TableLayout<KeyResultKey>;
}

const TEXT = {
  name: { fr: 'Objectifs SMART', en: 'SMART objectives' },
  title: { fr: 'Objectifs SMART et OKR : objectifs, résultats clés, avancement', en: 'SMART objectives and OKRs: objectives, key results, progress' },
  subtitle: {
    fr: 'Chaque objectif est vérifié sur les cinq critères SMART, relié à un KPI mesurable (saisi ou lu dans la feuille KPI) et suivi par ses résultats clés.',
    en: 'Each objective is checked on the five SMART criteria, tied to a measurable KPI (typed or read from the KPI sheet) and followed through its key results.',
  },
  link: { fr: '1. Lien avec la feuille KPI (facultatif)', en: '1. Link with the KPI sheet (optional)' },
  sheetName: { fr: 'Nom de la feuille KPI', en: 'Name of the KPI sheet' },
  found: { fr: 'Feuille KPI trouvée', en: 'KPI sheet found' },
  landmarks: { fr: 'Repères de la feuille KPI (cellules à citer dans « Cellule KPI »)', en: 'Landmarks of the KPI sheet (cells to quote in “KPI cell”)' },
  objectives: { fr: '2. Objectifs (S spécifique, M mesurable, A atteignable, R réaliste, T temporel)', en: '2. Objectives (S specific, M measurable, A achievable, R realistic, T time-bound)' },
  keyResults: { fr: '3. Résultats clés (3 à 5 par objectif)', en: '3. Key results (3 to 5 per objective)' },
  parameter: { fr: 'Paramètre', en: 'Parameter' },
  value: { fr: 'Valeur', en: 'Value' },
  owner: { fr: 'Responsable', en: 'Owner' },
  baseline: { fr: 'Valeur de départ', en: 'Baseline' },
  target: { fr: 'Cible', en: 'Target' },
  current: { fr: 'Valeur actuelle', en: 'Current value' },
  deadline: { fr: 'Échéance', en: 'Deadline' },
  progress: { fr: 'Avancement', en: 'Progress' },
  status: { fr: 'Statut', en: 'Status' },
  review: { fr: 'À revoir : ', en: 'To rework: ' },
  criterionMessage: { fr: 'Oui si le critère est rempli, Non sinon.', en: 'Yes if the criterion is met, No if not.' },
  objectiveMessage: { fr: 'Le numéro d’un objectif du tableau 2.', en: 'The number of an objective of table 2.' },
  numberMessage: { fr: 'Un nombre.', en: 'A number.' },
  dateMessage: { fr: 'Une date.', en: 'A date.' },
} satisfies Record<string, LocalizedText>;

const date = (year: number, month: number, day: number): number => excelSerialFromDay(dayFromCivil(year, month, day));

/** The KPI sheet's landmarks: label and the cell, from the KPI sheet's layout (4 example channels, 5 empty rows). */
function landmarkCells(): readonly { readonly label: LocalizedText; readonly cell: string }[] {
  const { inputs, indicators } = kpiTables(4, 5);
  return [
    { label: { fr: 'CAC total', en: 'Total CAC' }, cell: indicators.totalAddress('cac') },
    { label: { fr: 'Coût par lead total', en: 'Total cost per lead' }, cell: indicators.totalAddress('costPerLead') },
    { label: { fr: 'Conversion lead → client totale', en: 'Total lead → customer conversion' }, cell: indicators.totalAddress('conversion') },
    { label: { fr: 'Leads (total)', en: 'Leads (total)' }, cell: inputs.totalAddress('leads') },
    { label: { fr: 'Nouveaux clients (total)', en: 'New customers (total)' }, cell: inputs.totalAddress('newCustomers') },
  ];
}

/** One example objective. */
interface ExampleObjective {
  readonly objective: LocalizedText;
  readonly kpi: LocalizedText;
  readonly kpiCell: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly typed: number | null;
  readonly deadline: number | null;
  readonly owner: LocalizedText;
  /** S, M, A, R, T: true for Oui. */
  readonly smart: readonly boolean[];
}

const EXAMPLE_OBJECTIVES: readonly ExampleObjective[] = [
  {
    objective: { fr: 'Réduire le coût d’acquisition client de 1 000 € à 800 € d’ici fin juin 2027', en: 'Lower the customer acquisition cost from €1,000 to €800 by the end of June 2027' },
    kpi: { fr: 'CAC total (€)', en: 'Total CAC (€)' },
    kpiCell: landmarkCells()[0]?.cell ?? null,
    baseline: 1_000,
    target: 800,
    typed: 900,
    deadline: date(2027, 6, 30),
    owner: { fr: 'Direction commerciale', en: 'Sales management' },
    smart: [true, true, true, true, true],
  },
  {
    objective: { fr: 'Attribuer 40 leads par semaine à chaque commercial d’ici fin mars 2027', en: 'Give each sales rep 40 leads a week by the end of March 2027' },
    kpi: { fr: 'Leads par commercial et par semaine', en: 'Leads per rep per week' },
    kpiCell: null,
    baseline: 25,
    target: 40,
    typed: 31,
    deadline: date(2027, 3, 31),
    owner: { fr: 'Marketing', en: 'Marketing' },
    smart: [true, true, true, true, true],
  },
  {
    objective: { fr: 'Améliorer notre notoriété', en: 'Improve our brand awareness' },
    kpi: { fr: 'À définir', en: 'To define' },
    kpiCell: null,
    baseline: null,
    target: null,
    typed: null,
    deadline: null,
    owner: { fr: 'Marketing', en: 'Marketing' },
    smart: [false, false, true, true, false],
  },
];

/** Example key results: objective number (1-based), text, baseline, target, current, deadline, owner. */
const EXAMPLE_KEY_RESULTS: readonly { readonly objective: number; readonly keyResult: LocalizedText; readonly baseline: number; readonly target: number; readonly current: number; readonly deadline: number; readonly owner: LocalizedText }[] = [
  { objective: 1, keyResult: { fr: 'Coût par lead ramené de 40 € à 30 €', en: 'Cost per lead down from €40 to €30' }, baseline: 40, target: 30, current: 36, deadline: date(2027, 3, 31), owner: { fr: 'Marketing', en: 'Marketing' } },
  { objective: 1, keyResult: { fr: 'Conversion lead → client de 3 % à 5 %', en: 'Lead → customer conversion from 3% to 5%' }, baseline: 0.03, target: 0.05, current: 0.04, deadline: date(2027, 6, 30), owner: { fr: 'Direction commerciale', en: 'Sales management' } },
  { objective: 2, keyResult: { fr: 'Leads contactés sous 30 minutes : 90 %', en: 'Leads contacted within 30 minutes: 90%' }, baseline: 0.2, target: 0.9, current: 0.9, deadline: date(2027, 1, 31), owner: { fr: 'Direction commerciale', en: 'Sales management' } },
  { objective: 2, keyResult: { fr: 'Formulaires de contact sur 10 pages du site', en: 'Contact forms on 10 pages of the site' }, baseline: 2, target: 10, current: 12, deadline: date(2027, 2, 28), owner: { fr: 'Marketing', en: 'Marketing' } },
  { objective: 3, keyResult: { fr: 'Publier 12 articles sur LinkedIn', en: 'Publish 12 LinkedIn posts' }, baseline: 0, target: 12, current: 0, deadline: date(2026, 6, 30), owner: { fr: 'Marketing', en: 'Marketing' } },
];

const OBJECTIVE_KEYS: readonly ObjectiveKey[] = [
  'id',
  'objective',
  'kpi',
  'kpiCell',
  'baseline',
  'target',
  'typed',
  'current',
  'deadline',
  'owner',
  's',
  'm',
  'a',
  'r',
  't',
  'verdict',
  'progress',
  'keyResults',
  'keyProgress',
  'overall',
  'status',
];
const KEY_RESULT_KEYS: readonly KeyResultKey[] = ['objective', 'keyResult', 'baseline', 'target', 'current', 'deadline', 'owner', 'progress', 'status'];
const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));
const objectiveId = (index: number): string => `O${index + 1}`;

/**
 * The layout of the sheet.
 * @example objectivesLayout().objectives.firstRow // 18
 */
export function objectivesLayout(): ObjectivesLayout {
  const link = tableLayout({ row: 6, rows: 2, columns: keyed<LinkKey>(['label', 'value']) });
  const landmarks = tableLayout({ row: link.lastRow + 2, rows: landmarkCells().length, columns: keyed<LandmarkKey>(['kpi', 'cell', 'read']) });
  const objectives = tableLayout({ row: landmarks.lastRow + 3, rows: OBJECTIVE_ROWS, columns: keyed(OBJECTIVE_KEYS) });
  const keyResults = tableLayout({ row: objectives.lastRow + 3, rows: KEY_RESULT_ROWS, columns: keyed(KEY_RESULT_KEYS) });
  return { link, landmarks, objectives, keyResults };
}

/** What the section builders share. */
interface Context {
  readonly builder: SheetPlanBuilder;
  readonly language: Language;
  readonly layout: ObjectivesLayout;
  readonly t: (text: LocalizedText) => string;
  readonly q: (text: LocalizedText) => string;
  /** A formula text: the quoted sheet prefix of the KPI sheet, "'KPI acquisition'!". */
  readonly prefix: string;
}

/**
 * Builds the SMART objectives / OKR sheet with its example objectives and key results.
 * @param options - the language
 * @returns the plan (key 'objectives') and its layout
 * @example buildObjectives({ language: 'en' }).plan.name // "SMART objectives"
 */
export function buildObjectives(options: { readonly language: Language }): { plan: SheetPlan; layout: ObjectivesLayout } {
  const { language } = options;
  const layout = objectivesLayout();
  const width = OBJECTIVE_KEYS.length;
  const builder = startGrid({ key: OBJECTIVES_PLAN_KEY, version: OBJECTIVES_PLAN_VERSION, ...TEXT }, width, language).tabColor(PALETTE.navy);
  const nameCell = layout.link.address('value', 0, true);
  const context: Context = { builder, language, layout, t: (text) => text[language], q: (text) => quoted(text, language), prefix: `"'"&SUBSTITUTE(${nameCell},"'","''")&"'!"` };
  addLink(context);
  addObjectives(context);
  addKeyResults(context);
  validateOwners(builder, [layout.objectives.range('owner'), layout.keyResults.range('owner')], language);
  builder.widths([28], 1);
  builder.freeze(0, 2).print({ orientation: 'landscape', fitToWidth: true });
  return { plan: builder.build(), layout };
}

/**
 * Builds the SMART objectives / OKR sheet.
 * @example buildObjectivesPlan({ language: 'fr' }).name // "Objectifs SMART"
 */
export function buildObjectivesPlan(options: { readonly language: Language }): SheetPlan {
  return buildObjectives(options).plan;
}

/** A KPI cell's value: read from the KPI sheet when it is there and holds a number, else `otherwise`. */
function kpiValue(cell: string, otherwise: string, prefix: string): string {
  const read = `INDIRECT(${prefix}&${cell})`;
  return `IF(${cell}="",${otherwise},IF(ISREF(${read}),IF(ISNUMBER(${read}),${read},${otherwise}),${otherwise}))`;
}

/** 1. The KPI sheet's name, whether it is found, and the landmarks read from it. */
function addLink({ builder, language, layout, t, q, prefix }: Context): void {
  const { link, landmarks } = layout;
  section(builder, link.headerRow - 1, TEXT.link, 4, language);
  addTable<LinkKey>(
    builder,
    {
      row: link.headerRow,
      rows: 2,
      columns: [
        { key: 'label', header: TEXT.parameter, style: 'label', cell: ({ index }) => t(index === 0 ? TEXT.sheetName : TEXT.found) },
        {
          key: 'value',
          header: TEXT.value,
          width: 34,
          style: (index) => (index === 0 ? 'inputText' : 'computed'),
          format: (index) => (index === 0 ? 'text' : undefined),
          cell: ({ index }) => (index === 0 ? t(KPI_SHEET_NAME) : formulaCell(`IF(ISREF(INDIRECT(${prefix}&"A1")),${q(YES)},${q(NO)})`)),
        },
      ],
    },
    language,
  );
  const cells = landmarkCells();
  builder.block(landmarks.headerRow - 1, 1, [[{ value: t(TEXT.landmarks) }]]).style(cellRange(landmarks.headerRow - 1, 1), 'note');
  addTable<LandmarkKey>(
    builder,
    {
      row: landmarks.headerRow,
      rows: cells.length,
      headerStyle: 'header',
      columns: [
        { key: 'kpi', header: { fr: 'Indicateur', en: 'Indicator' }, style: 'label', cell: ({ index }) => t(cells[index]?.label ?? TEXT.value) },
        { key: 'cell', header: { fr: 'Cellule', en: 'Cell' }, style: 'label', cell: ({ index }) => cells[index]?.cell ?? null },
        { key: 'read', header: { fr: 'Valeur lue', en: 'Value read' }, style: 'computed', format: 'decimal', cell: ({ ref }) => formulaCell(kpiValue(ref('cell'), '""', prefix)) },
      ],
    },
    language,
  );
}

/** A progress: (current − baseline) ÷ (target − baseline) between 0 and 1, or empty. */
function progress(current: string, baseline: string, target: string): string {
  return `IF(OR(NOT(ISNUMBER(${current})),NOT(ISNUMBER(${baseline})),NOT(ISNUMBER(${target}))),"",IF(${target}=${baseline},"",MAX(0,MIN(1,(${current}-${baseline})/(${target}-${baseline})))))`;
}

/** A status from a progress (or empty) and a deadline, for a row whose text is `name`. */
function status(name: string, value: string, deadline: string, q: (text: LocalizedText) => string): string {
  const s = OBJECTIVE_STATUSES;
  const late = `AND(ISNUMBER(${deadline}),TODAY()>${deadline})`;
  return `IF(${name}="","",IF(${value}="",IF(${late},${q(s.late)},${q(s.notStarted)}),IF(${value}>=1,${q(s.achieved)},IF(${late},${q(s.late)},IF(${value}<=0,${q(s.notStarted)},${q(s.inProgress)})))))`;
}

/** The fills of a status column. */
function statusColours(builder: SheetPlanBuilder, range: CellRange, q: (text: LocalizedText) => string): void {
  const first = `$${columnLetters(range.column)}${range.row}`;
  builder.conditional({ kind: 'formula', range, formula: `${first}=${q(OBJECTIVE_STATUSES.achieved)}`, style: { fill: PALETTE.good, bold: true } });
  builder.conditional({ kind: 'formula', range, formula: `${first}=${q(OBJECTIVE_STATUSES.late)}`, style: { fill: PALETTE.bad, bold: true } });
}

/** The SMART verdict of an objective row: the letters not met, or "SMART". */
function verdict(ref: RowContext<ObjectiveKey>['ref'], q: (text: LocalizedText) => string): string {
  const yes = q(YES);
  const missing = [
    `IF(${ref('s')}<>${yes},", S","")`,
    `IF(OR(${ref('m')}<>${yes},NOT(ISNUMBER(${ref('target')})),NOT(ISNUMBER(${ref('baseline')}))),", M","")`,
    `IF(${ref('a')}<>${yes},", A","")`,
    `IF(${ref('r')}<>${yes},", R","")`,
    `IF(OR(${ref('t')}<>${yes},NOT(ISNUMBER(${ref('deadline')}))),", T","")`,
  ].join('&');
  return `IF(${ref('objective')}="","",IF(${missing}="","SMART",${q(TEXT.review)}&MID(${missing},3,20)))`;
}

/** 2. The objectives: SMART criteria, KPI (typed or read), progress, key results and status. */
function addObjectives(context: Context): void {
  const { builder, language, layout, t, q, prefix } = context;
  const { objectives, keyResults } = layout;
  section(builder, objectives.headerRow - 1, TEXT.objectives, OBJECTIVE_KEYS.length, language);
  const style = (index: number): StyleName => (index < EXAMPLE_OBJECTIVES.length ? 'example' : 'input');
  const example = (pick: (objective: ExampleObjective) => ColumnCell) => ({ index }: { index: number }): ColumnCell => {
    const objective = EXAMPLE_OBJECTIVES[index];
    return objective === undefined ? null : pick(objective);
  };
  const number = { rule: { kind: 'decimal', min: -1e12, max: 1e12 }, message: TEXT.numberMessage } as const;
  const criterion = (key: 's' | 'm' | 'a' | 'r' | 't', j: number): TableColumn<ObjectiveKey> => ({
    key,
    header: key.toUpperCase(),
    width: 6,
    style,
    validation: { rule: { kind: 'list', values: [t(YES), t(NO)] }, strict: true, message: TEXT.criterionMessage },
    cell: example((o) => t(o.smart[j] === true ? YES : NO)),
  });
  const kr = (key: KeyResultKey): string => keyResults.all(key);
  addTable<ObjectiveKey>(
    builder,
    {
      row: objectives.headerRow,
      rows: OBJECTIVE_ROWS,
      headerHeight: 45,
      columns: [
        { key: 'id', header: 'N°', style: 'label', cell: ({ index }) => objectiveId(index) },
        { key: 'objective', header: { fr: 'Objectif', en: 'Objective' }, width: 44, style: (i) => (i < EXAMPLE_OBJECTIVES.length ? 'exampleText' : 'inputText'), cell: example((o) => `${t(o.objective)}${t(EXAMPLE_SUFFIX)}`) },
        { key: 'kpi', header: { fr: 'KPI mesuré', en: 'KPI measured' }, width: 22, style, cell: example((o) => t(o.kpi)) },
        { key: 'kpiCell', header: { fr: 'Cellule KPI (facultatif)', en: 'KPI cell (optional)' }, width: 11, style, format: 'text', cell: example((o) => o.kpiCell) },
        { key: 'baseline', header: TEXT.baseline, width: 11, style, format: 'decimal', validation: number, cell: example((o) => o.baseline) },
        { key: 'target', header: TEXT.target, width: 11, style, format: 'decimal', validation: number, cell: example((o) => o.target) },
        { key: 'typed', header: { fr: 'Valeur actuelle saisie', en: 'Current value typed' }, width: 11, style, format: 'decimal', validation: number, cell: example((o) => o.typed) },
        {
          key: 'current',
          header: { fr: 'Valeur actuelle retenue', en: 'Current value used' },
          width: 11,
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(kpiValue(ref('kpiCell'), `IF(ISNUMBER(${ref('typed')}),${ref('typed')},"")`, prefix)),
        },
        { key: 'deadline', header: TEXT.deadline, width: 12, style, format: 'date', validation: { rule: { kind: 'date' }, message: TEXT.dateMessage }, cell: example((o) => o.deadline) },
        { key: 'owner', header: TEXT.owner, width: 18, style, cell: example((o) => t(o.owner)) },
        criterion('s', 0),
        criterion('m', 1),
        criterion('a', 2),
        criterion('r', 3),
        criterion('t', 4),
        { key: 'verdict', header: { fr: 'Verdict SMART', en: 'SMART verdict' }, width: 16, style: 'computed', cell: ({ ref }) => formulaCell(verdict(ref, q)) },
        { key: 'progress', header: { fr: 'Avancement du KPI', en: 'KPI progress' }, width: 11, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(progress(ref('current'), ref('baseline'), ref('target'))) },
        {
          key: 'keyResults',
          header: { fr: 'Résultats clés', en: 'Key results' },
          width: 9,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`SUMPRODUCT((${kr('objective')}=${ref('id')})*(${kr('keyResult')}<>""))`),
        },
        {
          key: 'keyProgress',
          header: { fr: 'Avancement moyen des résultats clés', en: 'Average progress of the key results' },
          width: 12,
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => formulaCell(`IF(COUNTIFS(${kr('objective')},${ref('id')},${kr('progress')},">=0")=0,"",SUMIF(${kr('objective')},${ref('id')},${kr('progress')})/COUNTIFS(${kr('objective')},${ref('id')},${kr('progress')},">=0"))`),
        },
        { key: 'overall', header: { fr: 'Avancement retenu', en: 'Progress used' }, width: 11, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`IF(${ref('keyProgress')}="",${ref('progress')},${ref('keyProgress')})`) },
        { key: 'status', header: TEXT.status, width: 13, style: 'computed', cell: ({ ref }) => formulaCell(status(ref('objective'), ref('overall'), ref('deadline'), q)) },
      ],
    },
    language,
  );
  statusColours(builder, objectives.range('status'), q);
  const verdictRange = objectives.range('verdict');
  builder.conditional({ kind: 'formula', range: verdictRange, formula: `$${objectives.letter('verdict')}${objectives.firstRow}="SMART"`, style: { fill: PALETTE.good, bold: true } });
}

/** 3. The key results: each under an objective by its number, with its progress and status. */
function addKeyResults({ builder, language, layout, t, q }: Context): void {
  const { objectives, keyResults } = layout;
  section(builder, keyResults.headerRow - 1, TEXT.keyResults, KEY_RESULT_KEYS.length, language);
  const style = (index: number): StyleName => (index < EXAMPLE_KEY_RESULTS.length ? 'example' : 'input');
  const example = (pick: (keyResult: (typeof EXAMPLE_KEY_RESULTS)[number]) => ColumnCell) => ({ index }: { index: number }): ColumnCell => {
    const keyResult = EXAMPLE_KEY_RESULTS[index];
    return keyResult === undefined ? null : pick(keyResult);
  };
  const number = { rule: { kind: 'decimal', min: -1e12, max: 1e12 }, message: TEXT.numberMessage } as const;
  addTable<KeyResultKey>(
    builder,
    {
      row: keyResults.headerRow,
      rows: KEY_RESULT_ROWS,
      headerHeight: 32,
      columns: [
        {
          key: 'objective',
          header: { fr: 'Objectif n°', en: 'Objective no.' },
          style,
          validation: { rule: { kind: 'listFromRange', source: objectives.all('id') }, strict: true, message: TEXT.objectiveMessage },
          cell: example((k) => objectiveId(k.objective - 1)),
        },
        { key: 'keyResult', header: { fr: 'Résultat clé', en: 'Key result' }, style: (i) => (i < EXAMPLE_KEY_RESULTS.length ? 'exampleText' : 'inputText'), cell: example((k) => `${t(k.keyResult)}${t(EXAMPLE_SUFFIX)}`) },
        { key: 'baseline', header: TEXT.baseline, style, format: 'decimal', validation: number, cell: example((k) => k.baseline) },
        { key: 'target', header: TEXT.target, style, format: 'decimal', validation: number, cell: example((k) => k.target) },
        { key: 'current', header: TEXT.current, style, format: 'decimal', validation: number, cell: example((k) => k.current) },
        { key: 'deadline', header: TEXT.deadline, style, format: 'date', validation: { rule: { kind: 'date' }, message: TEXT.dateMessage }, cell: example((k) => k.deadline) },
        { key: 'owner', header: TEXT.owner, style, cell: example((k) => t(k.owner)) },
        { key: 'progress', header: TEXT.progress, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`IF(${ref('keyResult')}="","",${progress(ref('current'), ref('baseline'), ref('target'))})`) },
        { key: 'status', header: TEXT.status, style: 'computed', cell: ({ ref }) => formulaCell(status(ref('keyResult'), ref('progress'), ref('deadline'), q)) },
      ],
    },
    language,
  );
  statusColours(builder, keyResults.range('status'), q);
}
