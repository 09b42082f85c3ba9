/**
 * The grid of the active sheet: the computed values with their number formats, the theme's styles,
 * conditional formats, merges, column widths, row heights and charts of the plan that made the
 * sheet. Only the rows in view are drawn, so a sheet of thousands of rows scrolls freely.
 */
import { useMemo, useRef, useState, type CSSProperties, type ReactElement } from 'react';
import type { Language } from '../../cells/errors.js';
import { columnLetters } from '../../plans/a1.js';
import { STYLES, type StyleSpec } from '../../plans/theme.js';
import type { CellRange, ConditionalFormat } from '../../plans/types.js';
import { isCellError, type EngineValue, type FormulaEngine } from '../engine/engine.js';
import { cellKey, type SheetModel } from '../workbook/model.js';
import { Chart } from './Chart.js';
import { displayText } from './format.js';
import { shiftFormula } from './shift.js';

const DEFAULT_WIDTH = 72;
const DEFAULT_HEIGHT = 21;
const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 46;

/** Excel widths are in characters of the default font; heights in points. */
const widthPx = (characters: number): number => Math.round(characters * 7 + 5);
const heightPx = (points: number): number => Math.round((points * 4) / 3);

function styleCss(spec: StyleSpec | undefined, gridLines: boolean): CSSProperties {
  const css: CSSProperties = {};
  if (gridLines) css.borderRight = css.borderBottom = '1px solid #E1E1E1';
  if (spec === undefined) return css;
  if (spec.bold === true) css.fontWeight = 600;
  if (spec.italic === true) css.fontStyle = 'italic';
  if (spec.fontSize !== undefined) css.fontSize = `${spec.fontSize}pt`;
  if (spec.fontColor !== undefined) css.color = spec.fontColor;
  if (spec.fill !== undefined) css.background = spec.fill;
  if (spec.horizontal !== undefined) css.textAlign = spec.horizontal;
  if (spec.wrap === true) css.whiteSpace = 'normal';
  if (spec.vertical === 'top') css.verticalAlign = 'top';
  if (spec.border === 'box') css.border = '1px solid #A6A6A6';
  else if (spec.border === 'bottom') css.borderBottom = '2px solid #1F3A5F';
  else if (spec.border === 'top') css.borderTop = '1px solid #A6A6A6';
  return css;
}

function inRange(range: CellRange, row: number, column: number): boolean {
  return row >= range.row && row < range.row + range.rowCount && column >= range.column && column < range.column + range.columnCount;
}

function hex(color: string): [number, number, number] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = hex(a);
  const [r2, g2, b2] = hex(b);
  const c = (x: number, y: number): number => Math.round(x + (y - x) * t);
  return `rgb(${c(r1, r2)}, ${c(g1, g2)}, ${c(b1, b2)})`;
}

/** The fill of each cell under a colour scale: the range's numbers from lowest to highest, through the median. */
function colorScaleFills(format: Extract<ConditionalFormat, { kind: 'colorScale' }>, sheet: SheetModel, engine: FormulaEngine): Map<number, string> {
  const cells: [number, number][] = [];
  for (let row = format.range.row; row < format.range.row + format.range.rowCount; row++) {
    for (let column = format.range.column; column < format.range.column + format.range.columnCount; column++) {
      const value = engine.value(sheet, row, column);
      if (typeof value === 'number') cells.push([cellKey(row, column), value]);
    }
  }
  const fills = new Map<number, string>();
  if (cells.length === 0) return fills;
  const sorted = cells.map(([, v]) => v).sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  for (const [key, value] of cells) {
    if (format.midColor === undefined) {
      fills.set(key, mix(format.minColor, format.maxColor, max === min ? 0.5 : (value - min) / (max - min)));
    } else if (value <= median) {
      fills.set(key, mix(format.minColor, format.midColor, median === min ? 1 : (value - min) / (median - min)));
    } else {
      fills.set(key, mix(format.midColor, format.maxColor, max === median ? 1 : (value - median) / (max - median)));
    }
  }
  return fills;
}

interface GridProps {
  readonly sheet: SheetModel;
  readonly engine: FormulaEngine;
  readonly language: Language;
  readonly version: number;
  readonly selection: CellRange | undefined;
  readonly onSelect: (range: CellRange) => void;
  readonly onEdit: () => void;
}

