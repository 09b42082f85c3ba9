/**
 * A chart of a sheet plan drawn in SVG over its anchor cells: columns, bars, lines, a radar, a
 * pareto (columns with the cumulative share as a line on a 0–100 % axis), or points placed by x and y
 * (scatter) and sized (bubble), from the computed cells.
 */
import type { ReactElement } from 'react';
import type { Language } from '../../cells/errors.js';
import type { CellRange, ChartPlan } from '../../plans/types.js';
import type { FormulaEngine } from '../engine/engine.js';
import type { SheetModel } from '../workbook/model.js';
import { displayText } from './format.js';

const COLORS = ['#2E75B6', '#ED7D31', '#70AD47', '#FFC000', '#7030A0', '#1F3A5F'];

function cellsOf(range: CellRange): { row: number; column: number }[] {
  const out: { row: number; column: number }[] = [];
  for (let row = range.row; row < range.row + range.rowCount; row++) {
    for (let column = range.column; column < range.column + range.columnCount; column++) out.push({ row, column });
  }
  return out;
}

interface ChartProps {
  readonly chart: ChartPlan;
  readonly sheet: SheetModel;
  readonly engine: FormulaEngine;
  readonly language: Language;
  readonly width: number;
  readonly height: number;
}

/**
 * A scatter or bubble chart: each named point at (x, y), a bubble's area proportional to its size,
 * the name beside it; rows without a name or without numbers are not drawn.
 */
function XyChart({ chart, sheet, engine, language, width, height }: ChartProps): ReactElement {
  const numbersOf = (range: CellRange | undefined): (number | null)[] =>
    range === undefined
      ? []
      : cellsOf(range).map(({ row, column }) => {
          const value = engine.value(sheet, row, column);
          return typeof value === 'number' && Number.isFinite(value) ? value : null;
        });
  const names = cellsOf(chart.categories).map(({ row, column }) => displayText(engine.value(sheet, row, column), undefined, language));
  const [series] = chart.series;
  const xs = numbersOf(series?.x);
  const ys = numbersOf(series?.values);
  const sizes = numbersOf(series?.sizes);
  const points = names.flatMap((name, i) => {
    const x = xs[i];
    const y = ys[i];
    return name === '' || x === null || x === undefined || y === null || y === undefined ? [] : [{ name, x, y, size: Math.max(0, sizes[i] ?? 0) }];
  });
  const pad = { left: 56, right: 24, top: 34, bottom: 40 };
  const plotWidth = Math.max(10, width - pad.left - pad.right);
  const plotHeight = Math.max(10, height - pad.top - pad.bottom);
  const span = (values: number[]): [number, number] => {
    const low = Math.min(0, ...values);
    const high = Math.max(1e-9, ...values);
    return [low, high + (high - low) * 0.1];
  };
  const [xLow, xHigh] = span(points.map((p) => p.x));
  const [yLow, yHigh] = span(points.map((p) => p.y));
  const left = (x: number): number => pad.left + (plotWidth * (x - xLow)) / (xHigh - xLow);
  const top = (y: number): number => pad.top + plotHeight * (1 - (y - yLow) / (yHigh - yLow));
  const largest = Math.max(1e-9, ...points.map((p) => p.size));
  const radius = (size: number): number => (chart.kind === 'bubble' ? 4 + 22 * Math.sqrt(size / largest) : 5);
  const tick = (value: number, format: ChartPlan['valueFormat']): string => displayText(value, format ?? 'decimal', language);
  const elements: ReactElement[] = [];
  for (const level of [0, 0.5, 1]) {
    const y = pad.top + plotHeight * (1 - level);
    const x = pad.left + plotWidth * level;
    elements.push(<line key={`gy${level}`} x1={pad.left} x2={pad.left + plotWidth} y1={y} y2={y} stroke="#E7E7E7" />);
    elements.push(<text key={`ty${level}`} x={pad.left - 4} y={y + 3} fontSize={9} textAnchor="end">{tick(yLow + (yHigh - yLow) * level, chart.valueFormat)}</text>);
    elements.push(<text key={`tx${level}`} x={x} y={pad.top + plotHeight + 14} fontSize={9} textAnchor="middle">{tick(xLow + (xHigh - xLow) * level, chart.xFormat)}</text>);
  }
  points.forEach((p, i) => {
    const color = COLORS[i % COLORS.length] ?? '#2E75B6';
    elements.push(<circle key={`p${i}`} cx={left(p.x)} cy={top(p.y)} r={radius(p.size)} fill={color} fillOpacity={0.6} stroke={color} />);
    elements.push(<text key={`n${i}`} x={left(p.x) + radius(p.size) + 3} y={top(p.y) + 3} fontSize={9}>{p.name.length > 18 ? `${p.name.slice(0, 17)}…` : p.name}</text>);
  });
  return (
    <svg className="chart" width={width} height={height} role="img" aria-label={chart.title}>
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#FFFFFF" stroke="#BFBFBF" />
      <text x={width / 2} y={20} fontSize={13} fontWeight={600} textAnchor="middle" fill="#1F3A5F">{chart.title}</text>
      <line x1={pad.left} x2={pad.left} y1={pad.top} y2={pad.top + plotHeight} stroke="#BFBFBF" />
      <line x1={pad.left} x2={pad.left + plotWidth} y1={top(0)} y2={top(0)} stroke="#BFBFBF" />
      {elements}
    </svg>
  );
}

