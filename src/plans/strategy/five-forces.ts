/**
 * Porter's five forces: each force rated through its drivers (1 weak to 5 strong pressure); the
 * intensity of a force is the average of its drivers' ratings, strong from 3.5, medium from 2.5; the
 * overall pressure is the average of the five intensities. A radar chart draws the five forces.
 *
 * The sheet's key is `five.forces` (plan keys take no hyphen); the build key is `five-forces`.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell } from '../sheet-builder.js';
import { addTable, type TableLayout } from '../table.js';
import type { SheetPlan } from '../types.js';
import { inputStyle, quoted, section, startGrid } from './common.js';

/** Key of the five-forces grid. */
export const FIVE_FORCES_PLAN_KEY = 'five.forces';
/** Layout version of the five-forces grid. */
export const FIVE_FORCES_PLAN_VERSION = 1;

/** The five forces. */
export const FORCES: readonly LocalizedText[] = [
  { fr: 'Rivalité entre concurrents', en: 'Rivalry among competitors' },
  { fr: 'Menace des nouveaux entrants', en: 'Threat of new entrants' },
  { fr: 'Pouvoir des clients', en: 'Bargaining power of buyers' },
  { fr: 'Pouvoir des fournisseurs', en: 'Bargaining power of suppliers' },
  { fr: 'Menace des produits de substitution', en: 'Threat of substitutes' },
];
const LEVELS = { strong: { fr: 'Forte', en: 'Strong' }, medium: { fr: 'Moyenne', en: 'Medium' }, weak: { fr: 'Faible', en: 'Weak' } } as const;

/** The usual drivers of each force, with example ratings. */
const DRIVERS: readonly (readonly [number, LocalizedText, number])[] = [
  [0, { fr: 'Nombre et taille des concurrents', en: 'Number and size of competitors' }, 4],
  [0, { fr: 'Croissance du marché', en: 'Market growth' }, 3],
  [0, { fr: 'Différenciation des offres', en: 'Differentiation of the offers' }, 3],
  [1, { fr: 'Barrières à l’entrée (investissement, savoir-faire)', en: 'Barriers to entry (investment, know-how)' }, 2],
  [1, { fr: 'Accès aux canaux de distribution', en: 'Access to distribution channels' }, 2],
  [2, { fr: 'Concentration des clients', en: 'Concentration of customers' }, 4],
  [2, { fr: 'Coût de changement de fournisseur', en: 'Cost of switching supplier' }, 3],
  [2, { fr: 'Sensibilité au prix', en: 'Price sensitivity' }, 5],
  [3, { fr: 'Nombre de fournisseurs possibles', en: 'Number of possible suppliers' }, 2],
  [3, { fr: 'Part des achats dans le coût', en: 'Share of purchases in cost' }, 3],
  [4, { fr: 'Solutions de remplacement disponibles', en: 'Alternatives available' }, 3],
  [4, { fr: 'Rapport prix / performance des substituts', en: 'Price / performance of substitutes' }, 2],
];

/** One driver. */
export interface ForceDriver {
  readonly force: string;
  readonly driver: string;
  readonly rating: number | null;
  readonly comment?: string;
}

/** Options of {@link buildFiveForcesPlan}. */
export interface FiveForcesPlanOptions {
  readonly language: Language;
  readonly drivers?: readonly ForceDriver[];
  readonly emptyRows?: number;
}

type DriverKey = 'force' | 'driver' | 'rating' | 'comment';
type ForceKey = 'force' | 'drivers' | 'intensity' | 'level';

/** Where the five-forces grid's tables are. */
export interface FiveForcesLayout {
  readonly drivers: TableLayout<DriverKey>;
  readonly forces: TableLayout<ForceKey>;
}

const TEXT = {
  name: { fr: '5 forces de Porter', en: 'Porter’s five forces' },
  title: { fr: 'Les 5 forces de Porter : pression concurrentielle', en: 'Porter’s five forces: competitive pressure' },
  subtitle: {
    fr: 'Notez chaque facteur de 1 (pression faible) à 5 (pression forte) : l’intensité de chaque force et la pression globale se calculent seules.',
    en: 'Rate each driver from 1 (weak pressure) to 5 (strong pressure): the intensity of each force and the overall pressure compute themselves.',
  },
  forces: { fr: '1. Intensité des forces (forte dès 3,5, moyenne dès 2,5)', en: '1. Intensity of the forces (strong from 3.5, medium from 2.5)' },
  drivers: { fr: '2. Facteurs de chaque force', en: '2. Drivers of each force' },
  chart: { fr: 'Intensité des 5 forces', en: 'Intensity of the five forces' },
  overall: { fr: 'Pression globale', en: 'Overall pressure' },
  score: { fr: 'Une note entière de 1 à 5.', en: 'A whole score from 1 to 5.' },
} satisfies Record<string, LocalizedText>;

/**
 * Builds the five-forces grid and says where its tables are.
 * @returns the plan and its layout
 */
