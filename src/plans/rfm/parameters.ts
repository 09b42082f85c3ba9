/**
 * The `rfm.parameters` sheet: the cut points of each score and the code → segment map, both
 * editable and named, so the customers sheet's formulas follow an edit.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { SEGMENTS, type CutPoints, type SegmentId } from '../../metrics/rfm/index.js';
import { cellRange } from '../a1.js';
import { rowHeightFor } from '../row-height.js';
import { formulaCell, SheetPlanBuilder } from '../sheet-builder.js';
import { addNote, addSection, addTable } from '../table.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan } from '../types.js';
import { RFM_NAMES, RFM_PLAN_KEYS, RFM_PLAN_VERSION, SHARED_TEXT, type RfmTables } from './shared.js';

const TEXT = {
  ...SHARED_TEXT,
  parametersName: { fr: 'Paramètres RFM', en: 'RFM parameters' },
  parametersTitle: { fr: 'Paramètres de la segmentation RFM', en: 'RFM segmentation parameters' },
  parametersSubtitle: {
    fr: 'Seuils des scores et table code → segment : modifiez-les, les scores et segments des clients suivent.',
    en: 'Score cut points and code → segment map: edit them, the customers’ scores and segments follow.',
  },
  cuts: { fr: '1. Seuils des scores', en: '1. Score cut points' },
  cutsNote: {
    fr: 'Score = 1 + nombre de seuils ≤ valeur ; la récence est inversée (achat récent = meilleur score). Seuils croissants.',
    en: 'Score = 1 + number of cut points ≤ value; recency is reversed (a recent purchase = best score). Ascending cut points.',
  },
  cutsNoteStrict: {
    fr: 'Seuils = quantiles de chaque critère. Score = 1 + nombre de seuils strictement inférieurs à la valeur (une valeur égale à un seuil reste en dessous) ; la récence est inversée (achat récent = meilleur score). Seuils croissants. Les clients sans achat (que des avoirs) n’ont pas de score.',
    en: 'Cut points = quantiles of each measure. Score = 1 + number of cut points strictly below the value (a value equal to a cut point stays below it); recency is reversed (a recent purchase = best score). Ascending cut points. Customers without any purchase (refunds only) get no score.',
  },
  cut: { fr: 'Seuil', en: 'Cut point' },
  bins: { fr: 'Nombre de scores', en: 'Number of scores' },
  segmentsSection: { fr: '2. Segments', en: '2. Segments' },
  description: { fr: 'Description', en: 'Description' },
  action: { fr: 'Action recommandée', en: 'Recommended action' },
  mapSection: { fr: '3. Table code RFM → segment', en: '3. RFM code → segment map' },
  mapMessage: { fr: 'Choisissez un segment de la liste.', en: 'Pick a segment from the list.' },
} satisfies Record<string, LocalizedText>;

/** What the parameters sheet writes. */
export interface RfmParametersInput {
  readonly language: Language;
  readonly cuts: CutPoints;
  readonly bins: number;
  /** Every code of `bins` scores, "111" first. */
  readonly codes: readonly string[];
  readonly map: ReadonlyMap<string, SegmentId>;
  readonly tables: RfmTables;
}

/**
 * Builds the parameters sheet.
 * @returns the plan (key 'rfm.parameters')
 */
export function buildRfmParameters(input: RfmParametersInput): SheetPlan {
  const { language, tables } = input;
  const t = (text: LocalizedText): string => text[language];
  const builder = new SheetPlanBuilder({ key: RFM_PLAN_KEYS.parameters, version: RFM_PLAN_VERSION, name: t(TEXT.parametersName), language })
    .title(t(TEXT.parametersTitle), 5, t(TEXT.parametersSubtitle))
    .tabColor(PALETTE.blue)
    // The code map is the long table: its header repeats on every page (it starts a page of its own).
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: tables.map.headerRow, last: tables.map.headerRow } });
  const binsRow = addCuts(builder, input);
  addNote(builder, binsRow + 1, t(input.cuts.strict === true ? TEXT.cutsNoteStrict : TEXT.cutsNote), 5);
  addSegments(builder, language, tables);
  addMap(builder, input);
  const { segments, map } = tables;
  builder
    .keep(1, binsRow + 1)
    .keep(segments.headerRow - 1, segments.lastRow)
    .newPage(map.headerRow - 1)
    .freeze(0, 1);
  return builder.build();
}

/**
 * 1. Cut points: one row per cut point, one column per measure, then the number of scores.
 * @returns the row of the number of scores
 */