/** One chart, sized to its anchor. */
export function Chart(props: ChartProps): ReactElement {
  const { chart } = props;
  return chart.kind === 'scatter' || chart.kind === 'bubble' ? <XyChart {...props} /> : <CategoryChart {...props} />;
}

/** A chart over categories: columns, bars, lines, a radar or a pareto. */
function CategoryChart({ chart, sheet, engine, language, width, height }: ChartProps): ReactElement {
  const categories = cellsOf(chart.categories).map(({ row, column }) => displayText(engine.value(sheet, row, column), undefined, language));
  const series = chart.series.map((s) => ({
    ...s,
    numbers: cellsOf(s.values).map(({ row, column }) => {
      const value = engine.value(sheet, row, column);
      return typeof value === 'number' ? value : 0;
    }),
  }));
  // Rows without a category (empty input rows) are not drawn.
  const shown = categories.map((category, i) => (category === '' ? -1 : i)).filter((i) => i >= 0);
  const pad = { left: chart.kind === 'bar' ? 120 : 56, right: chart.kind === 'pareto' ? 44 : 16, top: 34, bottom: 58 };
  const plotWidth = Math.max(10, width - pad.left - pad.right);
  const plotHeight = Math.max(10, height - pad.top - pad.bottom);
  const bars = series.filter((s) => s.line !== true || chart.kind !== 'pareto');
  const lines = chart.kind === 'pareto' ? series.filter((s) => s.line === true) : [];
  const max = Math.max(1e-9, ...bars.flatMap((s) => shown.map((i) => s.numbers[i] ?? 0)));
  const tick = (value: number): string => displayText(value, chart.valueFormat ?? 'integer', language);
  const label = (text: string): string => (text.length > 18 ? `${text.slice(0, 17)}…` : text);
  const elements: ReactElement[] = [];
  const step = plotWidth / Math.max(1, shown.length);

  if (chart.kind === 'radar') {
    const cx = width / 2;
    const cy = pad.top + plotHeight / 2;
    const radius = Math.min(plotWidth, plotHeight) / 2;
    const point = (k: number, r: number): [number, number] => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / Math.max(1, shown.length);
      return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    };
    for (const level of [0.25, 0.5, 0.75, 1]) {
      elements.push(<polygon key={`grid${level}`} points={shown.map((_, k) => point(k, radius * level).join(',')).join(' ')} fill="none" stroke="#D9D9D9" />);
    }
    shown.forEach((i, k) => {
      const [x, y] = point(k, radius + 12);
      elements.push(<text key={`cat${i}`} x={x} y={y} fontSize={10} textAnchor="middle">{label(categories[i] ?? '')}</text>);
    });
    series.forEach((s, n) => {
      const points = shown.map((i, k) => point(k, (radius * (s.numbers[i] ?? 0)) / max).join(',')).join(' ');
      elements.push(<polygon key={`s${n}`} points={points} fill={COLORS[n % COLORS.length]} fillOpacity={0.25} stroke={COLORS[n % COLORS.length]} strokeWidth={2} />);
    });
  } else if (chart.kind === 'bar') {
    const rowStep = plotHeight / Math.max(1, shown.length);
    shown.forEach((i, k) => {
      const y = pad.top + k * rowStep;
      elements.push(<text key={`cat${i}`} x={pad.left - 4} y={y + rowStep / 2 + 3} fontSize={10} textAnchor="end">{label(categories[i] ?? '')}</text>);
      bars.forEach((s, n) => {
        const h = (rowStep * 0.8) / bars.length;
        const w = (plotWidth * Math.max(0, s.numbers[i] ?? 0)) / max;
        elements.push(<rect key={`b${i}-${n}`} x={pad.left} y={y + rowStep * 0.1 + n * h} width={w} height={h} fill={COLORS[n % COLORS.length]} />);
      });
    });
  } else {
    for (const level of [0, 0.25, 0.5, 0.75, 1]) {
      const y = pad.top + plotHeight * (1 - level);
      elements.push(<line key={`g${level}`} x1={pad.left} x2={pad.left + plotWidth} y1={y} y2={y} stroke="#E7E7E7" />);
      elements.push(<text key={`t${level}`} x={pad.left - 4} y={y + 3} fontSize={9} textAnchor="end">{tick(max * level)}</text>);
    }
    shown.forEach((i, k) => {
      const x = pad.left + k * step + step / 2;
      elements.push(
        <text key={`cat${i}`} x={x} y={pad.top + plotHeight + 12} fontSize={9} textAnchor="end" transform={`rotate(-30 ${x} ${pad.top + plotHeight + 12})`}>
          {label(categories[i] ?? '')}
        </text>,
      );
    });
    bars.forEach((s, n) => {
      const color = COLORS[n % COLORS.length] ?? '#2E75B6';
      if (chart.kind === 'line') {
        const points = shown.map((i, k) => `${pad.left + k * step + step / 2},${pad.top + plotHeight * (1 - (s.numbers[i] ?? 0) / max)}`).join(' ');
        elements.push(<polyline key={`l${n}`} points={points} fill="none" stroke={color} strokeWidth={2} />);
        return;
      }
      const w = (step * 0.7) / bars.length;
      shown.forEach((i, k) => {
        const value = Math.max(0, s.numbers[i] ?? 0);
        const h = (plotHeight * value) / max;
        elements.push(<rect key={`c${i}-${n}`} x={pad.left + k * step + step * 0.15 + n * w} y={pad.top + plotHeight - h} width={w} height={h} fill={color} />);
      });
    });
    lines.forEach((s, n) => {
      // The cumulative share: a 0–100 % axis on the right.
      const points = shown.map((i, k) => `${pad.left + k * step + step / 2},${pad.top + plotHeight * (1 - Math.min(1, s.numbers[i] ?? 0))}`).join(' ');
      elements.push(<polyline key={`p${n}`} points={points} fill="none" stroke="#ED7D31" strokeWidth={2} />);
      for (const level of [0, 0.5, 1]) {
        elements.push(<text key={`pt${level}`} x={pad.left + plotWidth + 4} y={pad.top + plotHeight * (1 - level) + 3} fontSize={9}>{`${level * 100} %`}</text>);
      }
    });
  }

  return (
    <svg className="chart" width={width} height={height} role="img" aria-label={chart.title}>
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#FFFFFF" stroke="#BFBFBF" />
      <text x={width / 2} y={20} fontSize={13} fontWeight={600} textAnchor="middle" fill="#1F3A5F">{chart.title}</text>
      {elements}
      <g>
        {series.map((s, n) => (
          <g key={`legend${n}`} transform={`translate(${pad.left + n * 150}, ${height - 12})`}>
            <rect width={10} height={10} y={-9} fill={s.line === true && chart.kind === 'pareto' ? '#ED7D31' : COLORS[n % COLORS.length]} />
            <text x={14} fontSize={10}>{label(s.name)}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
