/**
 * The prospecting plan (seed 002 §3–4, "Cibler et prospecter la clientèle", and seed 001): the
 * objective (new customers, revenue), the target and its database (size, source), the funnel ratios
 * per step (contacts → meetings → proposals → signed) with the volumes needed worked back from the
 * objective, the methods and their unit costs and durations, the time needed against the time
 * available, a monthly planning with the actuals typed month by month, the objectives against the
 * results to date, and the operation's profitability (costs, sales time included, against the revenue
 * signed and its margin; cost per new customer; return on the spend). Every computed cell is a live
 * native formula over the yellow and orange inputs.
 *
 * Working back: signed needed = the objective; proposals = signed ÷ rate(proposal → signed), rounded
 * up; meetings = proposals ÷ rate(meeting → proposal), rounded up; contacts = meetings ÷
 * rate(contact → meeting), rounded up. 10 signed at 20 % / 50 % / 25 % needs 40 proposals, 80 meetings,
 * 400 contacts.
 *
 * Objective to date: the volume needed × the shares of the months whose actual is typed (a month
 * counts for a step once its actual cell holds a number). Status: "Atteint" at 100 % of it or more,
 * "Proche" from the threshold (80 % by default), "En retrait" below, "Non commencé" with no actual.
 */
import { dayFromCivil, excelSerialFromDay } from '../../cells/dates.js';
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { addTable, tableLayout, type ColumnCell, type RowContext, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { CellRange, NumberFormatName, SheetPlan, StyleName } from '../types.js';
import { EXAMPLE_SUFFIX, quoted, section, startGrid } from '../strategy/common.js';

/** Key of the prospecting plan. */
export const PROSPECTING_PLAN_KEY = 'prospecting';
/** Layout version of the prospecting plan. */
export const PROSPECTING_PLAN_VERSION = 1;

/** The workbook names of the parameters, in the order of the parameter rows. */
export const PROSPECTING_NAMES = Object.freeze({
  customers: 'prospecting_customers',
  basket: 'prospecting_basket',
  marginRate: 'prospecting_margin_rate',
  database: 'prospecting_database',
  start: 'prospecting_start',
  months: 'prospecting_months',
  reps: 'prospecting_reps',
  days: 'prospecting_days',
  hoursPerDay: 'prospecting_hours_per_day',
  hourlyCost: 'prospecting_hourly_cost',
  threshold: 'prospecting_threshold',
});

/** Statuses of the objectives against the results. */
export const PROSPECTING_STATUSES = Object.freeze({
  achieved: { fr: 'Atteint', en: 'Achieved' },
  close: { fr: 'Proche', en: 'Close' },
  behind: { fr: 'En retrait', en: 'Behind' },
  notStarted: { fr: 'Non commencé', en: 'Not started' },
} satisfies Record<string, LocalizedText>);

/** The funnel's steps, as the sheet and the methods' step list name them. */
export const FUNNEL_STEPS: readonly LocalizedText[] = [
  { fr: 'Contacts', en: 'Contacts' },
  { fr: 'Rendez-vous', en: 'Meetings' },
  { fr: 'Propositions', en: 'Proposals' },
  { fr: 'Signatures', en: 'Signed' },
];
const DATABASE_STEP: LocalizedText = { fr: 'Base de données', en: 'Database' };
const FIXED_STEP: LocalizedText = { fr: 'Forfait', en: 'Fixed' };

type ParameterKey = 'label' | 'value';
type FunnelKey = 'step' | 'rate' | 'cumulative' | 'needed' | 'toDate' | 'actual' | 'actualRate' | 'gap' | 'achievement' | 'status';
type MethodKey = 'action' | 'step' | 'perUnit' | 'quantity' | 'unitCost' | 'cost' | 'minutes' | 'travel' | 'hours' | 'actualCost';
type CheckKey = 'label' | 'needed' | 'available' | 'gap' | 'verdict';
type MonthKey = 'month' | 'share' | 'contacts' | 'meetings' | 'proposals' | 'signed' | 'hours' | 'available' | 'load' | 'actualContacts' | 'actualMeetings' | 'actualProposals' | 'actualSigned' | 'actualRevenue' | 'actualHours';
type ProfitKey = 'label' | 'planned' | 'actual';

/** Where the prospecting plan's tables are. */
export interface ProspectingLayout {
  readonly parameters: TableLayout<ParameterKey>;
  readonly funnel: TableLayout<FunnelKey>;
  readonly methods: TableLayout<MethodKey>;
  readonly checks: TableLayout<CheckKey>;
  readonly months: TableLayout<MonthKey>;
  readonly profit: TableLayout<ProfitKey>;
}

/** Rows of the method table and of the monthly planning. */
export const METHOD_ROWS = 9;
export const MONTH_ROWS = 12;

const TEXT = {
  name: { fr: 'Plan de prospection', en: 'Prospecting plan' },
  title: { fr: 'Plan de prospection : objectif, entonnoir, moyens, planning et rentabilité', en: 'Prospecting plan: objective, funnel, means, planning and profitability' },
  subtitle: {
    fr: 'Du nombre de clients visés aux contacts à obtenir, au temps et au budget nécessaires ; puis les réalisations mois par mois face aux objectifs, et la rentabilité de l’opération.',
    en: 'From the customers targeted to the contacts to reach, the time and the budget needed; then the actuals month by month against the objectives, and the operation’s profitability.',
  },
  parameters: { fr: '1. Objectif, cible et moyens', en: '1. Objective, target and means' },
  parameter: { fr: 'Paramètre', en: 'Parameter' },
  value: { fr: 'Valeur', en: 'Value' },
  funnel: { fr: '2. Entonnoir : ratios, volumes nécessaires (calculés à rebours de l’objectif) et réalisés', en: '2. Funnel: ratios, volumes needed (worked back from the objective) and actuals' },
  methods: { fr: '3. Méthodes de prospection : coûts unitaires et temps nécessaire', en: '3. Prospecting methods: unit costs and time needed' },
  checks: { fr: 'Contrôles : base de données et temps disponible', en: 'Checks: database and time available' },
  months: { fr: '4. Planning mensuel (prévu) et réalisations (à saisir chaque mois)', en: '4. Monthly planning (planned) and actuals (to type each month)' },
  profit: { fr: '5. Rentabilité de l’opération', en: '5. Profitability of the operation' },
  total: { fr: 'Total', en: 'Total' },
  rateMessage: { fr: 'Un pourcentage entre 0 et 100 %.', en: 'A percentage from 0 to 100%.' },
  numberMessage: { fr: 'Un nombre positif ou nul.', en: 'A number of zero or more.' },
  stepMessage: {
    fr: 'L’étape dont le volume donne la quantité (Forfait : la quantité est le nombre saisi).',
    en: 'The step whose volume gives the quantity (Fixed: the quantity is the number typed).',
  },
} satisfies Record<string, LocalizedText>;

/** A parameter row: label, example value, format, workbook name (absent for the texts). */
interface Parameter {
  readonly label: LocalizedText;
  readonly value: number | LocalizedText;
  readonly format?: NumberFormatName;
  readonly name?: string;
}

const PARAMETERS: readonly Parameter[] = [
  { label: { fr: 'Nouveaux clients visés (signatures)', en: 'New customers targeted (signed)' }, value: 10, format: 'integer', name: PROSPECTING_NAMES.customers },
  { label: { fr: 'CA moyen par nouveau client', en: 'Average revenue per new customer' }, value: 5_000, format: 'currencyRounded', name: PROSPECTING_NAMES.basket },
  { label: { fr: 'Taux de marge sur le CA (taux de marque)', en: 'Margin rate on revenue' }, value: 0.4, format: 'percent', name: PROSPECTING_NAMES.marginRate },
  { label: { fr: 'Cible retenue', en: 'Target chosen' }, value: { fr: 'PME industrielles de 10 à 50 salariés de la région', en: 'Manufacturing SMEs of 10 to 50 employees in the region' } },
  { label: { fr: 'Source de la base de données', en: 'Source of the database' }, value: { fr: 'Fichier prospects du CRM + base achetée', en: 'CRM prospect file + purchased list' } },
  { label: { fr: 'Contacts dans la base', en: 'Contacts in the database' }, value: 600, format: 'integer', name: PROSPECTING_NAMES.database },
  { label: { fr: 'Début de l’opération', en: 'Start of the operation' }, value: excelSerialFromDay(dayFromCivil(2027, 1, 1)), format: 'date', name: PROSPECTING_NAMES.start },
  { label: { fr: 'Durée (mois, 12 au plus)', en: 'Duration (months, 12 at most)' }, value: 6, format: 'integer', name: PROSPECTING_NAMES.months },
  { label: { fr: 'Commerciaux affectés', en: 'Sales reps assigned' }, value: 2, format: 'integer', name: PROSPECTING_NAMES.reps },
  { label: { fr: 'Jours de prospection par commercial et par mois', en: 'Prospecting days per rep per month' }, value: 4, format: 'decimal', name: PROSPECTING_NAMES.days },
  { label: { fr: 'Heures par jour', en: 'Hours per day' }, value: 7, format: 'decimal', name: PROSPECTING_NAMES.hoursPerDay },
  { label: { fr: 'Coût horaire chargé d’un commercial', en: 'Loaded hourly cost of a rep' }, value: 40, format: 'currency', name: PROSPECTING_NAMES.hourlyCost },
  { label: { fr: 'Seuil « proche de l’objectif »', en: 'Threshold “close to the objective”' }, value: 0.8, format: 'percent', name: PROSPECTING_NAMES.threshold },
];

/** Example rates of the funnel (from the previous step): the seed's 20 % / 50 % / 25 %. */
const EXAMPLE_RATES: readonly number[] = [0.2, 0.5, 0.25];

/** Example methods: step (index in the step list: 0 database, 1–4 funnel, 5 fixed), number per unit, unit cost, minutes, travel, actual cost to date. */
const EXAMPLE_METHODS: readonly { readonly action: LocalizedText; readonly step: number; readonly perUnit: number; readonly unitCost: number; readonly minutes: number; readonly travel: number; readonly actualCost: number }[] = [
  { action: { fr: 'E-mailing de présentation', en: 'Introduction e-mailing' }, step: 0, perUnit: 1, unitCost: 0.1, minutes: 0, travel: 0, actualCost: 60 },
  { action: { fr: 'Phoning de prise de rendez-vous', en: 'Phoning to book meetings' }, step: 1, perUnit: 1, unitCost: 0.5, minutes: 6, travel: 0, actualCost: 110 },
  { action: { fr: 'Visites (rendez-vous)', en: 'Visits (meetings)' }, step: 2, perUnit: 1, unitCost: 30, minutes: 60, travel: 45, actualCost: 1_100 },
  { action: { fr: 'Propositions commerciales', en: 'Sales proposals' }, step: 3, perUnit: 1, unitCost: 0, minutes: 120, travel: 0, actualCost: 0 },
  { action: { fr: 'Relances téléphoniques des propositions', en: 'Follow-up calls on proposals' }, step: 3, perUnit: 2, unitCost: 0.5, minutes: 15, travel: 0, actualCost: 20 },
  { action: { fr: 'Salon professionnel (stand, 2 jours)', en: 'Trade show (stand, 2 days)' }, step: 5, perUnit: 1, unitCost: 2_500, minutes: 960, travel: 0, actualCost: 2_800 },
];

/** Example monthly shares (a ramp-up over 6 months) and actuals of the first three months. */
const EXAMPLE_SHARES: readonly number[] = [0.1, 0.2, 0.2, 0.2, 0.15, 0.15];
const EXAMPLE_ACTUALS: readonly (readonly [number, number, number, number, number, number])[] = [
  // contacts, meetings, proposals, signed, revenue signed, hours spent
  [45, 9, 3, 1, 4_800, 50],
  [85, 15, 6, 1, 5_200, 55],
  [75, 12, 5, 2, 10_000, 48],
];

const FUNNEL_KEYS: readonly FunnelKey[] = ['step', 'rate', 'cumulative', 'needed', 'toDate', 'actual', 'actualRate', 'gap', 'achievement', 'status'];
const METHOD_KEYS: readonly MethodKey[] = ['action', 'step', 'perUnit', 'quantity', 'unitCost', 'cost', 'minutes', 'travel', 'hours', 'actualCost'];
const CHECK_KEYS: readonly CheckKey[] = ['label', 'needed', 'available', 'gap', 'verdict'];
const MONTH_KEYS: readonly MonthKey[] = [
  'month',
  'share',
  'contacts',
  'meetings',
  'proposals',
  'signed',
  'hours',
  'available',
  'load',
  'actualContacts',
  'actualMeetings',
  'actualProposals',
  'actualSigned',
  'actualRevenue',
  'actualHours',
];
/** The rows of the profitability table. */
const PROFIT_ROWS = 12;
const WIDTH = MONTH_KEYS.length;

const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));

