/**
 * The strategy functions: the BCG quadrant of a product from its market growth and relative share.
 */
import { isSheetError } from '../../cells/errors.js';
import type { OutCell, OutMatrix } from '../../cells/values.js';
import { BCG_GROWTH_THRESHOLD, BCG_QUADRANT_NAMES, BCG_SHARE_THRESHOLD, bcgQuadrant, type BcgQuadrant } from '../../metrics/bcg.js';
import { mapNumbers } from '../broadcast.js';
import { defineFunction, languageParam, optionalNumber, rangeParam, t } from '../define.js';
import type { FunctionSpec } from '../types.js';

const QUADRANTS: readonly BcgQuadrant[] = ['star', 'cashCow', 'questionMark', 'dog'];

export const BCG_QUADRANT = defineFunction({
  id: 'BCG_QUADRANT',
  category: 'strategy',
  summary: t('Quadrant BCG de chaque produit (Vedette, Vache à lait, Dilemme, Poids mort).', 'BCG quadrant of each product (Star, Cash cow, Question mark, Dog).'),
  help: t(
    'Place chaque produit ou domaine d’activité dans la matrice du Boston Consulting Group selon le taux de croissance de son marché et sa part de marché relative (sa part divisée par celle du premier concurrent). Une croissance supérieure ou égale au seuil (défaut 10 %) est forte ; une part relative supérieure ou égale au seuil (défaut 1 : aussi gros que le leader) est forte. Forte croissance et forte part : Vedette ; forte croissance, faible part : Dilemme ; faible croissance, forte part : Vache à lait ; faible croissance, faible part : Poids mort. Une ligne vide reste vide ; une part relative négative donne #VALUE!.',
    'Places each product or business unit in the Boston Consulting Group matrix by the growth rate of its market and its relative market share (its share divided by the largest competitor’s). A growth at or above the threshold (default 10%) is high; a relative share at or above the threshold (default 1: as large as the leader) is high. High growth and high share: Star; high growth, low share: Question mark; low growth, high share: Cash cow; low growth, low share: Dog. An empty row stays empty; a negative relative share gives #VALUE!.',
  ),
  example: { formula: '=BCG_QUADRANT({15%;3%};{1,2;2,5})', result: t('Vedette ; Vache à lait', 'Star; Cash cow') },
  params: [
    rangeParam('market_growth', 'number', 'Taux de croissance du marché (12 % ou 0,12)', 'Market growth rate (12% or 0.12)'),
    rangeParam('relative_share', 'number', 'Part de marché relative (part ÷ part du premier concurrent)', 'Relative market share (share ÷ largest competitor’s share)'),
    optionalNumber('growth_threshold', BCG_GROWTH_THRESHOLD, '10 %', 'Croissance à partir de laquelle elle est forte (défaut 10 %)', 'Growth from which it is high (default 10%)'),
    optionalNumber('share_threshold', BCG_SHARE_THRESHOLD, 1, 'Part relative à partir de laquelle elle est forte (défaut 1)', 'Relative share from which it is high (default 1)'),
    languageParam('Langue : "fr" ou "en" (défaut : la langue du classeur)', 'Language: "fr" or "en" (default: the workbook’s language)'),
  ],
  result: 'column',
  implementation: ([growthArg, shareArg, growthThreshold, shareThreshold, language]) => {
    // The kernel returns the quadrant's index; the names are put back below (mapNumbers carries numbers).
    const result = mapNumbers([growthArg, shareArg], ['market_growth', 'relative_share'], ([growth = 0, share = 0]) => {
      const quadrant = bcgQuadrant(growth, share, growthThreshold, shareThreshold);
      return isSheetError(quadrant) ? quadrant : QUADRANTS.indexOf(quadrant);
    });
    if (isSheetError(result)) return result;
    return result.map((row) =>
      row.map((cell): OutCell => {
        if (typeof cell !== 'number') return cell;
        const quadrant = QUADRANTS[cell];
        return quadrant === undefined ? '' : BCG_QUADRANT_NAMES[quadrant][language];
      }),
    ) satisfies OutMatrix;
  },
});

export const STRATEGY_FUNCTIONS: readonly FunctionSpec[] = [BCG_QUADRANT];
