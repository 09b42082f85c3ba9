/**
 * The messages of the workbook layer (src/workbook): what the sidebar tells the user about a selection
 * it cannot read, a build it cannot make, and the notes of a build. Every host (Excel, Sheets, the
 * playground) shows the same texts.
 */
import { text, type LocalizedText } from './text.js';

// ---- The selection ---------------------------------------------------------------------------------------

export const selectRangeFirst = text('Sélectionnez d’abord une plage.', 'Select a range first.');
export const selectionMerged = (address: string): LocalizedText =>
  text(`La sélection ${address} contient des cellules fusionnées : annulez la fusion ou sélectionnez un tableau simple.`, `The selection ${address} holds merged cells: unmerge them or select a plain table.`);
export const selectionEmpty = (what: LocalizedText): LocalizedText => text(`La sélection est vide : sélectionnez ${what.fr}.`, `The selection is empty: select ${what.en}.`);
export const selectionTooNarrow = (address: string, width: number, what: LocalizedText): LocalizedText =>
  text(`La sélection ${address} a ${width} colonne(s) : sélectionnez ${what.fr}.`, `The selection ${address} has ${width} column(s): select ${what.en}.`);
/** What the ABC build expects to be selected, in {@link selectionEmpty} and {@link selectionTooNarrow}. */
export const itemValueColumns = text('deux colonnes : élément (client, produit…) et valeur (CA, marge…)', 'two columns: item (customer, product…) and value (revenue, margin…)');
/** What the RFM and customer value builds expect to be selected. */
export const transactionColumns = text(
  'les transactions : client, date, montant (et n° de commande en 4e colonne, facultatif)',
  'the transactions: customer, date, amount (and an order id as a 4th column, optional)',
);
export const selectionValueNotNumber = (row: number, shown: string): LocalizedText =>
  text(`Ligne ${row} de la sélection : ${shown} n’est pas un nombre (colonne des valeurs).`, `Row ${row} of the selection: ${shown} is not a number (value column).`);
export const selectionNothingToClassify = (address: string): LocalizedText =>
  text(`La sélection ${address} ne contient aucune valeur numérique à classer.`, `The selection ${address} holds no numeric value to classify.`);
export const rowsWithoutItem = (count: number): LocalizedText => text(`${count} ligne(s) sans élément ignorée(s).`, `${count} row(s) without an item skipped.`);
export const selectionNotADate = (row: number, shown: string, id: string): LocalizedText =>
  text(`Ligne ${row} de la sélection : ${shown} n’est pas une date (2e colonne, client ${id}).`, `Row ${row} of the selection: ${shown} is not a date (2nd column, customer ${id}).`);
export const selectionNotAnAmount = (row: number, shown: string, id: string): LocalizedText =>
  text(`Ligne ${row} de la sélection : ${shown} n’est pas un montant (3e colonne, client ${id}).`, `Row ${row} of the selection: ${shown} is not an amount (3rd column, customer ${id}).`);
export const selectionNoTransaction = (address: string): LocalizedText => text(`Aucune transaction dans ${address}.`, `No transaction in ${address}.`);
export const rowsWithoutCustomer = (count: number): LocalizedText => text(`${count} ligne(s) sans client ignorée(s).`, `${count} row(s) without a customer skipped.`);

// ---- The builds ------------------------------------------------------------------------------------------

export const notAddableToAudit = (key: string): LocalizedText => text(`« ${key} » ne s’ajoute pas au classeur d’audit.`, `"${key}" cannot be added to the audit workbook.`);
export const unknownBuild = (key: string): LocalizedText =>
  text(`Construction inconnue : « ${key} ». Rouvrez le panneau Prométhée.`, `Unknown build: "${key}". Open the Prométhée panel again.`);
export const nonPositiveKept = (count: number): LocalizedText =>
  text(`${count} client(s) à montant net ≤ 0 (avoirs) : gardés dans la table.`, `${count} customer(s) with a net amount ≤ 0 (refunds): kept in the table.`);
export const refundOnlyListed = (count: number): LocalizedText =>
  text(
    `${count} client(s) sans aucun achat (que des avoirs) : listés sans score ni segment, hors du calcul des seuils.`,
    `${count} customer(s) without any purchase (refunds only): listed with no score or segment, left out of the cut points.`,
  );

// ---- The portfolio analysis (transactions with a customer category) --------------------------------------

/** What the portfolio analysis expects to be selected. */
export const portfolioColumns = text(
  'les transactions : client, date, montant HT, catégorie de clientèle (et coût ou marge en 5e colonne, facultatif)',
  'the transactions: customer, date, amount excl. tax, customer category (and the cost or the margin as a 5th column, optional)',
);
export const selectionNotACost = (row: number, shown: string, id: string, margin: boolean): LocalizedText =>
  text(
    `Ligne ${row} de la sélection : ${shown} n’est pas ${margin ? 'une marge' : 'un coût'} (5e colonne, client ${id}) ; laissez la cellule vide si vous ne le connaissez pas.`,
    `Row ${row} of the selection: ${shown} is not ${margin ? 'a margin' : 'a cost'} (5th column, customer ${id}); leave the cell empty when it is unknown.`,
  );
export const selectionNoCategorisedTransaction = (address: string): LocalizedText =>
  text(
    `Aucune transaction avec une catégorie de clientèle dans ${address} : la 4e colonne doit donner la catégorie (Particuliers, Professionnels…).`,
    `No transaction with a customer category in ${address}: the 4th column must give the category (Consumers, Businesses…).`,
  );
export const rowsWithoutCategory = (count: number): LocalizedText =>
  text(`${count} ligne(s) sans catégorie de clientèle ignorée(s).`, `${count} row(s) without a customer category skipped.`);
export const tooManyPortfolioTransactions = (address: string, count: number, max: number): LocalizedText =>
  text(
    `La sélection ${address} compte ${count} transactions : l’analyse du portefeuille en prend ${max} au plus (ses formules relisent chaque ligne). Sélectionnez les deux dernières années, ou une ligne par commande.`,
    `The selection ${address} holds ${count} transactions: the portfolio analysis takes at most ${max} (its formulas read every row again). Select the last two years, or one row per order.`,
  );
export const portfolioExamplesKept = text(
  'Aucune transaction sélectionnée : l’analyse du portefeuille est construite avec des exemples à remplacer.',
  'No transaction selected: the portfolio analysis is built with examples to replace.',
);