export function buildFiveForces(options: FiveForcesPlanOptions): { plan: SheetPlan; layout: FiveForcesLayout } {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const examples = options.drivers === undefined;
  const drivers: readonly ForceDriver[] = options.drivers ?? DRIVERS.map(([force, driver, rating]) => ({ force: t(FORCES[force] ?? LEVELS.weak), driver: t(driver), rating }));
  const rows = Math.max(1, drivers.length + Math.max(0, Math.floor(options.emptyRows ?? 8)));
  const width = 6;
  const builder = startGrid({ key: FIVE_FORCES_PLAN_KEY, version: FIVE_FORCES_PLAN_VERSION, ...TEXT }, width, language);
  const forcesRow = 5;
  const driversRow = forcesRow + 1 + FORCES.length + 1 + 2;
  const driverLayout = { firstRow: driversRow + 2, lastRow: driversRow + 1 + rows };
  const column = (letter: string): string => `$${letter}$${driverLayout.firstRow}:$${letter}$${driverLayout.lastRow}`;

  section(builder, forcesRow, TEXT.forces, width, language);
  const forces = addTable<ForceKey>(
    builder,
    {
      row: forcesRow + 1,
      rows: FORCES.length,
      totalRow: true,
      columns: [
        { key: 'force', header: { fr: 'Force', en: 'Force' }, width: 36, style: 'label', cell: ({ index }) => t(FORCES[index] ?? LEVELS.weak), total: () => t(TEXT.overall) },
        { key: 'drivers', header: { fr: 'Facteurs notés', en: 'Drivers rated' }, width: 44, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIFS(${column('A')},${ref('force')},${column('C')},">0")`), total: ({ all }) => formulaCell(`SUM(${all('drivers')})`) },
        {
          key: 'intensity',
          header: { fr: 'Intensité (1–5)', en: 'Intensity (1–5)' },
          width: 11,
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(${ref('drivers')}=0,"",AVERAGEIF(${column('A')},${ref('force')},${column('C')}))`),
          total: ({ all }) => formulaCell(`IF(COUNT(${all('intensity')})=0,"",AVERAGE(${all('intensity')}))`),
        },
        {
          key: 'level',
          header: { fr: 'Niveau', en: 'Level' },
          width: 30,
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(${ref('intensity')}="","",IF(${ref('intensity')}>=3.5,${quoted(LEVELS.strong, language)},IF(${ref('intensity')}>=2.5,${quoted(LEVELS.medium, language)},${quoted(LEVELS.weak, language)})))`),
          total: ({ ref }) => formulaCell(`IF(${ref('intensity')}="","",IF(${ref('intensity')}>=3.5,${quoted(LEVELS.strong, language)},IF(${ref('intensity')}>=2.5,${quoted(LEVELS.medium, language)},${quoted(LEVELS.weak, language)})))`),
        },
      ],
    },
    language,
  );

  section(builder, driversRow, TEXT.drivers, width, language);
  const style = inputStyle(examples ? drivers.length : 0);
  const table = addTable<DriverKey>(
    builder,
    {
      row: driversRow + 1,
      rows,
      columns: [
        { key: 'force', header: { fr: 'Force', en: 'Force' }, style, cell: ({ index }) => drivers[index]?.force ?? null, validation: { rule: { kind: 'list', values: FORCES.map(t) }, strict: true } },
        { key: 'driver', header: { fr: 'Facteur', en: 'Driver' }, style, cell: ({ index }) => drivers[index]?.driver ?? null },
        { key: 'rating', header: { fr: 'Note (1–5)', en: 'Rating (1–5)' }, style, format: 'integer', cell: ({ index }) => drivers[index]?.rating ?? null, validation: { rule: { kind: 'wholeNumber', min: 1, max: 5 }, strict: true, message: TEXT.score } },
        { key: 'comment', header: { fr: 'Constat, source', en: 'Finding, source' }, style: 'inputText', cell: ({ index }) => drivers[index]?.comment ?? null },
      ],
    },
    language,
  );
  if (table.firstRow !== driverLayout.firstRow || table.letter('rating') !== 'C') throw new Error('five forces: the drivers table moved');
  builder.chart({
    kind: 'radar',
    title: t(TEXT.chart),
    categories: forces.range('force'),
    series: [{ name: t(TEXT.chart), values: forces.range('intensity') }],
    anchor: cellRange(driversRow, 5, 18, 2),
    valueFormat: 'decimal',
    valueMax: 5,
  });
  builder.freeze(0, 1).keep(forcesRow, forces.totalRow ?? forcesRow).print({ orientation: 'landscape', fitToWidth: true });
  return { plan: builder.build(), layout: { drivers: table, forces } };
}

/** Builds the five-forces grid. */
export function buildFiveForcesPlan(options: FiveForcesPlanOptions): SheetPlan {
  return buildFiveForces(options).plan;
}