/**
 * The layout of the prospecting plan.
 * @returns where the tables are
 * @example prospectingLayout().funnel.address('needed', 0) // "D23"
 */
export function prospectingLayout(): ProspectingLayout {
  const parameters = tableLayout({ row: 6, rows: PARAMETERS.length, columns: keyed<ParameterKey>(['label', 'value']) });
  const funnel = tableLayout({ row: parameters.lastRow + 3, rows: FUNNEL_STEPS.length, columns: keyed(FUNNEL_KEYS) });
  const methods = tableLayout({ row: funnel.lastRow + 3, rows: METHOD_ROWS, totalRow: true, columns: keyed(METHOD_KEYS) });
  const checks = tableLayout({ row: (methods.totalRow ?? 0) + 3, rows: 2, columns: keyed(CHECK_KEYS) });
  const months = tableLayout({ row: checks.lastRow + 3, rows: MONTH_ROWS, totalRow: true, columns: keyed(MONTH_KEYS) });
  const profit = tableLayout({ row: (months.totalRow ?? 0) + 3, rows: PROFIT_ROWS, columns: keyed<ProfitKey>(['label', 'planned', 'actual']) });
  return { parameters, funnel, methods, checks, months, profit };
}

/** What the section builders share. */
interface Context {
  readonly builder: SheetPlanBuilder;
  readonly language: Language;
  readonly layout: ProspectingLayout;
  readonly t: (text: LocalizedText) => string;
  readonly q: (text: LocalizedText) => string;
}

