/**
 * The messages of the file readers (src/io): what reading a CSV file, finding its columns and reading
 * its fields returns, errors and notes.
 */
import { text, type LocalizedText } from './text.js';

export const emptyFile = text('le fichier est vide', 'the file is empty');
export const noDataUnderHeader = (line: number): LocalizedText => text(`aucune ligne de données sous la ligne d’en-tête (ligne ${line})`, `no data line under the header line (line ${line})`);
/** The way to name a line of a file in a column decision. */
export const lineNamed = (line: number): LocalizedText => text(`ligne ${line}`, `line ${line}`);
export const unclosedQuote = (line: number): LocalizedText => text(`ligne ${line} : guillemet ouvert jamais fermé`, `line ${line}: a quote is opened and never closed`);

// ---- Columns -------------------------------------------------------------------------------------------

export const severalColumnsNamed = (what: string, shown: string, first: number, second: number): LocalizedText =>
  text(
    `${what} : plusieurs colonnes s’appellent « ${shown} » (n° ${first} et ${second}) : donnez le numéro de la colonne`,
    `${what}: several columns are named "${shown}" (no. ${first} and ${second}): give the column number`,
  );
export const noColumnNumber = (what: string, number: string, columns: number): LocalizedText =>
  text(`${what} : pas de colonne n° ${number}, le fichier a ${columns} colonne(s)`, `${what}: there is no column ${number}, the file has ${columns} column(s)`);
/** The name of a column without one, in the list of {@link noColumnNamed}. */
export const unnamedColumn = text('(sans nom)', '(unnamed)');
/** The end of a list cut short, in {@link noColumnNamed}. */
export const andMore = (count: number): LocalizedText => text(`et ${count} autres`, `${count} more`);
export const noColumnNamed = (what: string, shown: string, names: LocalizedText): LocalizedText =>
  text(`${what} : pas de colonne « ${shown} » (colonnes : ${names.fr})`, `${what}: no column "${shown}" (columns: ${names.en})`);
export const columnByName = (name: string): LocalizedText => text(`colonne « ${name} »`, `column "${name}"`);
export const columnNumbered = (column: number): LocalizedText => text(`colonne ${column}`, `column ${column}`);
export const numberOfNamedColumn = (column: number): LocalizedText => text(` (n° ${column})`, ` (no. ${column})`);
export const missingFieldOf = (line: number, count: number, column: LocalizedText, number: LocalizedText): LocalizedText =>
  text(`ligne ${line} : ${count} champ(s) seulement, la ${column.fr}${number.fr} manque`, `line ${line}: only ${count} field(s), ${column.en}${number.en} is missing`);
export const headerLineHas = (width: number): LocalizedText => text(`la ligne d’en-tête en a ${width}`, `the header line has ${width}`);
export const firstLineHas = (line: number, width: number): LocalizedText => text(`la ligne ${line} en a ${width}`, `line ${line} has ${width}`);
export const columnNamesGiven = (width: number): LocalizedText => text(`${width} noms de colonnes sont donnés`, `${width} column names were given`);
export const delimiterInValue = (shown: string): LocalizedText => text(`une valeur contient le séparateur « ${shown} » sans guillemets`, `a value holds the delimiter "${shown}" without quotes`);
export const decimalCommaTodo = text(
  ` (une virgule décimale comme 12,50 ?) : séparez les champs par des « ; » ou mettez ces valeurs entre guillemets ("12,50")`,
  ` (a decimal comma such as 12,50?): separate the fields with ";" or put such values in quotes ("12,50")`,
);
export const quoteOrOtherDelimiterTodo = text(' : mettez ces valeurs entre guillemets ou choisissez un autre séparateur', ': put such values in quotes or use another delimiter');
export const quoteTodo = text(' : mettez ces valeurs entre guillemets', ': put such values in quotes');
export const tooManyFields = (line: number, count: number, against: LocalizedText, what: LocalizedText, todo: LocalizedText): LocalizedText =>
  text(`ligne ${line} : ${count} champs, mais ${against.fr} : ${what.fr}${todo.fr}`, `line ${line}: ${count} fields, but ${against.en}: ${what.en}${todo.en}`);
export const emptyField = (line: number, column: LocalizedText, expected: LocalizedText): LocalizedText =>
  text(`ligne ${line}, ${column.fr} : champ vide (il faut ${expected.fr})`, `line ${line}, ${column.en}: empty field (${expected.en} is expected)`);
