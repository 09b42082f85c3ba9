/**
 * The shipped sample files, bundled as text (webpack's asset/source): the playground loads them on
 * start exactly as a user's own CSV would be loaded.
 */
import canaux from './data/canaux.csv';
import clients from './data/clients.csv';
import commandes from './data/commandes.csv';

/** Sheet name → CSV text, in tab order. */
export const SAMPLE_SHEETS: readonly (readonly [string, string])[] = [
  ['Commandes', commandes],
  ['Clients', clients],
  ['Canaux', canaux],
];