/**
 * Builds the prospecting plan with its example objective, funnel, methods and first months.
 * @param options - the language
 * @returns the plan (key 'prospecting') and its layout
 * @example buildProspecting({ language: 'en' }).plan.name // "Prospecting plan"
 */
export function buildProspecting(options: { readonly language: Language }): { plan: SheetPlan; layout: ProspectingLayout } {
  const { language } = options;
  const layout = prospectingLayout();
  const builder = startGrid({ key: PROSPECTING_PLAN_KEY, version: PROSPECTING_PLAN_VERSION, ...TEXT }, WIDTH, language).tabColor(PALETTE.navy);
  const context: Context = { builder, language, layout, t: (text) => text[language], q: (text) => quoted(text, language) };
  addParameterTable(context);
  addFunnel(context);
  addMethods(context);
  addChecks(context);
  addMonths(context);
  addProfit(context);
  builder.widths([44], 1);
  builder
    .freeze(0, 1)
    .keep(layout.funnel.headerRow - 1, layout.funnel.lastRow)
    .keep(layout.profit.headerRow - 1, layout.profit.lastRow)
    .print({ orientation: 'landscape', fitToWidth: true });
  return { plan: builder.build(), layout };
}

/**
 * Builds the prospecting plan.
 * @example buildProspectingPlan({ language: 'fr' }).name // "Plan de prospection"
 */
