// Every French string the product can emit, checked for French typography (src/typography/french.ts):
// a no-break space before : ; ! ? % » and after «, the typographic apostrophe. Two nets: the sources
// (every `fr` text, every argument given to a parameter named `fr`, the sidebar's French table: the
// sheets, the sidebar, the function help, the core's and the command line's messages), and the French
// sheets as built (cells, texts inside formulas, validation messages and lists, chart titles).
// `npm run typography` fixes the sources; this test says what is left.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCdnowMaster } from '../bench/cdnow.js';
import { frenchPieces, sourceFiles } from '../scripts/french-strings.js';
import { ABC_HELP } from '../src/cli/abc.js';
import { AUDIT_HELP } from '../src/cli/audit.js';
import { CLV_HELP } from '../src/cli/clv.js';
import { MAIN_HELP } from '../src/cli/main.js';
import { RFM_HELP } from '../src/cli/rfm.js';
import { isSheetError, type SheetError } from '../src/cells/errors.js';
import { aggregateTransactions } from '../src/metrics/rfm/index.js';
import { buildWeightedAbcPlan } from '../src/plans/abc-weighted.js';
import { buildAuditPlans, buildSegmentationPlans } from '../src/plans/audit.js';
import { buildClvPlan } from '../src/plans/clv.js';
import type { SheetPlan } from '../src/plans/types.js';
import { frenchTypographyProblems } from '../src/typography/french.js';

function ok<T>(result: T | SheetError): T {
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

const pieces = frenchPieces(sourceFiles(path.resolve(process.cwd())));

/** The texts a French sheet shows: its name, its cells, the texts inside its formulas, its messages. */
function sheetTexts(plan: SheetPlan): string[] {
  const texts = [plan.name];
  for (const block of plan.blocks) {
    for (const row of block.cells) {
      for (const cell of row) {
        if ('formula' in cell) for (const match of cell.formula.matchAll(/"((?:[^"]|"")*)"/g)) texts.push((match[1] ?? '').replaceAll('""', '"'));
        else if (typeof cell.value === 'string') texts.push(cell.value);
      }
    }
  }
  for (const validation of plan.validations) {
    if (validation.message !== undefined) texts.push(validation.message);
    if (validation.rule.kind === 'list') texts.push(...validation.rule.values);
  }
  for (const chart of plan.charts) texts.push(chart.title, ...chart.series.map((series) => series.name));
  return texts;
}

describe('French typography everywhere French is written', () => {
  it('finds the French strings of the sheets, the sidebar, the help and the messages in the sources', () => {
    const where = (text: string): string[] => pieces.filter((piece) => piece.text.includes(text)).map((piece) => path.relative(process.cwd(), piece.file));
    expect(pieces.length).toBeGreaterThan(800);
    expect(where('Grille d’audit')).toContain('src/plans/checklist.ts');
    expect(where('Construire')).toContain('src/workbook/build-list.ts');
    expect(where('Ajouter au classeur')).toContain('src/ui/strings.ts');
    expect(where('Taux de marque')).toEqual(expect.arrayContaining([expect.stringMatching(/^src\/catalogue\//)]));
    expect(where('identifiant client')).toContain('src/messages/cli.ts');
    expect(where('ne peut pas être négatif')).toContain('src/messages/metrics.ts');
  });

  it('writes every French string of the sources with no-break spaces and typographic apostrophes', () => {
    const problems = pieces.flatMap((piece) => frenchTypographyProblems(piece.text).map((problem) => `${path.relative(process.cwd(), piece.file)}:${piece.line}: ${problem}`));
    expect(problems, 'run `npm run typography` to fix them').toEqual([]);
  });

  it('emits French typography in every French sheet the product builds', () => {
    const transactions = readCdnowMaster(600);
    const table = ok(aggregateTransactions(transactions));
    const plans = [
      ...buildAuditPlans({ language: 'fr' }),
      ...ok(buildSegmentationPlans({ language: 'fr', table })),
      buildWeightedAbcPlan({ language: 'fr' }),
      ok(buildClvPlan({ language: 'fr', transactions })).plan,
    ];
    const problems = plans.flatMap((plan) => sheetTexts(plan).flatMap((text) => frenchTypographyProblems(text).map((problem) => `${plan.name}: ${problem}`)));
    expect([...new Set(problems)]).toEqual([]);
  });
  it('writes the French half of every command-line help with French typography', () => {
    // Each help is French first, then English from a fixed sentence on: the French half is checked.
    const helps: [string, string, string][] = [
      ['promethee --help', MAIN_HELP, '\npromethee — commercial'],
      ['promethee rfm --help', RFM_HELP, '\nRFM segmentation:'],
      ['promethee abc --help', ABC_HELP, '\nABC (Pareto) classification'],
      ['promethee clv --help', CLV_HELP, '\nProbabilistic customer value:'],
      ['promethee audit --help', AUDIT_HELP, '\nWrites the sales and marketing audit workbook'],
    ];
    const problems = helps.flatMap(([command, help, english]) => {
      const end = help.indexOf(english);
      expect(end, command).toBeGreaterThan(0);
      return frenchTypographyProblems(help.slice(0, end)).map((problem) => `${command}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});
