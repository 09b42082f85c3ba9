/**
 * The weighted-criteria ABC sheet (the method of the commercial-model guide, seed 001): the user sets
 * criteria and their weights, gives each account a score per criterion, and the sheet computes the
 * weighted score, the rank and the class — A for the first share of accounts by rank, B up to a second
 * share, C beyond, by the crossing rule of the ABC sheet: an account is A when the share of accounts
 * ranked before it, (rank − 1) ÷ accounts, is below share A — so the best account is always A, however
 * few the accounts. Every computed cell is a live formula.
 *
 * Ties: accounts with the same weighted score share the best rank (RANK), so they always get the same
 * class.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { cellRange, columnLetters } from './a1.js';
import { formulaCell, SheetPlanBuilder } from './sheet-builder.js';
import { addNote, addSection, addTable, highlightClasses, tableLayout, type RowContext, type TableColumn, type TableLayout } from './table.js';
import { COLOR_SCALE, PALETTE } from './theme.js';
import type { SheetPlan } from './types.js';

/** Key of the weighted ABC sheet. */
export const WEIGHTED_ABC_PLAN_KEY = 'abc.weighted';
/** Layout version of the weighted ABC sheet. */
export const WEIGHTED_ABC_PLAN_VERSION = 1;
/** Names of the class shares: A when (rank − 1) ÷ accounts < share A, B when < share B. */
export const WEIGHTED_ABC_SHARE_NAMES = Object.freeze({ a: 'abc_weighted_share_a', b: 'abc_weighted_share_b' });

/** One criterion and its weight (any positive scale: points, percent). */
export interface WeightedCriterion {
  readonly name: string;
  readonly weight: number;
}

/** Options of {@link buildWeightedAbcPlan}. */
export interface WeightedAbcPlanOptions {
  readonly language: Language;
  /** The criteria; default the five criteria of the guide with example weights. */
  readonly criteria?: readonly WeightedCriterion[];
  /** The accounts; when absent, ten example accounts with example scores, clearly marked. */
  readonly accounts?: readonly string[];
  /** Scores per account (rows) and criterion (columns), null for a score not given yet. */
  readonly scores?: readonly (readonly (number | null)[])[];
  /** Shares of accounts by rank, default A ≤ 20 %, A + B ≤ 50 %. */
  readonly shares?: { readonly a: number; readonly b: number };
  /** Highest score of the scale, default 5 (scores from 0 to 5). */
  readonly maxScore?: number;
  /** Empty rows left for more accounts, default 10 with the examples, 0 otherwise. */
  readonly emptyRows?: number;
}

/** Where the weighted ABC sheet puts its tables (1-based). */
export interface WeightedAbcLayout {
  readonly firstCriterionRow: number;
  /** Header row of the score table; the weights row is below it, accounts below that. */
  readonly scoreHeaderRow: number;
  readonly weightsRow: number;
  readonly firstAccountRow: number;
  readonly lastAccountRow: number;
  /** Columns of the weighted score, rank, rank share and class. */
  readonly scoreColumn: number;
  readonly rankColumn: number;
  readonly rankShareColumn: number;
  readonly classColumn: number;
  /** First row of the class summary (A, B, C, Total), columns E–H. */
  readonly firstSummaryRow: number;
}

