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
import { cellAddress, cellRange, columnLetters } from './a1.js';
import { formulaCell, SheetPlanBuilder, valueCell, valueRow } from './sheet-builder.js';
import { CLASS_FILLS, COLOR_SCALE, PALETTE } from './theme.js';
import type { PlanCell, SheetPlan } from './types.js';

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

/**
 * The layout of a weighted ABC sheet.
 * @param criterionCount - number of criteria
 * @param accountRows - account rows (accounts + empty rows)
 * @returns the rows and columns of each table
 * @example weightedAbcLayout(5, 20).firstAccountRow // 22
 */
export function weightedAbcLayout(criterionCount: number, accountRows: number): WeightedAbcLayout {
  const criteriaEnd = FIRST_CRITERION_ROW + criterionCount; // the total row
  const panelEnd = 15; // the summary's total row
  const scoreHeaderRow = Math.max(criteriaEnd, panelEnd) + 3;
  const scoreColumn = 2 + criterionCount;
  return {
    firstCriterionRow: FIRST_CRITERION_ROW,
    scoreHeaderRow,
    weightsRow: scoreHeaderRow + 1,
    firstAccountRow: scoreHeaderRow + 2,
    lastAccountRow: scoreHeaderRow + 1 + accountRows,
    scoreColumn,
    rankColumn: scoreColumn + 1,
    rankShareColumn: scoreColumn + 2,
    classColumn: scoreColumn + 3,
    firstSummaryRow: 12,
  };
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
  const shares = options.shares ?? { a: 0.2, b: 0.5 };
  const maxScore = options.maxScore ?? 5;
  const c = criteria.length;
  const accountRows = Math.max(1, accounts.length + emptyRows);
  const layout = weightedAbcLayout(c, accountRows);
  const { scoreHeaderRow, weightsRow, firstAccountRow, lastAccountRow, scoreColumn, rankColumn, rankShareColumn, classColumn, firstSummaryRow } = layout;
  const width = Math.max(classColumn, PANEL + 3);
  const criteriaTotalRow = FIRST_CRITERION_ROW + c;

  const builder = new SheetPlanBuilder({ key: WEIGHTED_ABC_PLAN_KEY, version: WEIGHTED_ABC_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), width, t(TEXT.subtitle))
    .tabColor(PALETTE.navy)
    .widths([34, ...new Array<number>(c).fill(15), 14, 8, 13, 9])
    .freeze(0, 1)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: scoreHeaderRow, last: weightsRow } });
  builder.block(3, 1, [[valueCell(t(TEXT.note))]]).style(cellRange(3, 1), 'note').merge(cellRange(3, 1, 1, width));

  // 1. Criteria
  builder.block(5, 1, [[valueCell(t(TEXT.criteria))]]).style(cellRange(5, 1, 1, 3), 'section');
  builder.block(6, 1, [valueRow([t(TEXT.criterion), t(TEXT.weight), t(TEXT.relativeWeight)])]).style(cellRange(6, 1, 1, 3), 'header');
  const weights = `$B$${FIRST_CRITERION_ROW}:$B$${criteriaTotalRow - 1}`;
  const criterionCells: PlanCell[][] = criteria.map((criterion, i) => [
    valueCell(criterion.name),
    valueCell(criterion.weight),
    formulaCell(`IF(SUM(${weights})=0,"",B${FIRST_CRITERION_ROW + i}/SUM(${weights}))`),
  ]);
  criterionCells.push([valueCell(t(TEXT.total)), formulaCell(`SUM(${weights})`), formulaCell(`SUM(C${FIRST_CRITERION_ROW}:C${criteriaTotalRow - 1})`)]);
  builder.block(FIRST_CRITERION_ROW, 1, criterionCells);
  builder
    .style(cellRange(FIRST_CRITERION_ROW, 1, c, 2), examples && options.criteria === undefined ? 'example' : 'input')
    .style(cellRange(FIRST_CRITERION_ROW, 3, c), 'computed')
    .style(cellRange(criteriaTotalRow, 1, 1, 3), 'total')
    .format(cellRange(FIRST_CRITERION_ROW, 3, c + 1), 'percent')
    .validate(cellRange(FIRST_CRITERION_ROW, 2, c), { kind: 'decimal', min: 0, max: 1e6 });

  // 2. Parameters and summary, beside the criteria
  builder.block(5, PANEL, [[valueCell(t(TEXT.parameters))]]).style(cellRange(5, PANEL, 1, 4), 'section');
  builder.block(6, PANEL, [
    [valueCell(t(TEXT.shareA)), valueCell(null), valueCell(null), valueCell(shares.a)],
    [valueCell(t(TEXT.shareB)), valueCell(null), valueCell(null), valueCell(shares.b)],
  ]);
  const shareCells = cellRange(6, PANEL + 3, 2);
  for (const row of [6, 7]) builder.merge(cellRange(row, PANEL, 1, 3));
  builder
    .style(cellRange(6, PANEL, 2, 3), 'label')
    .style(shareCells, 'input')
    .format(shareCells, 'percent')
    .validate(shareCells, { kind: 'decimal', min: 0, max: 1 }, { strict: true, message: t(TEXT.shareMessage) })
    .name(WEIGHTED_ABC_SHARE_NAMES.a, cellRange(6, PANEL + 3))
    .name(WEIGHTED_ABC_SHARE_NAMES.b, cellRange(7, PANEL + 3));
  const scoreColumnLetters = columnLetters(scoreColumn);
  const classLetters = columnLetters(classColumn);
  const scoresRange = `$${scoreColumnLetters}$${firstAccountRow}:$${scoreColumnLetters}$${lastAccountRow}`;
  const classesRange = `$${classLetters}$${firstAccountRow}:$${classLetters}$${lastAccountRow}`;
  builder.block(firstSummaryRow - 2, PANEL, [[valueCell(t(TEXT.summary))]]).style(cellRange(firstSummaryRow - 2, PANEL, 1, 4), 'section');
  builder.block(firstSummaryRow - 1, PANEL, [valueRow([t(TEXT.abcClass), t(TEXT.accounts), t(TEXT.accountShare), t(TEXT.averageScore)])]);
  builder.style(cellRange(firstSummaryRow - 1, PANEL, 1, 4), 'header').height(firstSummaryRow - 1, 30);
  const countColumn = columnLetters(PANEL + 1);
  const summaryTotalRow = firstSummaryRow + 3;
  const summary: PlanCell[][] = ['A', 'B', 'C'].map((abcClass, i) => {
    const r = firstSummaryRow + i;
    const label = cellAddress(r, PANEL);
    const count = `${countColumn}${r}`;
    return [
      valueCell(abcClass),
      formulaCell(`COUNTIF(${classesRange},${label})`),
      formulaCell(`IF($${countColumn}$${summaryTotalRow}=0,"",${count}/$${countColumn}$${summaryTotalRow})`),
      formulaCell(`IF(${count}=0,"",AVERAGEIF(${classesRange},${label},${scoresRange}))`),
    ];
  });
  summary.push([
    valueCell(t(TEXT.total)),
    formulaCell(`SUM(${countColumn}${firstSummaryRow}:${countColumn}${summaryTotalRow - 1})`),
    formulaCell(`IF(${countColumn}${summaryTotalRow}=0,"",1)`),
    formulaCell(`IF(${countColumn}${summaryTotalRow}=0,"",AVERAGE(${scoresRange}))`),
  ]);
  builder.block(firstSummaryRow, PANEL, summary);
  builder
    .style(cellRange(firstSummaryRow, PANEL, 3), 'label')
    .style(cellRange(firstSummaryRow, PANEL + 1, 3, 3), 'computed')
    .style(cellRange(summaryTotalRow, PANEL, 1, 4), 'total')
    .format(cellRange(firstSummaryRow, PANEL + 1, 4), 'integer')
    .format(cellRange(firstSummaryRow, PANEL + 2, 4), 'percent')
    .format(cellRange(firstSummaryRow, PANEL + 3, 4), 'decimal');
  for (const abcClass of ['A', 'B', 'C'] as const) {
    builder.conditional({
      kind: 'formula',
      range: cellRange(firstSummaryRow, PANEL, 3),
      formula: `$${columnLetters(PANEL)}${firstSummaryRow}="${abcClass}"`,
      style: { fill: CLASS_FILLS[abcClass], bold: true },
    });
  }

  // 3. Scores: criterion names and weights read from the criteria table, so editing it moves everything.
  builder.block(scoreHeaderRow - 1, 1, [[valueCell(`${t(TEXT.scores)} (0–${maxScore})`)]]).style(cellRange(scoreHeaderRow - 1, 1, 1, classColumn), 'section');
  builder.block(scoreHeaderRow, 1, [
    [
      valueCell(t(TEXT.account)),
      ...criteria.map((_criterion, j) => formulaCell(`$A$${FIRST_CRITERION_ROW + j}`)),
      ...valueRow([t(TEXT.weightedScore), t(TEXT.rank), t(TEXT.rankShare), t(TEXT.abcClass)]),
    ],
    [valueCell(t(TEXT.weight)), ...criteria.map((_criterion, j) => formulaCell(`$B$${FIRST_CRITERION_ROW + j}`)), ...valueRow([null, null, null, null])],
  ]);
  builder.style(cellRange(scoreHeaderRow, 1, 1, classColumn), 'header').height(scoreHeaderRow, 45);
  builder.style(cellRange(weightsRow, 1, 1, classColumn), 'label');
  const first = columnLetters(2);
  const last = columnLetters(1 + c);
  const weightsRowRange = `$${first}$${weightsRow}:$${last}$${weightsRow}`;
  const rankLetters = columnLetters(rankColumn);
  const shareLetters = columnLetters(rankShareColumn);
  const accountCells: PlanCell[][] = [];
  for (let i = 0; i < accountRows; i++) {
    const r = firstAccountRow + i;
    const own = `${first}${r}:${last}${r}`;
    const score = `${scoreColumnLetters}${r}`;
    const rank = `${rankLetters}${r}`;
    const share = `${shareLetters}${r}`;
    const given = scores[i] ?? [];
    accountCells.push([
      valueCell(accounts[i] ?? null),
      ...criteria.map((_criterion, j) => valueCell(given[j] ?? null)),
      formulaCell(`IF(OR(COUNT(${own})=0,SUM(${weightsRowRange})=0),"",SUMPRODUCT(${own},${weightsRowRange})/SUM(${weightsRowRange}))`),
      formulaCell(`IF(${score}="","",RANK(${score},${scoresRange},0))`),
      formulaCell(`IF(${rank}="","",${rank}/COUNT(${scoresRange}))`),
      formulaCell(
        `IF(${share}="","",IF((${rank}-1)/COUNT(${scoresRange})<${WEIGHTED_ABC_SHARE_NAMES.a}-1E-12,"A",IF((${rank}-1)/COUNT(${scoresRange})<${WEIGHTED_ABC_SHARE_NAMES.b}-1E-12,"B","C")))`,
      ),
    ]);
  }
  builder.block(firstAccountRow, 1, accountCells);
  const scoreGrid = cellRange(firstAccountRow, 2, accountRows, c);
  builder
    .style(cellRange(firstAccountRow, 1, accountRows, 1 + c), 'input')
    .style(cellRange(firstAccountRow, scoreColumn, accountRows, 4), 'computed')
    .format(cellRange(firstAccountRow, scoreColumn, accountRows), 'decimal')
    .format(cellRange(firstAccountRow, rankColumn, accountRows), 'integer')
    .format(cellRange(firstAccountRow, rankShareColumn, accountRows), 'percent')
    .validate(scoreGrid, { kind: 'wholeNumber', min: 0, max: maxScore }, { message: t(TEXT.scoreMessage).replace('{max}', String(maxScore)) })
    .conditional({ kind: 'colorScale', range: scoreGrid, minColor: COLOR_SCALE.low, midColor: COLOR_SCALE.middle, maxColor: COLOR_SCALE.high });
  if (examples && accounts.length > 0) builder.style(cellRange(firstAccountRow, 1, accounts.length), 'example');
  for (const abcClass of ['A', 'B', 'C'] as const) {
    builder.conditional({
      kind: 'formula',
      range: cellRange(firstAccountRow, classColumn, accountRows),
      formula: `$${classLetters}${firstAccountRow}="${abcClass}"`,
      style: { fill: CLASS_FILLS[abcClass], bold: true },
    });
  }
  return builder.build();
}