/** The grid of one sheet. */
export function Grid({ sheet, engine, language, version, selection, onSelect, onEdit }: GridProps): ReactElement {
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 800 });
  const anchor = useRef<{ row: number; column: number } | null>(null);

  const layout = useMemo(() => {
    const extent = sheet.extent();
    const spilled = engine.spillExtent(sheet);
    const rows = Math.max(extent.rows, spilled.rows) + 30;
    const columns = Math.max(extent.columns, spilled.columns, 10) + 4;
    const tops = [0, 0];
    for (let row = 1; row <= rows; row++) {
      const height = sheet.heights.get(row);
      tops.push((tops[row] ?? 0) + (height === undefined ? DEFAULT_HEIGHT : heightPx(height)));
    }
    const lefts = [0, 0];
    for (let column = 1; column <= columns; column++) {
      const width = sheet.widths.get(column);
      lefts.push((lefts[column] ?? 0) + (width === undefined ? DEFAULT_WIDTH : widthPx(width)));
    }
    const covered = new Set<number>();
    const mergeAt = new Map<number, CellRange>();
    for (const merge of sheet.merges) {
      mergeAt.set(cellKey(merge.row, merge.column), merge);
      for (let r = merge.row; r < merge.row + merge.rowCount; r++) {
        for (let c = merge.column; c < merge.column + merge.columnCount; c++) if (r !== merge.row || c !== merge.column) covered.add(cellKey(r, c));
      }
    }
    const scaleFills = new Map<number, string>();
    for (const format of sheet.conditionalFormats) {
      if (format.kind === 'colorScale') for (const [key, fill] of colorScaleFills(format, sheet, engine)) scaleFills.set(key, fill);
    }
    return { rows, columns, tops, lefts, covered, mergeAt, scaleFills };
    // The version changes whenever the workbook does: the memo follows it.
  }, [sheet, engine, version]);

  const { rows, columns, tops, lefts, covered, mergeAt, scaleFills } = layout;
  const top = tops[rows + 1] ?? 0;
  // Frozen rows are always drawn, and stay at the top (sticky); the others are drawn when in view.
  const frozenRows = Math.min(sheet.freeze.rows, rows);
  const frozenColumns = sheet.freeze.columns;
  let first = frozenRows + 1;
  while (first < rows && (tops[first + 1] ?? 0) < scroll.top) first++;
  let last = first;
  while (last < rows && (tops[last] ?? 0) < scroll.top + scroll.height + 200) last++;

  const conditional = (row: number, column: number): CSSProperties => {
    const css: CSSProperties = {};
    const fill = scaleFills.get(cellKey(row, column));
    if (fill !== undefined) css.background = fill;
    for (const format of sheet.conditionalFormats) {
      if (format.kind !== 'formula' || !inRange(format.range, row, column)) continue;
      const formula = shiftFormula(format.formula, row - format.range.row, column - format.range.column);
      if (engine.evaluate(sheet, formula, row, column) !== true) continue;
      if (format.style.fill !== undefined) css.background = format.style.fill;
      if (format.style.fontColor !== undefined) css.color = format.style.fontColor;
      if (format.style.bold === true) css.fontWeight = 600;
    }
    return css;
  };

  const cell = (row: number, column: number): ReactElement | null => {
    const key = cellKey(row, column);
    if (covered.has(key)) return null;
    const merge = mergeAt.get(key);
    const value: EngineValue = engine.value(sheet, row, column);
    const format = sheet.formats.get(key);
    const style = sheet.styles.get(key);
    const text = displayText(value, format, language);
    const css: CSSProperties = {
      ...styleCss(style === undefined ? undefined : STYLES[style], sheet.showGridLines),
      ...conditional(row, column),
    };
    if (css.textAlign === undefined && (typeof value === 'number' || typeof value === 'boolean')) css.textAlign = 'right';
    if (isCellError(value)) css.color = '#C00000';
    if (row <= frozenRows || column <= frozenColumns) {
      css.position = 'sticky';
      css.background ??= '#FFFFFF';
      if (row <= frozenRows) css.top = HEADER_HEIGHT + (tops[row] ?? 0);
      if (column <= frozenColumns) css.left = ROW_HEADER_WIDTH + (lefts[column] ?? 0);
      css.zIndex = row <= frozenRows && column <= frozenColumns ? 3 : 2;
    }
    const selected = selection !== undefined && inRange(selection, row, column);
    const spilled = engine.spillAnchor(sheet, row, column) !== undefined;
    const active = selection !== undefined && selection.row === row && selection.column === column;
    // Text runs on over empty cells to its right, as in Excel (section headings, notes).
    const overflows =
      typeof value === 'string' &&
      text !== '' &&
      merge === undefined &&
      css.whiteSpace !== 'normal' &&
      (css.textAlign === undefined || css.textAlign === 'left') &&
      sheet.input(row, column + 1) === undefined &&
      engine.spillAnchor(sheet, row, column + 1) === undefined;
    const className = ['cell', selected ? 'selected' : '', active ? 'active' : '', spilled ? 'spilled' : '', overflows ? 'overflow' : '']
      .filter((c) => c !== '')
      .join(' ');
    const rowSpan = merge === undefined ? 1 : Math.min(merge.rowCount, last - row + 1);
    return (
      <td
        key={column}
        className={className}
        style={css}
        rowSpan={rowSpan}
        colSpan={merge?.columnCount ?? 1}
        title={isCellError(value) ? value.message : undefined}
        data-cell={`${columnLetters(column)}${row}`}
        onMouseDown={(event) => {
          const start = event.shiftKey && anchor.current !== null ? anchor.current : { row, column };
          anchor.current = start;
          onSelect(rangeOf(start, { row, column }));
        }}
        onMouseEnter={(event) => {
          if ((event.buttons & 1) === 1 && anchor.current !== null) onSelect(rangeOf(anchor.current, { row, column }));
        }}
        onDoubleClick={onEdit}
      >
        <div className="content" style={{ height: (tops[row + rowSpan] ?? 0) - (tops[row] ?? 0) - 1 }}>
          {text}
        </div>
      </td>
    );
  };

  const body: ReactElement[] = [];
  const drawRow = (row: number): void => {
    const cells: (ReactElement | null)[] = [];
    for (let column = 1; column <= columns; column++) cells.push(cell(row, column));
    const header: CSSProperties = row <= frozenRows ? { top: HEADER_HEIGHT + (tops[row] ?? 0), zIndex: 4 } : {};
    body.push(
      <tr key={row} style={{ height: (tops[row + 1] ?? 0) - (tops[row] ?? 0) }}>
        <th className="row-header" style={header}>
          {row}
        </th>
        {cells}
      </tr>,
    );
  };
  for (let row = 1; row <= frozenRows; row++) drawRow(row);
  body.push(<tr key="gap" style={{ height: (tops[first] ?? 0) - (tops[frozenRows + 1] ?? 0) }} />);
  for (let row = first; row <= last; row++) drawRow(row);

  return (
    <div
      className="grid-scroller"
      ref={scroller}
      onScroll={(event) => { setScroll({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight }); }}
    >
      <div style={{ position: 'relative', height: top + HEADER_HEIGHT, width: (lefts[columns + 1] ?? 0) + ROW_HEADER_WIDTH }}>
        <table className="grid" style={{ width: (lefts[columns + 1] ?? 0) + ROW_HEADER_WIDTH }}>
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {Array.from({ length: columns }, (_, i) => (
              <col key={i} style={{ width: (lefts[i + 2] ?? 0) - (lefts[i + 1] ?? 0) }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: HEADER_HEIGHT }}>
              <th className="corner" />
              {Array.from({ length: columns }, (_, i) => (
                <th key={i} className="column-header">
                  {columnLetters(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body}
          </tbody>
        </table>
        {sheet.charts.map((chart, i) => {
          const { row, column, rowCount, columnCount } = chart.anchor;
          const left = ROW_HEADER_WIDTH + (lefts[column] ?? 0);
          const y = HEADER_HEIGHT + (tops[row] ?? 0);
          const width = (lefts[column + columnCount] ?? 0) - (lefts[column] ?? 0);
          const height = (tops[row + rowCount] ?? 0) - (tops[row] ?? 0);
          return (
            <div key={i} className="chart-frame" style={{ left, top: y, width, height }}>
              <Chart chart={chart} sheet={sheet} engine={engine} language={language} width={width} height={height} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The rectangle between two cells. */
export function rangeOf(a: { row: number; column: number }, b: { row: number; column: number }): CellRange {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, rowCount: Math.abs(a.row - b.row) + 1, columnCount: Math.abs(a.column - b.column) + 1 };
}