const TEXT = {
  name: { fr: 'ABC multicritère', en: 'Weighted ABC' },
  title: { fr: 'Segmentation ABC multicritère (poids et potentiel)', en: 'Weighted-criteria ABC segmentation (weight and potential)' },
  subtitle: {
    fr: 'Notez chaque compte sur chaque critère : le score pondéré classe les comptes, A pour les premiers, puis B, puis C.',
    en: 'Score each account on each criterion: the weighted score ranks the accounts, A for the first ones, then B, then C.',
  },
  note: {
    fr: 'Cellules jaunes : à saisir · orange : exemples à remplacer · grises : calculées. Des comptes à égalité de score partagent le même rang et la même classe.',
    en: 'Yellow cells: to fill in · orange: examples to replace · grey: computed. Accounts with equal scores share one rank and one class.',
  },
  criteria: { fr: '1. Critères et pondération', en: '1. Criteria and weights' },
  criterion: { fr: 'Critère', en: 'Criterion' },
  weight: { fr: 'Poids', en: 'Weight' },
  relativeWeight: { fr: 'Poids relatif', en: 'Relative weight' },
  total: { fr: 'Total', en: 'Total' },
  parameters: { fr: '2. Répartition des comptes', en: '2. Split of the accounts' },
  shareA: { fr: 'Comptes A : part des comptes à atteindre (le meilleur toujours A)', en: 'A accounts: share of accounts to reach (the best always A)' },
  shareB: { fr: 'Comptes A + B : part à atteindre', en: 'A + B accounts: share to reach' },
  shareMessage: { fr: 'Un pourcentage entre 0 et 100 %.', en: 'A percentage from 0 to 100%.' },
  summary: { fr: 'Synthèse par classe', en: 'Summary per class' },
  abcClass: { fr: 'Classe', en: 'Class' },
  accounts: { fr: 'Comptes', en: 'Accounts' },
  accountShare: { fr: '% des comptes', en: '% of accounts' },
  averageScore: { fr: 'Score moyen', en: 'Average score' },
  scores: { fr: '3. Notes par compte', en: '3. Scores per account' },
  account: { fr: 'Compte', en: 'Account' },
  weightedScore: { fr: 'Score pondéré', en: 'Weighted score' },
  rank: { fr: 'Rang', en: 'Rank' },
  rankShare: { fr: 'Rang ÷ comptes', en: 'Rank ÷ accounts' },
  example: { fr: ' (exemple)', en: ' (example)' },
  scoreMessage: { fr: 'Une note entière de 0 à {max}.', en: 'A whole score from 0 to {max}.' },
} satisfies Record<string, LocalizedText>;

/** The criteria of the guide (seed 001): current weight and development potential of an account. */
const DEFAULT_CRITERIA: readonly { readonly name: LocalizedText; readonly weight: number }[] = [
  { name: { fr: "Évolution du chiffre d’affaires sur 3 ans", en: 'Revenue growth over 3 years' }, weight: 30 },
  { name: { fr: 'Nombre de salariés', en: 'Number of employees' }, weight: 20 },
  { name: { fr: "Secteur d’activité", en: 'Business sector' }, weight: 15 },
  { name: { fr: "Types d’achats déjà réalisés", en: 'Kinds of purchases already made' }, weight: 15 },
  { name: { fr: "Autonomie dans la décision d’achat", en: 'Autonomy in the purchase decision' }, weight: 20 },
];

/** Example accounts with example scores on the five default criteria. */
const EXAMPLE_ACCOUNTS: readonly { readonly name: string; readonly scores: readonly number[] }[] = [
  { name: 'Alpha Industrie', scores: [5, 4, 4, 3, 5] },
  { name: 'Bâti Conseil', scores: [3, 2, 3, 2, 4] },
  { name: 'Cèdre Distribution', scores: [4, 5, 3, 4, 2] },
  { name: 'Delta Services', scores: [1, 2, 2, 1, 3] },
  { name: 'Élan Médical', scores: [5, 3, 5, 4, 4] },
  { name: 'Forge & Fils', scores: [2, 1, 2, 3, 1] },
  { name: 'Gamma Logistique', scores: [3, 4, 3, 3, 3] },
  { name: 'Horizon Bois', scores: [2, 3, 1, 2, 2] },
  { name: 'Iris Cosmétiques', scores: [4, 2, 4, 5, 3] },
  { name: 'Jade Textile', scores: [1, 1, 2, 1, 2] },
];

const FIRST_CRITERION_ROW = 7;
const PANEL = 5; // column E: parameters and summary beside the criteria
const CLASSES = ['A', 'B', 'C'] as const;

