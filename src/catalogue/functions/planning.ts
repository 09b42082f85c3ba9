/**
 * Planning functions (from diagnosis to action): the time of the sales team by ABC class.
 */
import { isSheetError, valueError, type SheetError } from '../../cells/errors.js';
import { isEmptyCell, isRange, textFromCell } from '../../cells/coerce.js';
import type { OutMatrix, RawArg } from '../../cells/values.js';
import { DEFAULT_CLASS_SHARES, timeAllocation } from '../../metrics/planning.js';
import { defineFunction, optionalRangeParam, rangeParam, t } from '../define.js';
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

export const PLANNING_FUNCTIONS: readonly FunctionSpec[] = [TIME_ALLOCATION];
