/**
 * Planning functions (from diagnosis to action): the time of the sales team by ABC class, the score
 * of leads against criteria with points.
 */
import { isSheetError, valueError, type LocalizedText, type SheetError } from '../../cells/errors.js';
import { describeCell, isEmptyCell, isRange, numberFromCell, textFromCell, toRows } from '../../cells/coerce.js';
import type { OutMatrix, RawArg, RawCell } from '../../cells/values.js';
import { DEFAULT_CLASS_SHARES, leadRoute, leadScores, timeAllocation, type LeadRoute } from '../../metrics/planning.js';
import { defineFunction, languageParam, optionalNumber, optionalRangeParam, rangeParam, t } from '../define.js';
import { numberList, trimmedList } from '../lists.js';
import type { FunctionSpec, ParamSpec } from '../types.js';

function sharesArg(arg: RawArg | undefined): readonly [number, number, number] | SheetError {
  if (arg === undefined || (!isRange(arg) && isEmptyCell(arg))) return DEFAULT_CLASS_SHARES;
  const list = numberList(arg, 'shares');
  if (isSheetError(list)) return list;
  const [a, b, c] = list.values;
  if (list.values.length !== 3 || a === undefined || b === undefined || c === undefined) {
    return valueError('shares : trois parts sont attendues (A, B, C)', 'shares: three shares are expected (A, B, C)');
  }
  return [a, b, c];
}

/** One cell: the selling hours of the whole team; read as a number by `invoke` (empty: undefined). */
const hoursParam: ParamSpec<number | undefined> = {
  name: 'hours_available',
  kind: 'number',
  range: false,
  description: t('Heures de vente disponibles par an (toute l’équipe)', 'Selling hours available per year (whole team)'),
};

export const TIME_ALLOCATION = defineFunction({
  id: 'TIME_ALLOCATION',
  category: 'abc',
  summary: t('Heures par compte et par an selon la classe A, B ou C.', 'Hours per account per year by A, B or C class.'),
  help: t(
    "Répartit les heures de vente disponibles entre les classes A, B et C (par défaut 50 %, 35 % et 15 %, la règle du guide), puis divise les heures de chaque classe par le nombre de comptes de cette classe dans la liste. Le résultat est aligné sur la colonne des classes : chaque compte reçoit ses heures par an. Une cellule qui n’est ni A, ni B, ni C (vide, « - ») reste vide. Les parts sont trois nombres entre 0 et 100 % dont la somme ne dépasse pas 100 %.",
    'Splits the selling hours available between classes A, B and C (by default 50%, 35% and 15%, the guide’s rule), then divides the hours of each class by the number of accounts of that class in the list. The result is aligned with the column of classes: each account gets its hours per year. A cell that is neither A, B nor C (empty, "-") stays empty. The shares are three numbers from 0 to 100% adding up to at most 100%.',
  ),
  example: { formula: '=TIME_ALLOCATION({"A";"B";"A";"C"};1000)', result: t('250 ; 350 ; 250 ; 150', '250; 350; 250; 150') },
  params: [
    rangeParam('classes', 'text', 'Classe de chaque compte (A, B ou C), une colonne', 'Class of each account (A, B or C), one column'),
    hoursParam,
    optionalRangeParam('shares', 'number', '50 % ; 35 % ; 15 %', 'Parts du temps des classes A, B, C (trois cellules)', 'Shares of the time of classes A, B, C (three cells)'),
  ],
  result: 'column',
  implementation: ([classesArg, hoursRead, sharesRaw]) => {
    const list = trimmedList(classesArg, 'classes');
    if (isSheetError(list)) return list;
    // An empty cell: refused by the kernel as not a number of hours.
    const hours = hoursRead ?? Number.NaN;
    const shares = sharesArg(sharesRaw);
    if (isSheetError(shares)) return shares;
    const result = timeAllocation(list.cells.map((cell) => textFromCell(cell)), hours, shares);
    if (isSheetError(result)) return result;
    const out: OutMatrix = result.map((value) => [value ?? '']);
    for (let i = 0; i < list.trailing; i++) out.push(['']);
    return out;
  },
});

/** Words of a criterion met or not met (case and spaces ignored); "x" is a tick. */
const MET_WORDS = ['oui', 'yes', 'vrai', 'true', 'x'];
const NOT_MET_WORDS = ['non', 'no', 'faux', 'false'];
/** The routes' names (the lead-scoring sheet's words). */
const ROUTE_NAMES: Readonly<Record<LeadRoute, LocalizedText>> = { sales: t('Aux ventes', 'To sales'), nurturing: t('Nurturing', 'Nurturing') };