export function buildProspectingPlan(options: { readonly language: Language }): SheetPlan {
  return buildProspecting(options).plan;
}

/** 1. The objective, the target and the means: numbers named, texts merged over a few columns. */
function addParameterTable({ builder, language, layout, t }: Context): void {
  const { parameters } = layout;
  section(builder, parameters.headerRow - 1, TEXT.parameters, 6, language);
  const isText = (index: number): boolean => typeof PARAMETERS[index]?.value === 'object';
  addTable<ParameterKey>(
    builder,
    {
      row: parameters.headerRow,
      rows: PARAMETERS.length,
      columns: [
        { key: 'label', header: TEXT.parameter, style: 'label', cell: ({ index }) => t(PARAMETERS[index]?.label ?? TEXT.value) },
        {
          key: 'value',
          header: TEXT.value,
          width: 16,
          style: 'example',
          format: (index) => PARAMETERS[index]?.format,
          cell: ({ index }) => {
            const value = PARAMETERS[index]?.value ?? null;
            return value !== null && typeof value === 'object' ? `${t(value)}${t(EXAMPLE_SUFFIX)}` : value;
          },
        },
      ],
    },
    language,
  );
  const positive = { kind: 'decimal', min: 0, max: 1e12 } as const;
  PARAMETERS.forEach((parameter, index) => {
    const at = cellRange(parameters.firstRow + index, parameters.column('value'));
    if (isText(index)) {
      builder.merge(cellRange(at.row, at.column, 1, 5)).format(at, 'text');
      return;
    }
    if (parameter.name !== undefined) builder.name(parameter.name, at);
    const rule =
      parameter.format === 'percent'
        ? ({ kind: 'decimal', min: 0, max: 1 } as const)
        : parameter.format === 'date'
          ? ({ kind: 'date' } as const)
          : parameter.name === PROSPECTING_NAMES.months
            ? ({ kind: 'wholeNumber', min: 1, max: MONTH_ROWS } as const)
            : positive;
    builder.validate(at, rule, { strict: true });
  });
}

