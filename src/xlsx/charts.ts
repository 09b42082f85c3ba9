/**
 * Charts for the .xlsx writer. ExcelJS writes no chart, so the written file is opened again as the
 * zip it is and, for each sheet with charts, a drawing part and one DrawingML chart part per chart are
 * added and linked (sheet → drawing → charts, content types). The charts read their data from the
 * sheet's ranges, so Excel and LibreOffice draw them from the recalculated cells.
 */
import JSZip from 'jszip';
import { NUMBER_FORMATS } from '../plans/theme.js';
import { rangeReference } from '../plans/names.js';
import { PlanError, type CellRange, type ChartPlan, type ChartSeries } from '../plans/types.js';
import { PALETTE } from '../plans/theme.js';

/** The charts of one sheet, by its final name. */
export interface SheetCharts {
  readonly sheetName: string;
  readonly charts: readonly ChartPlan[];
}

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const TYPE_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const TYPE_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const SERIES_COLORS = [PALETTE.blue, '#ED7D31', PALETTE.navy, '#70AD47', '#FFC000'];

/** Elements a worksheet may hold after <drawing>, in schema order: the drawing goes before the first. */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/**
 * Adds charts to an .xlsx file.
 * @param xlsx - the file's bytes, as ExcelJS wrote it
 * @param sheets - the charts of each sheet, by final sheet name
 * @returns the bytes of the file with the charts
 * @throws PlanError when a sheet is not in the file or already has a drawing
 * @example await addChartsToXlsx(bytes, [{ sheetName: 'KPI', charts: [cacChart] }])
 */
