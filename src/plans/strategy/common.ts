/**
 * What the strategy grids share: the opening of a grid (title, subtitle, the legend of the cell
 * colours), section headings, the style of example rows, and a small table of named parameters.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { SheetPlanBuilder, valueCell } from '../sheet-builder.js';
import { addTable, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { NumberFormatName, StyleName, ValidationRule } from '../types.js';

/** What opens a grid. */
export interface GridIdentity {
  readonly key: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly title: LocalizedText;
  readonly subtitle: LocalizedText;
}

const LEGEND: LocalizedText = {
  fr: 'Cellules jaunes : à saisir · orange : exemples à remplacer · grises : calculées.',
  en: 'Yellow cells: to fill in · orange: examples to replace · grey: computed.',
};

/** Suffix of an example row's label. */
export const EXAMPLE_SUFFIX: LocalizedText = { fr: ' (exemple)', en: ' (example)' };

/**
 * A grid's builder with its title (row 1), subtitle (row 2) and the legend of the colours (row 3).
 * @param identity - key, version, names
 * @param width - columns the title spans
 * @param language - the sheet's language
 */
export function startGrid(identity: GridIdentity, width: number, language: Language): SheetPlanBuilder {
  const builder = new SheetPlanBuilder({ key: identity.key, version: identity.version, name: identity.name[language], language })
    .title(identity.title[language], width, identity.subtitle[language])
    .tabColor(PALETTE.blue);
  builder.block(3, 1, [[valueCell(LEGEND[language])]]).style(cellRange(3, 1), 'note').merge(cellRange(3, 1, 1, width));
  return builder;
}

/** A section heading over `width` columns. */
export function section(builder: SheetPlanBuilder, row: number, text: LocalizedText, width: number, language: Language): void {
  builder.block(row, 1, [[valueCell(text[language])]]).style(cellRange(row, 1, 1, width), 'section');
}

/** The style of the input rows: `example` for the first `examples` rows when they are examples, `input` below. */
export function inputStyle(examples: number): (index: number) => StyleName {
  return (index) => (index < examples ? 'example' : 'input');
}

/** One named parameter of a grid (a threshold, a budget). */
export interface GridParameter {
  readonly label: LocalizedText;
  /** A number, or a text (a choice of a list, a sheet's name). */
  readonly value: number | string;
  readonly format: NumberFormatName;
  /** The workbook name of its cell. */
  readonly name: string;
  /** Absent: any value (a sheet's name). */
  readonly rule?: ValidationRule;
}

/**
 * A two-column table of named parameters (label, value) with its header at `row`.
 * @returns the table's layout (column `value` holds the named cells)
 */
export function addParameters(builder: SheetPlanBuilder, row: number, parameters: readonly GridParameter[], language: Language): TableLayout<'label' | 'value'> {
  const layout = addTable(
    builder,
    {
      row,
      rows: parameters.length,
      columns: [
        { key: 'label', header: { fr: 'Paramètre', en: 'Parameter' }, style: 'label', cell: ({ index }) => parameters[index]?.label[language] ?? null },
        {
          key: 'value',
          header: { fr: 'Valeur', en: 'Value' },
          style: 'input',
          format: (index) => parameters[index]?.format,
          cell: ({ index }) => parameters[index]?.value ?? null,
        },
      ],
    },
    language,
  );
  parameters.forEach((parameter, index) => {
    const at = cellRange(layout.firstRow + index, layout.column('value'));
    builder.name(parameter.name, at);
    if (parameter.rule !== undefined) builder.validate(at, parameter.rule, { strict: true });
  });
  return layout;
}

/** A text in the sheet's language, quoted for a formula (double quotes doubled). */
export function quoted(text: LocalizedText | string, language: Language): string {
  const value = typeof text === 'string' ? text : text[language];
  return `"${value.replaceAll('"', '""')}"`;
}
