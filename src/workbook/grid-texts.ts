/**
 * The sidebar's texts of the strategy grids (group `diagnostic`), read from the registry in one
 * language, for the sidebar's table of texts per build.
 */
import type { Language } from '../cells/errors.js';
import { describedBuild } from './build-list.js';

/** The keys of the strategy grids. */
export const GRID_KEYS = ['bcg', 'vrio', 'budget', 'portfolio', 'pestel', 'five-forces'] as const;
export type GridKey = (typeof GRID_KEYS)[number];

/** The texts of one build in one language. */
export interface GridTexts {
  readonly label: string;
  readonly description: string;
  readonly action: string;
}

/**
 * The texts of every strategy grid in one language.
 * @example gridTargets('fr').bcg.label // "Matrice BCG"
 */
export function gridTargets(language: Language): Readonly<Record<GridKey, GridTexts>> {
  const entries = GRID_KEYS.map((key): [GridKey, GridTexts] => {
    const { texts } = describedBuild(key);
    return [key, { label: texts.label[language], description: texts.description[language], action: texts.action[language] }];
  });
  return Object.fromEntries(entries) as Record<GridKey, GridTexts>;
}