/** 2. The funnel: rates per step (inputs), volumes worked back from the objective, actuals against the objective to date. */
function addFunnel({ builder, language, layout, t, q }: Context): void {
  const { funnel, months } = layout;
  section(builder, funnel.headerRow - 1, TEXT.funnel, FUNNEL_KEYS.length, language);
  const actualKeys: readonly MonthKey[] = ['actualContacts', 'actualMeetings', 'actualProposals', 'actualSigned'];
  const actualOf = (index: number): MonthKey => actualKeys[index] ?? 'actualContacts';
  const first = (index: number): boolean => index === 0;
  const s = PROSPECTING_STATUSES;
  addTable<FunnelKey>(
    builder,
    {
      row: funnel.headerRow,
      rows: FUNNEL_STEPS.length,
      headerHeight: 45,
      columns: [
        { key: 'step', header: { fr: 'Étape', en: 'Step' }, style: 'label', cell: ({ index }) => t(FUNNEL_STEPS[index] ?? TEXT.total) },
        {
          key: 'rate',
          header: { fr: 'Taux de transformation depuis l’étape précédente', en: 'Conversion rate from the previous step' },
          width: 16,
          style: (index) => (first(index) ? 'computed' : 'example'),
          format: 'percent',
          validation: { rule: { kind: 'decimal', min: 0, max: 1 }, strict: true, message: TEXT.rateMessage },
          cell: ({ index }) => (first(index) ? null : (EXAMPLE_RATES[index - 1] ?? null)),
        },
        {
          key: 'cumulative',
          header: { fr: 'Taux cumulé depuis les contacts', en: 'Cumulative rate from contacts' },
          width: 14,
          style: 'computed',
          format: 'percent',
          cell: ({ index, ref }) => (first(index) ? formulaCell('1') : formulaCell(`${ref('cumulative', -1)}*N(${ref('rate')})`)),
        },
        {
          key: 'needed',
          header: { fr: 'Volume nécessaire (objectif)', en: 'Volume needed (objective)' },
          width: 14,
          style: 'computed',
          format: 'integer',
          cell: ({ index, ref }) =>
            index === FUNNEL_STEPS.length - 1
              ? formulaCell(`IF(ISNUMBER(${PROSPECTING_NAMES.customers}),${PROSPECTING_NAMES.customers},"")`)
              : formulaCell(`IF(OR(${ref('needed', 1)}="",N(${ref('rate', 1)})<=0),"",ROUNDUP(ROUND(${ref('needed', 1)}/${ref('rate', 1)},6),0))`),
        },
        {
          key: 'toDate',
          header: { fr: 'Objectif à date (mois saisis)', en: 'Objective to date (months typed)' },
          width: 14,
          style: 'computed',
          format: 'decimal',
          cell: ({ index, ref }) => formulaCell(`IF(${ref('needed')}="","",ROUND(${ref('needed')}*SUMPRODUCT(ISNUMBER(${months.all(actualOf(index))})*${months.all('share')}),4))`),
        },
        { key: 'actual', header: { fr: 'Réalisé', en: 'Actual' }, width: 12, style: 'computed', format: 'integer', cell: ({ index }) => formulaCell(`SUM(${months.all(actualOf(index))})`) },
        {
          key: 'actualRate',
          header: { fr: 'Taux réalisé', en: 'Actual rate' },
          width: 12,
          style: 'computed',
          format: 'percent',
          cell: ({ index, ref }) => (first(index) ? null : formulaCell(`IF(N(${ref('actual', -1)})<=0,"",${ref('actual')}/${ref('actual', -1)})`)),
        },
        { key: 'gap', header: { fr: 'Écart (réalisé − objectif à date)', en: 'Gap (actual − objective to date)' }, width: 14, style: 'computed', format: 'decimal', cell: ({ ref }) => formulaCell(`IF(${ref('toDate')}="","",${ref('actual')}-${ref('toDate')})`) },
        {
          key: 'achievement',
          header: { fr: 'Taux de réalisation', en: 'Achievement' },
          width: 12,
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => formulaCell(`IF(N(${ref('toDate')})<=0,"",${ref('actual')}/${ref('toDate')})`),
        },
        {
          key: 'status',
          header: { fr: 'Statut', en: 'Status' },
          width: 14,
          style: 'computed',
          cell: ({ index, ref }) =>
            formulaCell(
              `IF(COUNT(${months.all(actualOf(index))})=0,${q(s.notStarted)},IF(${ref('achievement')}="","",IF(${ref('achievement')}>=1,${q(s.achieved)},IF(${ref('achievement')}>=${PROSPECTING_NAMES.threshold},${q(s.close)},${q(s.behind)}))))`,
            ),
        },
      ],
    },
    language,
  );
  statusColours(builder, funnel.range('status'), `$${funnel.letter('status')}${funnel.firstRow}`, q);
}

/** The fills of a status column: achieved green, close amber, behind red. */
function statusColours(builder: SheetPlanBuilder, range: CellRange, first: string, q: (text: LocalizedText) => string): void {
  const s = PROSPECTING_STATUSES;
  builder.conditional({ kind: 'formula', range, formula: `${first}=${q(s.achieved)}`, style: { fill: PALETTE.good, bold: true } });
  builder.conditional({ kind: 'formula', range, formula: `${first}=${q(s.close)}`, style: { fill: PALETTE.middle } });
  builder.conditional({ kind: 'formula', range, formula: `${first}=${q(s.behind)}`, style: { fill: PALETTE.bad, bold: true } });
}

/** The volume of a method's step: the database, a funnel step's volume needed, or 1 for a fixed cost. */
function stepVolume(step: string, { layout, q }: Context): string {
  const funnel = FUNNEL_STEPS.reduceRight(
    (otherwise, label, index) => `IF(${step}=${q(label)},N(${layout.funnel.address('needed', index, true)}),${otherwise})`,
    `IF(${step}=${q(FIXED_STEP)},1,0)`,
  );
  return `IF(${step}=${q(DATABASE_STEP)},N(${PROSPECTING_NAMES.database}),${funnel})`;
}