export async function addChartsToXlsx(xlsx: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPaths = await worksheetPaths(zip);
  let contentTypes = await text(zip, '[Content_Types].xml');
  let chartNumber = 0;
  let drawingNumber = 0;
  for (const { sheetName, charts } of sheets) {
    if (charts.length === 0) continue;
    const sheetPath = sheetPaths.get(sheetName);
    if (sheetPath === undefined) throw new PlanError(`No sheet "${sheetName}" in the written file`);
    drawingNumber++;
    for (const part of drawingParts(sheetName, charts, drawingNumber, chartNumber + 1)) {
      zip.file(part.path, part.xml);
      if (part.contentType !== undefined) contentTypes = addOverride(contentTypes, `/${part.path}`, part.contentType);
    }
    chartNumber += charts.length;
    const relId = await linkDrawing(zip, sheetPath, `../drawings/drawing${drawingNumber}.xml`);
    const sheetXml = await text(zip, sheetPath);
    if (sheetXml.includes('<drawing ')) throw new PlanError(`The sheet "${sheetName}" already has a drawing`);
    const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((index) => index >= 0));
    const withRoot = sheetXml.includes(`xmlns:r="${NS.r}"`) ? sheetXml : sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
    const shift = withRoot.length - sheetXml.length;
    zip.file(sheetPath, `${withRoot.slice(0, at + shift)}<drawing r:id="${relId}"/>${withRoot.slice(at + shift)}`);
  }
  zip.file('[Content_Types].xml', contentTypes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** One part of a sheet's charts: the drawing, its relationships, or a chart. */
export interface ChartPart {
  readonly path: string;
  readonly xml: string;
  /** The content type to declare for the part; none for a relationships part. */
  readonly contentType?: string;
}

/**
 * The parts that draw one sheet's charts: one chart part each (numbered from `firstChart`), the
 * drawing `xl/drawings/drawing<drawing>.xml` that anchors them, and the drawing's relationships.
 * The sheet itself still needs a `<drawing r:id>` and a relationship to the drawing.
 * @param sheetName - the sheet's final name, which the charts' references use
 * @param charts - the sheet's charts
 * @param drawing - the drawing's number in the file
 * @param firstChart - the number of the sheet's first chart in the file
 * @returns the parts, charts first
 * @example drawingParts('KPI', [chart], 1, 1).map((part) => part.path) // ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]
 */
export function drawingParts(sheetName: string, charts: readonly ChartPlan[], drawing: number, firstChart: number): ChartPart[] {
  const parts: ChartPart[] = [];
  const anchors: string[] = [];
  const drawingRels: string[] = [];
  charts.forEach((chart, i) => {
    const chartNumber = firstChart + i;
    parts.push({ path: `xl/charts/chart${chartNumber}.xml`, xml: chartXml(sheetName, chart), contentType: TYPE_CHART });
    drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNumber}.xml"/>`);
    anchors.push(anchorXml(chart.anchor, `rId${i + 1}`, i + 2, chart.title));
  });
  parts.push({
    path: `xl/drawings/drawing${drawing}.xml`,
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join('')}</xdr:wsDr>`,
    contentType: TYPE_DRAWING,
  });
  parts.push({ path: `xl/drawings/_rels/drawing${drawing}.xml.rels`, xml: relationships(drawingRels) });
  return parts;
}

/** The relationship type of a sheet's drawing. */
export const DRAWING_RELATIONSHIP = REL_DRAWING;

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new PlanError(`The written file has no part ${path}`);
  return file.async('string');
}

/** Sheet name → path of its XML part, read from the workbook and its relationships. */
async function worksheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const path = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && path !== undefined) paths.set(unescapeXml(name), path);
  }
  return paths;
}

/** Adds the sheet → drawing relationship and returns its id. */
async function linkDrawing(zip: JSZip, sheetPath: string, target: string): Promise<string> {
  const slash = sheetPath.lastIndexOf('/');
  const relsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const existing = zip.file(relsPath) === null ? null : await text(zip, relsPath);
  const used = new Set([...(existing ?? '').matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const relation = `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="${target}"/>`;
  zip.file(relsPath, existing === null ? relationships([relation]) : existing.replace('</Relationships>', `${relation}</Relationships>`));
  return id;
}

function relationships(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${items.join('')}</Relationships>`;
}

function addOverride(contentTypes: string, partName: string, type: string): string {
  return contentTypes.replace('</Types>', `<Override PartName="${partName}" ContentType="${type}"/></Types>`);
}

function anchorXml(anchor: CellRange, relId: string, id: number, title: string): string {
  const corner = (row: number, column: number): string =>
    `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${corner(anchor.row - 1, anchor.column - 1)}</xdr:from>` +
    `<xdr:to>${corner(anchor.row - 1 + anchor.rowCount, anchor.column - 1 + anchor.columnCount)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/**
 * The DrawingML part of one chart.
 * @param sheetName - the final name of the sheet holding the data
 * @param chart - the chart plan
 * @returns the chart part's XML
 * @example chartXml('KPI', { kind: 'column', ... }) // '<?xml … <c:barChart> …'
 */
export function chartXml(sheetName: string, chart: ChartPlan): string {
  const categories = rangeReference(sheetName, chart.categories);
  const valueFormat = NUMBER_FORMATS[chart.valueFormat ?? 'decimal'];
  const columns = chart.kind === 'pareto' ? chart.series.filter((s) => s.line !== true) : chart.series;
  const lines = chart.kind === 'pareto' ? chart.series.filter((s) => s.line === true) : [];
  let plot: string;
  if (chart.kind === 'column' || chart.kind === 'bar' || chart.kind === 'pareto') {
    const direction = chart.kind === 'bar' ? 'bar' : 'col';
    plot =
      `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
      columns.map((s, i) => seriesXml(sheetName, s, i, categories, 'bar')).join('') +
      `<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`;
    if (lines.length > 0) {
      plot +=
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
        lines.map((s, i) => seriesXml(sheetName, s, columns.length + i, categories, 'line')).join('') +
        `<c:marker val="1"/><c:axId val="1003"/><c:axId val="1004"/></c:lineChart>`;
    }
    const barAxisPosition = chart.kind === 'bar' ? ['l', 'b'] : ['b', 'l'];
    plot +=
      categoryAxis(1001, 1002, barAxisPosition[0] ?? 'b', false, chart.kind === 'bar') +
      valueAxis(1002, 1001, barAxisPosition[1] ?? 'l', valueFormat, 'autoZero', chart.valueMax ?? null);
    if (lines.length > 0) plot += categoryAxis(1003, 1004, 'b', true, false) + valueAxis(1004, 1003, 'r', NUMBER_FORMATS.percent, 'max', 1);
  } else if (chart.kind === 'line') {
    plot =
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
      chart.series.map((s, i) => seriesXml(sheetName, s, i, categories, 'line')).join('') +
      `<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>` +
      categoryAxis(1001, 1002, 'b', false, false) +
      valueAxis(1002, 1001, 'l', valueFormat, 'autoZero', chart.valueMax ?? null);
  } else if (chart.kind === 'scatter' || chart.kind === 'bubble') {
    plot = xyPlot(sheetName, chart, valueFormat);
  } else {
    plot =
      `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>` +
      chart.series.map((s, i) => seriesXml(sheetName, s, i, categories, 'radar')).join('') +
      `<c:axId val="1001"/><c:axId val="1002"/></c:radarChart>` +
      categoryAxis(1001, 1002, 'b', false, false) +
      valueAxis(1002, 1001, 'l', valueFormat, 'autoZero', chart.valueMax ?? null);
  }
  const legend = chart.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="fr-FR" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/**
 * A scatter or bubble plot: each series' points at (x, y), a bubble's area proportional to its size;
 * two value axes (x at the bottom, y on the left). A scatter's points are markers without lines.
 */
function xyPlot(sheetName: string, chart: ChartPlan, valueFormat: string): string {
  const bubble = chart.kind === 'bubble';
  const numbers = (tag: string, range: CellRange | undefined): string =>
    range === undefined ? '' : `<c:${tag}><c:numRef><c:f>${escapeXml(rangeReference(sheetName, range))}</c:f></c:numRef></c:${tag}>`;
  const series = chart.series
    .map((s, i) => {
      const color = (SERIES_COLORS[i % SERIES_COLORS.length] ?? PALETTE.blue).slice(1);
      const shape = bubble
        ? `<c:spPr><a:solidFill><a:srgbClr val="${color}"><a:alpha val="70000"/></a:srgbClr></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
        : `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="8"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:marker>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${shape}` +
        numbers('xVal', s.x) +
        numbers('yVal', s.values) +
        (bubble ? `${numbers('bubbleSize', s.sizes)}<c:bubble3D val="0"/>` : '<c:smooth val="0"/>') +
        `</c:ser>`
      );
    })
    .join('');
  const body = bubble
    ? `<c:bubbleChart><c:varyColors val="0"/>${series}<c:bubbleScale val="100"/><c:showNegBubbles val="0"/><c:sizeRepresents val="area"/><c:axId val="1001"/><c:axId val="1002"/></c:bubbleChart>`
    : `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}<c:axId val="1001"/><c:axId val="1002"/></c:scatterChart>`;
  const xFormat = NUMBER_FORMATS[chart.xFormat ?? 'decimal'];
  return body + valueAxis(1001, 1002, 'b', xFormat, 'autoZero', null) + valueAxis(1002, 1001, 'l', valueFormat, 'autoZero', chart.valueMax ?? null);
}

function seriesXml(sheetName: string, series: ChartSeries, index: number, categories: string, kind: 'bar' | 'line' | 'radar'): string {
  const color = (SERIES_COLORS[index % SERIES_COLORS.length] ?? PALETTE.blue).slice(1);
  const shape =
    kind === 'bar'
      ? `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
      : `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>${shape}` +
    `<c:cat><c:strRef><c:f>${escapeXml(categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(rangeReference(sheetName, series.values))}</c:f></c:numRef></c:val>` +
    (kind === 'line' ? '<c:smooth val="0"/>' : '') +
    `</c:ser>`
  );
}

function categoryAxis(id: number, cross: number, position: string, hidden: boolean, reversed: boolean): string {
  return (
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="${reversed ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="${hidden ? 1 : 0}"/><c:axPos val="${position}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="${hidden ? 'none' : 'low'}"/>` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`
  );
}

function valueAxis(id: number, cross: number, position: string, format: string, crosses: 'autoZero' | 'max', max: number | null): string {
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${max === null ? '' : `<c:max val="${max}"/><c:min val="0"/>`}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${position}"/>${crosses === 'autoZero' ? '<c:majorGridlines/>' : ''}` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="${crosses}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}