/** How far a lead meets a criterion: yes/no words, booleans and numbers; empty is null (0). */
function criterionValue(cell: RawCell, row: number, column: number): number | null | SheetError {
  if (typeof cell === 'string') {
    const word = cell.trim().toLowerCase();
    if (MET_WORDS.includes(word)) return 1;
    if (NOT_MET_WORDS.includes(word)) return 0;
  }
  const value = numberFromCell(cell, 'criteria_values');
  if (!isSheetError(value)) return value;
  const shown = describeCell(cell);
  return valueError(
    `criteria_values (ligne ${row}, critère ${column}) : ${shown} n’est ni oui / non ni un nombre`,
    `criteria_values (row ${row}, criterion ${column}): ${shown} is neither yes / no nor a number`,
  );
}

/** The rows of the criteria, trailing empty rows dropped (counted to keep the result aligned). */
function criteriaRows(arg: RawArg): { rows: (number | null)[][]; trailing: number } | SheetError {
  const cells = toRows(arg);
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? []).every((cell) => isEmptyCell(cell))) end -= 1;
  const rows: (number | null)[][] = [];
  for (let i = 0; i < end; i++) {
    const row: (number | null)[] = [];
    for (const [j, cell] of (cells[i] ?? []).entries()) {
      const value = criterionValue(cell, i + 1, j + 1);
      if (isSheetError(value)) return value;
      row.push(value);
    }
    rows.push(row);
  }
  return { rows, trailing: cells.length - end };
}

export const LEAD_SCORE = defineFunction({
  id: 'LEAD_SCORE',
  category: 'conversion',
  summary: t('Score de chaque lead : la somme des points des critères remplis.', 'Score of each lead: the sum of the points of the criteria met.'),
  help: t(
    'Une ligne par lead, une colonne par critère (profil ou comportement) ; points_table donne les points de chaque critère, en ligne ou en colonne, autant que de colonnes de critères. Un critère rempli (VRAI, 1, « Oui », « Yes », « x ») rapporte ses points, un critère non rempli (FAUX, 0, « Non », « No ») ou une cellule vide n’en rapporte aucun ; un autre nombre multiplie les points (0,5 : à moitié rempli ; 3 : trois visites). Une ligne entièrement vide reste vide. Avec un seuil, une seconde colonne oriente chaque lead : « Aux ventes » à partir du seuil, « Nurturing » en dessous. Des points en nombre différent des critères, ou un texte qui n’est ni oui / non ni un nombre, donnent #VALUE!.',
    'One row per lead, one column per criterion (profile or behaviour); points_table gives the points of each criterion, as a row or a column, as many as the criteria columns. A criterion met (TRUE, 1, "Yes", "Oui", "x") earns its points, a criterion not met (FALSE, 0, "No", "Non") or an empty cell earns none; any other number multiplies the points (0.5: half met; 3: three visits). A row left all empty stays empty. With a threshold, a second column routes each lead: "To sales" from the threshold on, "Nurturing" below it. Points not as many as the criteria, or a text that is neither yes / no nor a number, give #VALUE!.',
  ),
  example: {
    formula: '=LEAD_SCORE(B2:G200, B1:G1, 50)',
    result: t('le score de chaque lead (lignes 2 à 200) et « Aux ventes » à partir de 50 points, sinon « Nurturing »', 'the score of each lead (rows 2 to 200) and "To sales" from 50 points, else "Nurturing"'),
  },
  params: [
    rangeParam('criteria_values', 'any', 'Critères de chaque lead : une ligne par lead, une colonne par critère (Oui/Non, VRAI/FAUX, 1/0 ou un nombre)', 'Criteria of each lead: one row per lead, one column per criterion (Yes/No, TRUE/FALSE, 1/0 or a number)'),
    rangeParam('points_table', 'number', 'Points de chaque critère (une ligne ou une colonne)', 'Points of each criterion (a row or a column)'),
    optionalNumber('threshold', undefined, '—', 'Score à partir duquel le lead va aux ventes (facultatif : ajoute la colonne d’orientation)', 'Score from which the lead goes to sales (optional: adds the route column)'),
    languageParam('Langue de l’orientation : "fr" ou "en" (défaut : la langue du classeur)', 'Language of the route: "fr" or "en" (default: the workbook’s language)'),
  ],
  result: 'column',
  implementation: ([criteriaArg, pointsArg, threshold, language]) => {
    const criteria = criteriaRows(criteriaArg);
    if (isSheetError(criteria)) return criteria;
    const points = numberList(pointsArg, 'points_table');
    if (isSheetError(points)) return points;
    if (threshold !== undefined && !Number.isFinite(threshold)) return valueError('threshold : un nombre est attendu', 'threshold: a number is expected');
    const scores = leadScores(criteria.rows, points.values);
    if (isSheetError(scores)) return scores;
    const out: OutMatrix = scores.map((score) => {
      if (threshold === undefined) return [score ?? ''];
      return score === null ? ['', ''] : [score, ROUTE_NAMES[leadRoute(score, threshold)][language]];
    });
    for (let i = 0; i < criteria.trailing; i++) out.push(threshold === undefined ? [''] : ['', '']);
    return out;
  },
});

export const PLANNING_FUNCTIONS: readonly FunctionSpec[] = [TIME_ALLOCATION, LEAD_SCORE];
