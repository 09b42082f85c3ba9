// What the sidebar says of a selection it cannot read and of the builds' notes: each message of
// src/messages/workbook.ts shown by the branch that emits it, with its text written out here.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../cells/values.js';
import { UserFacingError, type SelectionData } from './port.js';
import { plansForRequest } from './requests.js';
import { itemValuesFromSelection, transactionsFromSelection } from './selection.js';

const selection = (values: RawCell[][], address = 'Ventes!A1:C9'): SelectionData => ({ address, values });

function problem(read: () => unknown): { fr: string; en: string } {
  try {
    read();
  } catch (error) {
    if (error instanceof UserFacingError) return { fr: error.text.fr.replaceAll('\u00a0', ' '), en: error.text.en };
    throw error;
  }
  throw new Error('no problem raised');
}

describe('the selection of the ABC build', () => {
  it('says which two columns to select when the selection is empty or too narrow', () => {
    expect(problem(() => itemValuesFromSelection(selection([['', ''], [null, null]])))).toEqual({
      fr: 'La sélection est vide : sélectionnez deux colonnes : élément (client, produit…) et valeur (CA, marge…).',
      en: 'The selection is empty: select two columns: item (customer, product…) and value (revenue, margin…).',
    });
    expect(problem(() => itemValuesFromSelection(selection([['p1'], ['p2']], 'Ventes!A1:A2')))).toEqual({
      fr: 'La sélection Ventes!A1:A2 a 1 colonne(s) : sélectionnez deux colonnes : élément (client, produit…) et valeur (CA, marge…).',
      en: 'The selection Ventes!A1:A2 has 1 column(s): select two columns: item (customer, product…) and value (revenue, margin…).',
    });
  });

  it('says so when nothing is left to classify', () => {
    expect(problem(() => itemValuesFromSelection(selection([['p1', ''], ['p2', null], ['p3', '']], 'Ventes!A1:B3')))).toEqual({
      fr: 'La sélection Ventes!A1:B3 ne contient aucune valeur numérique à classer.',
      en: 'The selection Ventes!A1:B3 holds no numeric value to classify.',
    });
  });
});

describe('the selection of the RFM and customer value builds', () => {
  it('says which columns to select when the selection is too narrow', () => {
    expect(problem(() => transactionsFromSelection(selection([['c1', 45_600]], 'Ventes!A1:B1')))).toEqual({
      fr: 'La sélection Ventes!A1:B1 a 2 colonne(s) : sélectionnez les transactions : client, date, montant (et n° de commande en 4e colonne, facultatif).',
      en: 'The selection Ventes!A1:B1 has 2 column(s): select the transactions: customer, date, amount (and an order id as a 4th column, optional).',
    });
  });

  it('names the row and the cell that is not a date or not an amount', () => {
    expect(problem(() => transactionsFromSelection(selection([['c1', 45_600, 20], ['c2', 'hier', 5]])))).toEqual({
      fr: 'Ligne 2 de la sélection : "hier" n’est pas une date (2e colonne, client c2).',
      en: 'Row 2 of the selection: "hier" is not a date (2nd column, customer c2).',
    });
    expect(problem(() => transactionsFromSelection(selection([['c1', 45_600, 20], ['c2', 45_601, 'gratuit']])))).toEqual({
      fr: 'Ligne 2 de la sélection : "gratuit" n’est pas un montant (3e colonne, client c2).',
      en: 'Row 2 of the selection: "gratuit" is not an amount (3rd column, customer c2).',
    });
  });

  it('says so when no row has a customer, and counts the rows skipped for want of one', () => {
    expect(problem(() => transactionsFromSelection(selection([['', 45_600, 20], [null, 45_601, 5]])))).toEqual({
      fr: 'Aucune transaction dans Ventes!A1:C9.',
      en: 'No transaction in Ventes!A1:C9.',
    });
    const read = transactionsFromSelection(selection([['c1', 45_600, 20], ['', 45_601, 5], ['c2', 45_602, 7]]));
    expect(read.notes).toEqual([{ fr: '1 ligne(s) sans client ignorée(s).', en: '1 row(s) without a customer skipped.' }]);
  });
});

describe('the notes of the RFM build', () => {
  it('counts the customers whose net total is ≤ 0 and those who only have refunds', () => {
    // c2 buys 10 and is refunded 10 (net 0, kept); c3 has a refund only (listed without scores).
    const built = plansForRequest({ target: 'rfm', language: 'fr' }, selection([['c1', 45_600, 20], ['c2', 45_601, 10], ['c2', 45_602, -10], ['c3', 45_603, -5]]));
    const notes = built.notes.map((note) => ({ fr: note.fr.replaceAll('\u00a0', ' '), en: note.en }));
    expect(notes).toContainEqual({ fr: '1 client(s) à montant net ≤ 0 (avoirs) : gardés dans la table.', en: '1 customer(s) with a net amount ≤ 0 (refunds): kept in the table.' });
    expect(notes).toContainEqual({
      fr: '1 client(s) sans aucun achat (que des avoirs) : listés sans score ni segment, hors du calcul des seuils.',
      en: '1 customer(s) without any purchase (refunds only): listed with no score or segment, left out of the cut points.',
    });
  });
});