function addCuts(builder: SheetPlanBuilder, { language, cuts, bins, tables }: RfmParametersInput): number {
  const t = (text: LocalizedText): string => text[language];
  addSection(builder, tables.cuts.headerRow - 1, 1, 4, t(TEXT.cuts));
  // Days and orders are counts: whole cut points print as such ("154", not "154,00").
  const countFormat = (values: readonly number[]) => (values.every(Number.isInteger) ? 'integer' : 'decimal');
  const table = addTable(
    builder,
    {
      row: tables.cuts.headerRow,
      rows: bins - 1,
      headerHeight: 30,
      columns: [
        { key: 'cut', header: TEXT.cut, style: 'label', cell: ({ index }) => index + 1 },
        { key: 'recency', header: TEXT.recency, style: 'input', format: countFormat(cuts.recency), cell: ({ index }) => cuts.recency[index] ?? 0 },
        { key: 'frequency', header: TEXT.frequency, style: 'input', format: countFormat(cuts.frequency), cell: ({ index }) => cuts.frequency[index] ?? 0 },
        { key: 'monetary', header: TEXT.monetary, style: 'input', format: 'decimal', cell: ({ index }) => cuts.monetary[index] ?? 0 },
      ],
    },
    language,
  );
  const binsRow = table.lastRow + 1;
  builder.block(binsRow, 1, [[{ value: t(TEXT.bins) }, formulaCell(`ROWS(${RFM_NAMES.recencyCuts})+1`), { value: null }, { value: null }]]);
  builder
    .style(cellRange(binsRow, 1, 1, 2), 'total')
    .name(RFM_NAMES.recencyCuts, table.range('recency'))
    .name(RFM_NAMES.frequencyCuts, table.range('frequency'))
    .name(RFM_NAMES.monetaryCuts, table.range('monetary'))
    .name(RFM_NAMES.bins, cellRange(binsRow, table.column('recency')));
  return binsRow;
}

/** 2. The segments, with what they mean and what to do. */
function addSegments(builder: SheetPlanBuilder, language: Language, tables: RfmTables): void {
  addSection(builder, tables.segments.headerRow - 1, 1, 5, TEXT.segmentsSection[language]);
  const pad = { header: null, style: 'paragraph', width: 18, cell: () => null } as const;
  const segments = addTable(
    builder,
    {
      row: tables.segments.headerRow,
      rows: SEGMENTS.length,
      columns: [
        { key: 'segment', header: TEXT.segment, width: 24, style: 'label', cell: ({ index }) => SEGMENTS[index]?.name[language] ?? null },
        { key: 'description', header: TEXT.description, width: 18, style: 'paragraph', cell: ({ index }) => SEGMENTS[index]?.description[language] ?? null },
        { key: 'pad1', ...pad },
        { key: 'pad2', ...pad },
        { key: 'action', header: TEXT.action, width: 70, style: 'paragraph', cell: ({ index }) => SEGMENTS[index]?.action[language] ?? null },
      ],
    },
    language,
  );
  // The description spans the three cut-point columns: a table of long texts above a table of numbers.
  for (let row = segments.headerRow; row <= segments.lastRow; row++) builder.merge(cellRange(row, segments.column('description'), 1, 3));
  builder.name(RFM_NAMES.segmentNames, segments.range('segment'));
  SEGMENTS.forEach((segment, i) => {
    const texts = [
      { text: segment.description[language], width: 54 },
      { text: segment.action[language], width: 70 },
    ];
    builder.height(segments.firstRow + i, rowHeightFor(texts, 30));
  });
}

/** 3. The code → segment map: codes as numbers (545), segments from the list above. */
function addMap(builder: SheetPlanBuilder, { language, codes, map, tables }: RfmParametersInput): void {
  addSection(builder, tables.map.headerRow - 1, 1, 5, TEXT.mapSection[language]);
  const names = new Map(SEGMENTS.map((segment) => [segment.id, segment.name[language]]));
  const table = addTable(
    builder,
    {
      row: tables.map.headerRow,
      rows: codes.length,
      columns: [
        { key: 'code', header: TEXT.code, style: 'label', cell: ({ index }) => Number(codes[index]) },
        {
          key: 'segment',
          header: TEXT.segment,
          style: 'input',
          validation: { rule: { kind: 'listFromRange', source: RFM_NAMES.segmentNames }, strict: true, message: TEXT.mapMessage },
          cell: ({ index }) => names.get(map.get(codes[index] ?? '') ?? 'lost') ?? '',
        },
      ],
    },
    language,
  );
  builder.name(RFM_NAMES.segmentMap, cellRange(table.firstRow, table.column('code'), table.rowCount, 2));
}