export const fieldIsNot = (line: number, column: LocalizedText, value: string, expected: LocalizedText): LocalizedText =>
  text(`ligne ${line}, ${column.fr} : « ${value} » n’est pas ${expected.fr}`, `line ${line}, ${column.en}: "${value}" is not ${expected.en}`);
/** What a date field should hold. */
export const expectedDate = text('une date (2024-12-31, 31/12/2024 ou 20241231)', 'a date (2024-12-31, 31/12/2024 or 20241231)');
/** What a number field should hold. */
export const expectedNumber = text('un nombre (1234.5 ou 1 234,50)', 'a number (1234.5 or 1 234,50)');
/** What a price field should hold when quantity × price overflows. */
export const expectedFinitePrice = text('un prix dont le produit par la quantité reste fini', 'a price whose product with the quantity stays finite');
export const dateReadAs = (iso: string): LocalizedText => text(` (lue ${iso})`, ` (read as ${iso})`);
export const numberReadAs = (value: string): LocalizedText => text(` (lu ${value})`, ` (read as ${value})`);
/** Note: no date of a column proves the day/month order, so they are read day first. */
export const dateOrderDefaulted = (column: LocalizedText, example: string, line: number, read: LocalizedText, hint: LocalizedText | undefined): LocalizedText =>
  text(
    `${column.fr} : aucune date ne prouve l’ordre jour/mois (un nombre > 12), les dates comme ${example} (ligne ${line})${read.fr} sont lues jour d’abord${hint?.fr ?? ''}`,
    `${column.en}: no date proves the day/month order (a number > 12), dates such as ${example} (line ${line})${read.en} are read day first${hint?.en ?? ''}`,
  );
/** Note: no value of a column proves the decimal mark. */
export const decimalMarkDefaulted = (column: LocalizedText, example: string, line: number, read: LocalizedText, hint: LocalizedText | undefined): LocalizedText =>
  text(
    `${column.fr} : aucune valeur ne prouve le séparateur décimal, les nombres comme ${example} (ligne ${line})${read.fr} sont lus avec un séparateur décimal${hint?.fr ?? ''}`,
    `${column.en}: no value proves the decimal mark, numbers such as ${example} (line ${line})${read.en} are read with a decimal mark${hint?.en ?? ''}`,
  );
/** Note: columns given by number, the first line read as data. */
export const firstLineReadAsData = (line: number, shown: string): LocalizedText =>
  text(
    `colonnes données par numéro : ligne ${line} (${shown}) lue comme des données, pas comme une ligne d’en-tête (sa date et son nombre se lisent comme tels)`,
    `columns given by number: line ${line} (${shown}) read as data, not as a header line (its date and number read as such)`,
  );
/** Note: columns given by number, the first line read as the header line. */
export const firstLineReadAsHeader = (line: number, shown: string): LocalizedText =>
  text(`colonnes données par numéro : ligne ${line} (${shown}) lue comme la ligne d’en-tête`, `columns given by number: line ${line} (${shown}) read as the header line`);
export const headerlessColumnNumber = (what: string, columns: number, got: string): LocalizedText =>
  text(
    `${what} : fichier sans ligne d’en-tête, donnez le numéro de la colonne, de 1 à ${columns} (reçu « ${got} »)`,
    `${what}: the file has no header line, give the column's number, 1 to ${columns} (got "${got}")`,
  );
export const firstLineLooksLikeData = (message: LocalizedText): LocalizedText =>
  text(
    `${message.fr} ; la première ligne ressemble à des données : pour un fichier sans ligne d’en-tête, donnez les colonnes par numéro ou nommez-les avec --columns a,b,c`,
    `${message.en}; the first line looks like data: for a file without a header line, give the columns by number or name them with --columns a,b,c`,
  );

// ---- Encoding and totals -------------------------------------------------------------------------------

export const invalidUtf8 = (bytes: number, plural: boolean, lines: string): LocalizedText =>
  text(
    `fichier en UTF-8, mais ${bytes} octet(s) invalide(s) en UTF-8 (sans doute du Windows-1252) ${plural ? 'aux lignes' : 'à la ligne'} ${lines} : réenregistrez le fichier en UTF-8`,
    `the file is UTF-8, but ${bytes} byte(s) are invalid in UTF-8 (Windows-1252, probably) on line${plural ? 's' : ''} ${lines}: save the file again as UTF-8`,
  );
export const itemTotalOutsideLimits = (item: string): LocalizedText => text(`Total de l’article ${item} hors des limites du tableur`, `Total of item ${item} outside spreadsheet limits`);