/** A criterion's column in the score table: c0, c1 … */
type CriterionKey = `c${number}`;
/** Columns of the score table (and of its weights row). */
export type WeightedScoreKey = 'account' | CriterionKey | 'score' | 'rank' | 'rankShare' | 'abcClass';

/** The tables of a weighted ABC sheet, by column key. */
export interface WeightedAbcTables {
  /** Criterion, weight, relative weight; a total row. */
  readonly criteria: TableLayout<'criterion' | 'weight' | 'relativeWeight'>;
  /** The two class shares (label over three merged columns, share). */
  readonly shares: TableLayout<'label' | 'pad1' | 'pad2' | 'share'>;
  /** A, B, C and a total row. */
  readonly summary: TableLayout<'abcClass' | 'accounts' | 'accountShare' | 'averageScore'>;
  /** The score table's header and its weights row (the one data row). */
  readonly weights: TableLayout<WeightedScoreKey>;
  /** One row per account, under the weights row. */
  readonly accounts: TableLayout<WeightedScoreKey>;
}

const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));
const criterionKeys = (count: number): CriterionKey[] => Array.from({ length: count }, (_, j): CriterionKey => `c${j}`);
const scoreKeys = (count: number): WeightedScoreKey[] => ['account', ...criterionKeys(count), 'score', 'rank', 'rankShare', 'abcClass'];

/**
 * The tables of a weighted ABC sheet.
 * @param criterionCount - number of criteria
 * @param accountRows - account rows (accounts + empty rows)
 * @example weightedAbcTables(5, 20).accounts.address('abcClass', 0) // "J22"
 */
export function weightedAbcTables(criterionCount: number, accountRows: number): WeightedAbcTables {
  const criteriaEnd = FIRST_CRITERION_ROW + criterionCount; // the total row
  const panelEnd = 15; // the summary's total row
  const scoreHeaderRow = Math.max(criteriaEnd, panelEnd) + 3;
  return {
    criteria: tableLayout({ row: FIRST_CRITERION_ROW - 1, rows: criterionCount, totalRow: true, columns: keyed(['criterion', 'weight', 'relativeWeight'] as const) }),
    shares: tableLayout({ row: 6, column: PANEL, rows: 2, noHeader: true, columns: keyed(['label', 'pad1', 'pad2', 'share'] as const) }),
    summary: tableLayout({ row: 11, column: PANEL, rows: CLASSES.length, totalRow: true, columns: keyed(['abcClass', 'accounts', 'accountShare', 'averageScore'] as const) }),
    weights: tableLayout({ row: scoreHeaderRow, rows: 1, columns: keyed(scoreKeys(criterionCount)) }),
    accounts: tableLayout({ row: scoreHeaderRow + 2, rows: accountRows, noHeader: true, columns: keyed(scoreKeys(criterionCount)) }),
  };
}

/**
 * The layout of a weighted ABC sheet.
 * @param criterionCount - number of criteria
 * @param accountRows - account rows (accounts + empty rows)
 * @returns the rows and columns of each table
 * @example weightedAbcLayout(5, 20).firstAccountRow // 22
 */
export function weightedAbcLayout(criterionCount: number, accountRows: number): WeightedAbcLayout {
  const { weights, accounts, summary } = weightedAbcTables(criterionCount, accountRows);
  return {
    firstCriterionRow: FIRST_CRITERION_ROW,
    scoreHeaderRow: weights.headerRow,
    weightsRow: weights.firstRow,
    firstAccountRow: accounts.firstRow,
    lastAccountRow: accounts.lastRow,
    scoreColumn: accounts.column('score'),
    rankColumn: accounts.column('rank'),
    rankShareColumn: accounts.column('rankShare'),
    classColumn: accounts.column('abcClass'),
    firstSummaryRow: summary.firstRow,
  };
}

