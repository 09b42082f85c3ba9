/**
 * The output side of the commands: the help text that every command shares about `--out` and about
 * the ids written with a leading apostrophe.
 */
import type { LocalizedText } from '../cells/errors.js';

/** The `--out` line of a command writing CSV, aligned as the options of the help are. */
export const OUT_OPTION_HELP: LocalizedText = {
  fr: `  --out FICHIER.csv   écrit le résultat dans ce fichier (« - » ou absent : sortie standard) ; voir
                      « Sorties » ci-dessous`,
  en: `  --out FILE.csv      write the result to this file ("-" or absent: standard output); see "Outputs"
                      below`,
};

/** How every output file is written: the atomic-output rule, as the help states it. */
export const ATOMIC_OUTPUT_HELP: LocalizedText = {
  fr: `Sorties : un fichier --out est d’abord écrit dans un fichier temporaire du même dossier, puis renommé
une fois complet : interrompue (Ctrl-C, disque plein), la commande laisse l’ancien fichier intact et
aucun fichier temporaire. --out ne peut pas désigner le fichier d’entrée (ni un lien vers lui).`,
  en: `Outputs: an --out file is first written to a temporary file in the same folder, then renamed once
complete: interrupted (Ctrl-C, a full disk), the command leaves the previous file intact and no
temporary file. --out cannot name the input file (nor a link to it).`,
};

/** Which ids the CSV output writes with a leading apostrophe (see `needsCsvTextMark`). */
export const TEXT_MARK_HELP: LocalizedText = {
  fr: `Protection : un identifiant qu’un tableur exécuterait ou transformerait est écrit précédé d’une
apostrophe (visible dans la cellule), pour rester le même texte : =, +, -, @, #, « ' » en tête
(sauf un entier négatif comme -42), chiffres et signes lus comme un nombre, une date ou une heure
(00123, 123456789012, 1/2, 2024-01-31, 12:30, 1,5, 12 %), VRAI, FAUX, TRUE, FALSE.`,
  en: `Protection: an id a spreadsheet would run or change is written with a leading apostrophe (visible in
the cell), so that it stays the same text: starting with =, +, -, @, #, "'" (but for a negative whole
number such as -42), digits and signs read as a number, a date or a time (00123, 123456789012, 1/2,
2024-01-31, 12:30, 1,5, 12 %), TRUE, FALSE, VRAI, FAUX.`,
};

/** Lines joined into one piece of text at a time. */
const LINES_PER_PIECE = 1024;

/**
 * The lines of an output, each ended by `\n`, joined a thousand at a time as they come: the text is
 * then kept as a few hundred flat strings rather than hundreds of thousands of small ones (and the
 * pieces each line is made of), which the garbage collector would otherwise copy over and over.
 */
export class OutputLines {
  private lines: string[] = [];
  private readonly pieces: string[] = [];

  /** Adds a line (without its `\n`). */
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length === LINES_PER_PIECE) this.flush();
  }

  /** Every line, each ended by `\n`. */
  text(): string {
    this.flush();
    return this.pieces.join('');
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    this.pieces.push(`${this.lines.join('\n')}\n`);
    this.lines = [];
  }
}
