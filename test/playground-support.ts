// Helpers of the playground tests: the playground built in Node from the shipped sample files, as the
// page builds it on start (main.tsx), with the orders selected.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fillSheetFromCsv } from '../src/playground/workbook/csv-sheet.js';
import { Playground, PlaygroundHost } from '../src/playground/workbook/host.js';
import { WorkbookModel, type SheetModel } from '../src/playground/workbook/model.js';

/** The shipped sample files, by sheet name, in tab order. */
export const SAMPLE_FILES: readonly (readonly [string, string])[] = [
  ['Commandes', 'commandes.csv'],
  ['Clients', 'clients.csv'],
  ['Canaux', 'canaux.csv'],
];

/** The text of a shipped sample file. */
export function sampleText(file: string): string {
  return readFileSync(path.resolve('src', 'playground', 'sample', 'data', file), 'utf8');
}

/** A playground over the sample data, the orders selected (customer, date, amount, order number). */
export function samplePlayground(): { playground: Playground; host: PlaygroundHost; sheet: (name: string) => SheetModel } {
  const workbook = new WorkbookModel();
  for (const [name, file] of SAMPLE_FILES) fillSheetFromCsv(workbook.addSheet(name), sampleText(file));
  const playground = new Playground(workbook, 'fr');
  const sheet = (name: string): SheetModel => {
    const found = workbook.sheet(name);
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  };
  const orders = sheet('Commandes');
  playground.select(orders, { row: 1, column: 1, rowCount: orders.extent().rows, columnCount: 4 });
  return { playground, host: new PlaygroundHost(playground), sheet };
}