/** What the parts of the sheet share. */
interface WeightedContext {
  readonly builder: SheetPlanBuilder;
  readonly language: Language;
  readonly t: (text: LocalizedText) => string;
  readonly tables: WeightedAbcTables;
  readonly criteria: readonly WeightedCriterion[];
  /** The criteria are the guide's examples. */
  readonly exampleCriteria: boolean;
}

/**
 * Builds the weighted-criteria ABC sheet.
 * @param options - language, criteria, accounts and scores (or the examples), class shares, scale
 * @returns the sheet plan (key 'abc.weighted')
 * @example buildWeightedAbcPlan({ language: 'fr' }).name // "ABC multicritère"
 */
export function buildWeightedAbcPlan(options: WeightedAbcPlanOptions): SheetPlan {
  const language = options.language;
  const t = (text: LocalizedText): string => text[language];
  const examples = options.accounts === undefined;
  const criteria: readonly WeightedCriterion[] =
    options.criteria ?? DEFAULT_CRITERIA.map((criterion) => ({ name: t(criterion.name), weight: criterion.weight }));
  const accounts = options.accounts ?? EXAMPLE_ACCOUNTS.map((account) => `${account.name}${t(TEXT.example)}`);
  const scores = options.scores ?? (examples && options.criteria === undefined ? EXAMPLE_ACCOUNTS.map((account) => account.scores) : []);
  const emptyRows = Math.max(0, Math.floor(options.emptyRows ?? (examples ? 10 : 0)));
  const c = criteria.length;
  const tables = weightedAbcTables(c, Math.max(1, accounts.length + emptyRows));
  const width = Math.max(tables.accounts.column('abcClass'), PANEL + 3);
  const builder = new SheetPlanBuilder({ key: WEIGHTED_ABC_PLAN_KEY, version: WEIGHTED_ABC_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), width, t(TEXT.subtitle))
    .tabColor(PALETTE.navy)
    .freeze(0, 1)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: tables.weights.headerRow, last: tables.weights.firstRow } });
  addNote(builder, 3, t(TEXT.note), width);
  const context: WeightedContext = { builder, language, t, tables, criteria, exampleCriteria: examples && options.criteria === undefined };
  addCriteria(context);
  addShares(context, options.shares ?? { a: 0.2, b: 0.5 });
  addClassSummary(context);
  addScores(context, { accounts, scores, examples, maxScore: options.maxScore ?? 5 });
  return builder.build();
}

/** 1. The criteria and their weights, each weight's share of the total. */
function addCriteria({ builder, language, t, tables, criteria, exampleCriteria }: WeightedContext): void {
  addSection(builder, tables.criteria.headerRow - 1, 1, 3, t(TEXT.criteria));
  const style = exampleCriteria ? 'example' : 'input';
  const weights = tables.criteria.all('weight');
  addTable(
    builder,
    {
      row: tables.criteria.headerRow,
      rows: criteria.length,
      totalRow: true,
      columns: [
        { key: 'criterion', header: TEXT.criterion, style, cell: ({ index }) => criteria[index]?.name ?? null, total: () => t(TEXT.total) },
        {
          key: 'weight',
          header: TEXT.weight,
          style,
          validation: { rule: { kind: 'decimal', min: 0, max: 1e6 } },
          cell: ({ index }) => criteria[index]?.weight ?? null,
          total: () => formulaCell(`SUM(${weights})`),
        },
        {
          key: 'relativeWeight',
          header: TEXT.relativeWeight,
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => formulaCell(`IF(SUM(${weights})=0,"",${ref('weight')}/SUM(${weights}))`),
          total: ({ range }) => formulaCell(`SUM(${range('relativeWeight')})`),
        },
      ],
    },
    language,
  );
}