/** 3. The methods: quantity from the step's volume, cost, time (duration and travel per unit). */
function addMethods(context: Context): void {
  const { builder, language, layout, t } = context;
  section(builder, layout.methods.headerRow - 1, TEXT.methods, METHOD_KEYS.length, language);
  const style = (index: number): StyleName => (index < EXAMPLE_METHODS.length ? 'example' : 'input');
  const example = (pick: (method: (typeof EXAMPLE_METHODS)[number]) => ColumnCell) => ({ index }: { index: number }): ColumnCell => {
    const method = EXAMPLE_METHODS[index];
    return method === undefined ? null : pick(method);
  };
  const steps = [DATABASE_STEP, ...FUNNEL_STEPS, FIXED_STEP];
  const positive = { rule: { kind: 'decimal', min: 0, max: 1e9 }, message: TEXT.numberMessage } as const;
  const sum = (key: MethodKey) => ({ range }: RowContext<MethodKey>) => formulaCell(`SUM(${range(key)})`);
  addTable<MethodKey>(
    builder,
    {
      row: layout.methods.headerRow,
      rows: METHOD_ROWS,
      totalRow: true,
      headerHeight: 45,
      columns: [
        { key: 'action', header: { fr: 'Action de prospection', en: 'Prospecting action' }, style, cell: example((m) => `${t(m.action)}${t(EXAMPLE_SUFFIX)}`), total: () => t(TEXT.total) },
        { key: 'step', header: { fr: 'Base de la quantité', en: 'Quantity based on' }, style, validation: { rule: { kind: 'list', values: steps.map(t) }, strict: true, message: TEXT.stepMessage }, cell: example((m) => t(steps[m.step] ?? FIXED_STEP)) },
        { key: 'perUnit', header: { fr: 'Nombre par unité de la base', en: 'Number per unit of the base' }, style, format: 'decimal', validation: positive, cell: example((m) => m.perUnit) },
        {
          key: 'quantity',
          header: { fr: 'Quantité', en: 'Quantity' },
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`IF(OR(${ref('action')}="",${ref('step')}=""),"",N(${ref('perUnit')})*${stepVolume(ref('step'), context)})`),
        },
        { key: 'unitCost', header: { fr: 'Coût unitaire', en: 'Unit cost' }, style, format: 'currency', validation: positive, cell: example((m) => m.unitCost) },
        { key: 'cost', header: { fr: 'Coût prévu', en: 'Planned cost' }, style: 'computed', format: 'currencyRounded', cell: ({ ref }) => formulaCell(`IF(${ref('quantity')}="","",${ref('quantity')}*N(${ref('unitCost')}))`), total: sum('cost') },
        { key: 'minutes', header: { fr: 'Durée par unité (min)', en: 'Duration per unit (min)' }, style, format: 'integer', validation: positive, cell: example((m) => m.minutes) },
        { key: 'travel', header: { fr: 'Trajet par unité (min)', en: 'Travel per unit (min)' }, style, format: 'integer', validation: positive, cell: example((m) => m.travel) },
        {
          key: 'hours',
          header: { fr: 'Temps nécessaire (h)', en: 'Time needed (h)' },
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(${ref('quantity')}="","",${ref('quantity')}*(N(${ref('minutes')})+N(${ref('travel')}))/60)`),
          total: sum('hours'),
        },
        { key: 'actualCost', header: { fr: 'Coût réel à date', en: 'Actual cost to date' }, style, format: 'currencyRounded', validation: positive, cell: example((m) => m.actualCost), total: sum('actualCost') },
      ],
    },
    language,
  );
}

/** The hours available over the operation: reps × days per month × hours per day × months. */
const HOURS_AVAILABLE = `N(${PROSPECTING_NAMES.reps})*N(${PROSPECTING_NAMES.days})*N(${PROSPECTING_NAMES.hoursPerDay})*N(${PROSPECTING_NAMES.months})`;

/** The two checks: contacts needed against the database, time needed against the time available. */
function addChecks({ builder, language, layout, t, q }: Context): void {
  const { checks, funnel, methods } = layout;
  section(builder, checks.headerRow - 1, TEXT.checks, CHECK_KEYS.length, language);
  const rows: readonly { readonly label: LocalizedText; readonly needed: string; readonly available: string; readonly ok: LocalizedText; readonly short: LocalizedText }[] = [
    {
      label: { fr: 'Contacts nécessaires / contacts dans la base', en: 'Contacts needed / contacts in the database' },
      needed: `N(${funnel.address('needed', 0, true)})`,
      available: `N(${PROSPECTING_NAMES.database})`,
      ok: { fr: 'Base suffisante', en: 'Database large enough' },
      short: { fr: 'Base insuffisante : l’enrichir', en: 'Database too small: enlarge it' },
    },
    {
      label: { fr: 'Temps nécessaire / temps disponible (h)', en: 'Time needed / time available (h)' },
      needed: `N(${methods.totalAddress('hours', true)})`,
      available: HOURS_AVAILABLE,
      ok: { fr: 'Le temps disponible suffit', en: 'The time available is enough' },
      short: { fr: 'Temps insuffisant : ajouter des jours ou alléger les actions', en: 'Not enough time: add days or lighten the actions' },
    },
  ];
  addTable<CheckKey>(
    builder,
    {
      row: checks.headerRow,
      rows: rows.length,
      columns: [
        { key: 'label', header: { fr: 'Contrôle', en: 'Check' }, style: 'label', cell: ({ index }) => t(rows[index]?.label ?? TEXT.checks) },
        { key: 'needed', header: { fr: 'Nécessaire', en: 'Needed' }, style: 'computed', format: 'integer', cell: ({ index }) => formulaCell(rows[index]?.needed ?? '0') },
        { key: 'available', header: { fr: 'Disponible', en: 'Available' }, style: 'computed', format: 'integer', cell: ({ index }) => formulaCell(rows[index]?.available ?? '0') },
        { key: 'gap', header: { fr: 'Marge', en: 'Slack' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`${ref('available')}-${ref('needed')}`) },
        {
          key: 'verdict',
          header: { fr: 'Verdict', en: 'Verdict' },
          style: 'computed',
          cell: ({ index, ref }) => formulaCell(`IF(${ref('gap')}>=-1E-9,${q(rows[index]?.ok ?? TEXT.total)},${q(rows[index]?.short ?? TEXT.total)})`),
        },
      ],
    },
    language,
  );
  for (let i = 0; i < rows.length; i++) builder.merge(cellRange(checks.firstRow + i, checks.column('verdict'), 1, 4));
  builder.merge(cellRange(checks.headerRow, checks.column('verdict'), 1, 4));
}

/** 4. The months: the plan spread by the shares, the load of each month, and the actuals typed. */
function addMonths({ builder, language, layout, t }: Context): void {
  const { months, funnel, methods } = layout;
  section(builder, months.headerRow - 1, TEXT.months, WIDTH, language);
  const outside = (ref: RowContext<MonthKey>['ref']): string => `OR(${ref('month')}="",${ref('share')}="")`;
  const planned = (index: number) => ({ ref }: RowContext<MonthKey>) => formulaCell(`IF(${outside(ref)},"",N(${funnel.address('needed', index, true)})*${ref('share')})`);
  const shareStyle = (index: number): StyleName => (index < EXAMPLE_SHARES.length ? 'example' : 'input');
  const actualStyle = (index: number): StyleName => (index < EXAMPLE_ACTUALS.length ? 'example' : 'input');
  const actual = (column: number) => ({ index }: { index: number }): ColumnCell => EXAMPLE_ACTUALS[index]?.[column] ?? null;
  const sum = (key: MonthKey) => ({ range }: RowContext<MonthKey>) => formulaCell(`SUM(${range(key)})`);
  const positive = { rule: { kind: 'decimal', min: 0, max: 1e12 }, message: TEXT.numberMessage } as const;
  const input = (key: MonthKey, header: LocalizedText, column: number, format: NumberFormatName) =>
    ({ key, header, width: 12, style: actualStyle, format, validation: positive, cell: actual(column), total: sum(key) }) as const;
  const computed = (key: MonthKey, header: LocalizedText, index: number) => ({ key, header, width: 12, style: 'computed', format: 'decimal', cell: planned(index), total: sum(key) }) as const;
  addTable<MonthKey>(
    builder,
    {
      row: months.headerRow,
      rows: MONTH_ROWS,
      totalRow: true,
      headerHeight: 45,
      columns: [
        {
          key: 'month',
          header: { fr: 'Mois', en: 'Month' },
          style: 'computed',
          format: 'date',
          cell: ({ index }) => formulaCell(`IF(OR(NOT(ISNUMBER(${PROSPECTING_NAMES.start})),N(${PROSPECTING_NAMES.months})<${index + 1}),"",EDATE(${PROSPECTING_NAMES.start},${index}))`),
          total: () => t(TEXT.total),
        },
        {
          key: 'share',
          header: { fr: 'Part de l’effort', en: 'Share of the effort' },
          width: 12,
          style: shareStyle,
          format: 'percent',
          validation: { rule: { kind: 'decimal', min: 0, max: 1 }, strict: true, message: TEXT.rateMessage },
          cell: ({ index }) => EXAMPLE_SHARES[index] ?? null,
          total: sum('share'),
        },
        computed('contacts', { fr: 'Contacts prévus', en: 'Contacts planned' }, 0),
        computed('meetings', { fr: 'RDV prévus', en: 'Meetings planned' }, 1),
        computed('proposals', { fr: 'Propositions prévues', en: 'Proposals planned' }, 2),
        computed('signed', { fr: 'Signatures prévues', en: 'Signed planned' }, 3),
        {
          key: 'hours',
          header: { fr: 'Temps nécessaire (h)', en: 'Time needed (h)' },
          width: 12,
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(${outside(ref)},"",N(${methods.totalAddress('hours', true)})*${ref('share')})`),
          total: sum('hours'),
        },
        {
          key: 'available',
          header: { fr: 'Temps disponible (h)', en: 'Time available (h)' },
          width: 12,
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(${ref('month')}="","",${HOURS_AVAILABLE}/N(${PROSPECTING_NAMES.months}))`),
          total: sum('available'),
        },
        { key: 'load', header: { fr: 'Charge', en: 'Load' }, width: 10, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`IF(OR(${ref('hours')}="",N(${ref('available')})<=0),"",${ref('hours')}/${ref('available')})`) },
        input('actualContacts', { fr: 'Contacts réalisés', en: 'Contacts made' }, 0, 'integer'),
        input('actualMeetings', { fr: 'RDV obtenus', en: 'Meetings held' }, 1, 'integer'),
        input('actualProposals', { fr: 'Propositions remises', en: 'Proposals sent' }, 2, 'integer'),
        input('actualSigned', { fr: 'Signatures', en: 'Signed' }, 3, 'integer'),
        input('actualRevenue', { fr: 'CA signé', en: 'Revenue signed' }, 4, 'currencyRounded'),
        input('actualHours', { fr: 'Heures passées', en: 'Hours spent' }, 5, 'decimal'),
      ],
    },
    language,
  );
  builder.conditional({ kind: 'formula', range: months.range('load'), formula: `AND(ISNUMBER($${months.letter('load')}${months.firstRow}),$${months.letter('load')}${months.firstRow}>1)`, style: { fill: PALETTE.bad, bold: true } });
}

/** 5. Profitability, planned and actual to date: revenue and margin against the costs, sales time included. */
function addProfit({ builder, language, layout, t, q }: Context): void {
  const { profit, funnel, methods, months } = layout;
  section(builder, profit.headerRow - 1, TEXT.profit, 3, language);
  const n = PROSPECTING_NAMES;
  const at = (index: number, key: 'planned' | 'actual'): string => profit.address(key, index, true);
  const both = (formula: (key: 'planned' | 'actual') => string): [string, string] => [formula('planned'), formula('actual')];
  const lines: readonly { readonly label: LocalizedText; readonly format: NumberFormatName | undefined; readonly planned: string; readonly actual: string }[] = [
    { label: { fr: 'Nouveaux clients signés', en: 'New customers signed' }, format: 'integer', planned: `N(${n.customers})`, actual: `N(${funnel.address('actual', 3, true)})` },
    { label: { fr: 'CA signé', en: 'Revenue signed' }, format: 'currencyRounded', planned: `N(${n.customers})*N(${n.basket})`, actual: `N(${months.totalAddress('actualRevenue', true)})` },
    ...[{ label: { fr: 'Marge sur le CA signé', en: 'Margin on the revenue signed' }, format: 'currencyRounded' as const, formulas: both((k) => `${at(1, k)}*N(${n.marginRate})`) }].map(expand),
    { label: { fr: 'Coûts directs des actions', en: 'Direct costs of the actions' }, format: 'currencyRounded', planned: `N(${methods.totalAddress('cost', true)})`, actual: `N(${methods.totalAddress('actualCost', true)})` },
    { label: { fr: 'Temps commercial (h)', en: 'Sales time (h)' }, format: 'decimal', planned: `N(${methods.totalAddress('hours', true)})`, actual: `N(${months.totalAddress('actualHours', true)})` },
    ...[
      { label: { fr: 'Coût du temps commercial', en: 'Cost of the sales time' }, format: 'currencyRounded' as const, formulas: both((k) => `${at(4, k)}*N(${n.hourlyCost})`) },
      { label: { fr: 'Coût total de l’opération', en: 'Total cost of the operation' }, format: 'currencyRounded' as const, formulas: both((k) => `${at(3, k)}+${at(5, k)}`) },
      { label: { fr: 'Résultat (marge − coût total)', en: 'Result (margin − total cost)' }, format: 'currencyRounded' as const, formulas: both((k) => `${at(2, k)}-${at(6, k)}`) },
      { label: { fr: 'Coût par nouveau client (temps compris)', en: 'Cost per new customer (time included)' }, format: 'currencyRounded' as const, formulas: both((k) => `IF(${at(0, k)}<=0,"",${at(6, k)}/${at(0, k)})`) },
      { label: { fr: 'Retour sur la dépense (résultat ÷ coût total)', en: 'Return on the spend (result ÷ total cost)' }, format: 'percent' as const, formulas: both((k) => `IF(${at(6, k)}<=0,"",${at(7, k)}/${at(6, k)})`) },
      {
        label: { fr: 'Clients à signer pour couvrir le coût total', en: 'Customers to sign to cover the total cost' },
        format: 'integer' as const,
        formulas: both((k) => `IF(${at(0, k)}<=0,IF(N(${n.basket})*N(${n.marginRate})<=0,"",ROUNDUP(ROUND(${at(6, k)}/(N(${n.basket})*N(${n.marginRate})),6),0)),IF(${at(2, k)}<=0,"",ROUNDUP(ROUND(${at(6, k)}/(${at(2, k)}/${at(0, k)}),6),0)))`),
      },
      {
        label: { fr: 'Verdict', en: 'Verdict' },
        format: undefined,
        formulas: both((k) => `IF(${at(7, k)}>=0,${q({ fr: 'Rentable', en: 'Profitable' })},${q({ fr: 'Non rentable', en: 'Not profitable' })})`),
      },
    ].map(expand),
  ];
  addTable<ProfitKey>(
    builder,
    {
      row: profit.headerRow,
      rows: lines.length,
      columns: [
        { key: 'label', header: { fr: 'Indicateur', en: 'Indicator' }, style: 'label', cell: ({ index }) => t(lines[index]?.label ?? TEXT.total) },
        { key: 'planned', header: { fr: 'Prévu', en: 'Planned' }, style: 'computed', format: (index) => lines[index]?.format, cell: ({ index }) => formulaCell(lines[index]?.planned ?? '0') },
        { key: 'actual', header: { fr: 'Réalisé à date', en: 'Actual to date' }, style: 'computed', format: (index) => lines[index]?.format, cell: ({ index }) => formulaCell(lines[index]?.actual ?? '0') },
      ],
    },
    language,
  );
}

function expand(line: { readonly label: LocalizedText; readonly format: NumberFormatName | undefined; readonly formulas: [string, string] }): { label: LocalizedText; format: NumberFormatName | undefined; planned: string; actual: string } {
  return { label: line.label, format: line.format, planned: line.formulas[0], actual: line.formulas[1] };
}