/** 2. The class shares the user edits, named, beside the criteria. */
function addShares({ builder, language, t, tables }: WeightedContext, shares: { readonly a: number; readonly b: number }): void {
  const { shares: layout } = tables;
  addSection(builder, layout.firstRow - 1, PANEL, 4, t(TEXT.parameters));
  const labels = [t(TEXT.shareA), t(TEXT.shareB)];
  const values = [shares.a, shares.b];
  const pad = { header: '', style: 'label', cell: () => null } as const;
  addTable(
    builder,
    {
      row: layout.firstRow,
      column: PANEL,
      rows: 2,
      noHeader: true,
      columns: [
        { key: 'label', header: '', style: 'label', cell: ({ index }) => labels[index] ?? null },
        { key: 'pad1', ...pad },
        { key: 'pad2', ...pad },
        {
          key: 'share',
          header: '',
          style: 'input',
          format: 'percent',
          validation: { rule: { kind: 'decimal', min: 0, max: 1 }, strict: true, message: TEXT.shareMessage },
          cell: ({ index }) => values[index] ?? null,
        },
      ],
    },
    language,
  );
  for (let i = 0; i < 2; i++) builder.merge(cellRange(layout.firstRow + i, PANEL, 1, 3));
  builder.name(WEIGHTED_ABC_SHARE_NAMES.a, cellRange(layout.firstRow, layout.column('share'))).name(WEIGHTED_ABC_SHARE_NAMES.b, cellRange(layout.lastRow, layout.column('share')));
}

/** The accounts, their share and average score per class. */
function addClassSummary({ builder, language, t, tables }: WeightedContext): void {
  const { summary, accounts } = tables;
  addSection(builder, summary.headerRow - 1, PANEL, 4, t(TEXT.summary));
  const classes = accounts.all('abcClass');
  const scores = accounts.all('score');
  const table = addTable(
    builder,
    {
      row: summary.headerRow,
      column: PANEL,
      rows: CLASSES.length,
      totalRow: true,
      headerHeight: 30,
      columns: [
        { key: 'abcClass', header: TEXT.abcClass, style: 'label', cell: ({ index }) => CLASSES[index] ?? null, total: () => t(TEXT.total) },
        {
          key: 'accounts',
          header: TEXT.accounts,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`COUNTIF(${classes},${ref('abcClass')})`),
          total: ({ range }) => formulaCell(`SUM(${range('accounts')})`),
        },
        {
          key: 'accountShare',
          header: TEXT.accountShare,
          style: 'computed',
          format: 'percent',
          cell: ({ ref, totalRef }) => formulaCell(`IF(${totalRef('accounts')}=0,"",${ref('accounts')}/${totalRef('accounts')})`),
          total: ({ ref }) => formulaCell(`IF(${ref('accounts')}=0,"",1)`),
        },
        {
          key: 'averageScore',
          header: TEXT.averageScore,
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(${ref('accounts')}=0,"",AVERAGEIF(${classes},${ref('abcClass')},${scores}))`),
          total: ({ ref }) => formulaCell(`IF(${ref('accounts')}=0,"",AVERAGE(${scores}))`),
        },
      ],
    },
    language,
  );
  highlightClasses(builder, table.range('abcClass'));
}

/** The accounts to score, as given or the examples. */
interface ScoreInput {
  readonly accounts: readonly string[];
  readonly scores: readonly (readonly (number | null)[])[];
  readonly examples: boolean;
  readonly maxScore: number;
}

/**
 * 3. Scores: criterion names and weights read from the criteria table, so editing it moves
 * everything; each account's weighted score, rank, rank share and class.
 */
function addScores(context: WeightedContext, input: ScoreInput): void {
  const { builder, language, t, tables, criteria } = context;
  const { weights, accounts: layout } = tables;
  const keys = criterionKeys(criteria.length);
  const classColumn = layout.column('abcClass');
  addSection(builder, weights.headerRow - 1, 1, classColumn, `${t(TEXT.scores)} (0–${input.maxScore})`);
  const grid = cellRange(layout.firstRow, layout.column('account') + 1, layout.rowCount, keys.length);
  const weightsRow = `$${columnLetters(grid.column)}$${weights.firstRow}:$${columnLetters(grid.column + grid.columnCount - 1)}$${weights.firstRow}`;
  const computed = scoreColumns(weightsRow, layout);
  addTable(
    builder,
    {
      row: weights.headerRow,
      rows: 1,
      headerHeight: 45,
      columns: [
        { key: 'account', header: TEXT.account, width: 34, style: 'label', cell: () => t(TEXT.weight) },
        ...keys.map((key, j) => ({
          key,
          header: { formula: tables.criteria.address('criterion', j, true) },
          width: 15,
          style: 'label' as const,
          cell: () => formulaCell(tables.criteria.address('weight', j, true)),
        })),
        // The weights row has no weight under the computed columns.
        ...computed.map(({ key, header, width }): TableColumn<WeightedScoreKey> => ({ key, header, ...(width === undefined ? {} : { width }), style: 'label', cell: () => null })),
      ],
    },
    language,
  );
  addAccountRows(context, input, computed);
  builder.conditional({ kind: 'colorScale', range: grid, minColor: COLOR_SCALE.low, midColor: COLOR_SCALE.middle, maxColor: COLOR_SCALE.high });
  highlightClasses(builder, layout.range('abcClass'));
}

/** The computed columns of the score table: weighted score, rank, rank share, class. */
function scoreColumns(weightsRow: string, layout: TableLayout<WeightedScoreKey>): TableColumn<WeightedScoreKey>[] {
  const scores = layout.all('score');
  const { a, b } = WEIGHTED_ABC_SHARE_NAMES;
  return [
    {
      key: 'score',
      header: TEXT.weightedScore,
      width: 14,
      style: 'computed',
      format: 'decimal',
      cell: ({ row }) => {
        const cells = `${columnLetters(layout.column('account') + 1)}${row}:${columnLetters(layout.column('score') - 1)}${row}`;
        return formulaCell(`IF(OR(COUNT(${cells})=0,SUM(${weightsRow})=0),"",SUMPRODUCT(${cells},${weightsRow})/SUM(${weightsRow}))`);
      },
    },
    { key: 'rank', header: TEXT.rank, width: 8, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`IF(${ref('score')}="","",RANK(${ref('score')},${scores},0))`) },
    { key: 'rankShare', header: TEXT.rankShare, width: 13, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`IF(${ref('rank')}="","",${ref('rank')}/COUNT(${scores}))`) },
    {
      key: 'abcClass',
      header: TEXT.abcClass,
      width: 9,
      style: 'computed',
      cell: ({ ref }) => {
        const before = `(${ref('rank')}-1)/COUNT(${scores})`;
        return formulaCell(`IF(${ref('rankShare')}="","",IF(${before}<${a}-1E-12,"A",IF(${before}<${b}-1E-12,"B","C")))`);
      },
    },
  ];
}

/** The account rows: names and scores as given (the examples styled as such), then the formulas. */
function addAccountRows({ builder, language, t, tables, criteria }: WeightedContext, input: ScoreInput, computed: readonly TableColumn<WeightedScoreKey>[]): void {
  const { accounts: layout } = tables;
  const { accounts, scores, examples, maxScore } = input;
  addTable(
    builder,
    {
      row: layout.firstRow,
      rows: layout.rowCount,
      noHeader: true,
      columns: [
        { key: 'account', header: '', style: (i) => (examples && i < accounts.length ? 'example' : 'input'), cell: ({ index }) => accounts[index] ?? null },
        ...criterionKeys(criteria.length).map((key, j) => ({
          key,
          header: '',
          style: 'input' as const,
          cell: ({ index }: RowContext<WeightedScoreKey>) => scores[index]?.[j] ?? null,
        })),
        ...computed,
      ],
    },
    language,
  );
  const grid = cellRange(layout.firstRow, layout.column('account') + 1, layout.rowCount, criteria.length);
  builder.validate(grid, { kind: 'wholeNumber', min: 0, max: maxScore }, { message: t(TEXT.scoreMessage).replace('{max}', String(maxScore)) });
}
