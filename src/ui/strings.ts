/**
 * Every word the sidebar shows, in French and English: one place to read, review and translate. A
 * component never writes user-visible text of its own; it picks it from {@link sidebarStrings}.
 */
import type { Language } from '../cells/errors.js';
import type { BuildTarget, WorkbookHost } from '../workbook/port.js';
import type { TargetGroupId } from './target-groups.js';

/** What one build target is called and what it needs. */
export interface TargetStrings {
  /** Short name in the list of choices. */
  readonly label: string;
  /** One line under the name: what the user gets. */
  readonly description: string;
  /** Text of the build button. */
  readonly action: string;
  /** For the builds reading a selection: which columns to select. */
  readonly expects?: string;
}

/** The sidebar's texts in one language. */
export interface SidebarStrings {
  readonly appName: string;
  readonly tagline: string;
  readonly languageLabel: string;
  readonly chooseTitle: string;
  readonly targets: Readonly<Record<BuildTarget, TargetStrings>>;
  readonly rangeTitle: string;
  readonly useSelection: string;
  readonly readingSelection: string;
  readonly noSelectionYet: string;
  readonly rowsAndColumns: (rows: number, columns: number) => string;
  readonly headerDetected: string;
  readonly noHeader: string;
  readonly building: string;
  readonly writingSheet: (sheet: string, index: number, total: number) => string;
  readonly preparing: string;
  readonly builtTitle: (count: number) => string;
  readonly replacedNote: (names: readonly string[]) => string;
  readonly cannotBuildTitle: string;
  readonly selectionProblemTitle: string;
  readonly unexpectedError: (detail: string) => string;
  readonly removeTitle: string;
  readonly removeAction: string;
  readonly removeHint: (host: WorkbookHost['kind']) => string;
  readonly removeConfirmTitle: string;
  readonly removeConfirmText: string;
  readonly removeConfirm: string;
  readonly cancel: string;
  readonly removing: string;
  readonly removedTitle: (count: number) => string;
  readonly nothingToRemove: string;
  readonly dismiss: string;
  readonly footer: string;
}

const plural = (count: number, one: string, many: string): string => (count <= 1 ? one : many);

const FR: SidebarStrings = {
  appName: 'Prométhée',
  tagline: 'Audit commercial & marketing',
  languageLabel: 'Langue des feuilles',
  chooseTitle: 'Que voulez-vous construire ?',
  targets: {
    audit: {
      label: 'Classeur d’audit',
      description: 'Grille d’audit, guides d’entretien, synthèse et feuille KPI.',
      action: 'Construire le classeur d’audit',
    },
    kpi: {
      label: 'Feuille KPI',
      description: 'Acquisition et conversion par canal : coût par lead (CPL), coût d’acquisition client (CAC), LTV:CAC.',
      action: 'Construire la feuille KPI',
    },
    abc: {
      label: 'Segmentation ABC',
      description: 'Pareto des clients ou produits de la sélection, seuils modifiables.',
      action: 'Construire la segmentation ABC',
      expects: 'Sélectionnez deux colonnes : élément (client, produit…) puis valeur (CA, marge…).',
    },
    'abc.weighted': {
      label: 'ABC pondéré',
      description: 'Comptes notés sur plusieurs critères pondérés, classe A/B/C.',
      action: 'Construire l’ABC pondéré',
    },
    rfm: {
      label: 'Segmentation RFM',
      description: 'Récence, fréquence, montant par client, 11 segments et actions.',
      action: 'Construire la segmentation RFM',
      expects: 'Sélectionnez les transactions : client, date, montant (et n° de commande, facultatif).',
    },
    clv: {
      label: 'Valeur client',
      description: 'Achats attendus, probabilité d’activité et valeur sur un an par client (BG/NBD + Gamma-Gamma).',
      action: 'Construire la valeur client',
      expects: 'Sélectionnez les transactions : client, date, montant.',
    },
    'time-allocation': {
      label: 'Allocation du temps',
      description: 'Temps de vente de l’équipe réparti par classe A/B/C : heures et visites par compte, vérification du temps disponible.',
      action: 'Construire l’allocation du temps',
    },
    'lead-scoring': {
      label: 'Lead scoring',
      description: 'Critères de profil et de comportement notés, seuil de passage aux ventes, contrôle sur les conversions passées.',
      action: 'Construire le lead scoring',
    },
  },
  rangeTitle: 'Plage de données',
  useSelection: 'Utiliser la sélection actuelle',
  readingSelection: 'Lecture de la sélection…',
  noSelectionYet: 'Aucune plage lue pour l’instant.',
  rowsAndColumns: (rows, columns) => `${rows} ${plural(rows, 'ligne', 'lignes')} · ${columns} ${plural(columns, 'colonne', 'colonnes')}`,
  headerDetected: 'En-tête détecté',
  noHeader: 'Sans en-tête',
  building: 'Construction en cours…',
  writingSheet: (sheet, index, total) => `Écriture de « ${sheet} » (${index}/${total})`,
  preparing: 'Préparation des feuilles…',
  builtTitle: (count) => `${count} ${plural(count, 'feuille créée', 'feuilles créées')}`,
  replacedNote: (names) => `Remplacée(s), car générée(s) par Prométhée : ${names.join(', ')}.`,
  cannotBuildTitle: 'Impossible de construire',
  selectionProblemTitle: 'Sélection à corriger',
  unexpectedError: (detail) => `Une erreur inattendue s’est produite : ${detail}. Réessayez ; si elle persiste, signalez-la avec ce message.`,
  removeTitle: 'Feuilles générées',
  removeAction: 'Supprimer les feuilles générées',
  removeHint: (host) =>
    `Supprime seulement les feuilles créées par Prométhée${host === 'excel' ? ' (Excel ne peut pas annuler les écritures d’un complément)' : ''} ; vos propres feuilles restent intactes.`,
  removeConfirmTitle: 'Supprimer les feuilles générées ?',
  removeConfirmText: 'Toutes les feuilles créées par Prométhée seront supprimées, avec ce que vous y avez saisi. Vos propres feuilles ne sont pas touchées.',
  removeConfirm: 'Supprimer',
  cancel: 'Annuler',
  removing: 'Suppression…',
  removedTitle: (count) => `${count} ${plural(count, 'feuille supprimée', 'feuilles supprimées')}`,
  nothingToRemove: 'Aucune feuille générée par Prométhée dans ce classeur.',
  dismiss: 'Fermer',
  footer: 'Les feuilles contiennent des formules natives : elles restent utilisables sans le complément.',
};

const EN: SidebarStrings = {
  appName: 'Prométhée',
  tagline: 'Sales & marketing audit',
  languageLabel: 'Language of the sheets',
  chooseTitle: 'What do you want to build?',
  targets: {
    audit: {
      label: 'Audit workbook',
      description: 'Checklist, interview guides, summary and KPI sheet.',
      action: 'Build the audit workbook',
    },
    kpi: {
      label: 'KPI sheet',
      description: 'Acquisition and conversion per channel: cost per lead (CPL), customer acquisition cost (CAC), LTV:CAC.',
      action: 'Build the KPI sheet',
    },
    abc: {
      label: 'ABC segmentation',
      description: 'Pareto of the customers or products selected, editable thresholds.',
      action: 'Build the ABC segmentation',
      expects: 'Select two columns: item (customer, product…) then value (revenue, margin…).',
    },
    'abc.weighted': {
      label: 'Weighted ABC',
      description: 'Accounts scored on several weighted criteria, A/B/C class.',
      action: 'Build the weighted ABC',
    },
    rfm: {
      label: 'RFM segmentation',
      description: 'Recency, frequency, monetary per customer, 11 segments and actions.',
      action: 'Build the RFM segmentation',
      expects: 'Select the transactions: customer, date, amount (and an order id, optional).',
    },
    clv: {
      label: 'Customer value',
      description: 'Expected purchases, probability of being active and one-year value per customer (BG/NBD + Gamma-Gamma).',
      action: 'Build the customer value',
      expects: 'Select the transactions: customer, date, amount.',
    },
    'time-allocation': {
      label: 'Time allocation',
      description: 'The team’s selling time split by A/B/C class: hours and visits per account, check against the time available.',
      action: 'Build the time allocation',
    },
    'lead-scoring': {
      label: 'Lead scoring',
      description: 'Profile and behaviour criteria with points, the threshold to sales, a check on past conversions.',
      action: 'Build the lead scoring',
    },
  },
  rangeTitle: 'Data range',
  useSelection: 'Use current selection',
  readingSelection: 'Reading the selection…',
  noSelectionYet: 'No range read yet.',
  rowsAndColumns: (rows, columns) => `${rows} ${plural(rows, 'row', 'rows')} · ${columns} ${plural(columns, 'column', 'columns')}`,
  headerDetected: 'Header detected',
  noHeader: 'No header',
  building: 'Building…',
  writingSheet: (sheet, index, total) => `Writing “${sheet}” (${index}/${total})`,
  preparing: 'Preparing the sheets…',
  builtTitle: (count) => `${count} ${plural(count, 'sheet created', 'sheets created')}`,
  replacedNote: (names) => `Replaced, as Prométhée generated them: ${names.join(', ')}.`,
  cannotBuildTitle: 'Cannot build',
  selectionProblemTitle: 'Selection to fix',
  unexpectedError: (detail) => `Something unexpected went wrong: ${detail}. Try again; if it persists, report it with this message.`,
  removeTitle: 'Generated sheets',
  removeAction: 'Remove generated sheets',
  removeHint: (host) =>
    `Removes only the sheets Prométhée created${host === 'excel' ? ' (Excel cannot undo what an add-in writes)' : ''}; your own sheets stay untouched.`,
  removeConfirmTitle: 'Remove the generated sheets?',
  removeConfirmText: 'Every sheet Prométhée created will be deleted, with anything you typed into it. Your own sheets are not touched.',
  removeConfirm: 'Remove',
  cancel: 'Cancel',
  removing: 'Removing…',
  removedTitle: (count) => `${count} ${plural(count, 'sheet removed', 'sheets removed')}`,
  nothingToRemove: 'No sheet generated by Prométhée in this workbook.',
  dismiss: 'Dismiss',
  footer: 'The sheets hold native formulas: they keep working without the add-in.',
};

/** The sidebar's texts in a language. */
export function sidebarStrings(language: Language): SidebarStrings {
  return language === 'fr' ? FR : EN;
}

/** The order of the build choices in the sidebar: the audit first, then the single sheets. */
export const TARGET_ORDER: readonly BuildTarget[] = ['audit', 'kpi', 'abc', 'abc.weighted', 'rfm', 'clv', 'time-allocation', 'lead-scoring'];

// ---- The groups of builds (TargetPicker) --------------------------------------------------------------

/** The name and one line of a group of builds. */
export interface TargetGroupStrings {
  readonly label: string;
  readonly description: string;
}

/** The texts of the grouped list of builds, in one language. */
export interface TargetGroupsStrings {
  readonly groups: Readonly<Record<TargetGroupId, TargetGroupStrings>>;
  /** How many builds a group holds, after its name. */
  readonly count: (count: number) => string;
  /** Shown under a group's name when it holds the chosen build. */
  readonly chosen: (label: string) => string;
}

const GROUPS_FR: TargetGroupsStrings = {
  groups: {
    audit: { label: 'Audit', description: 'La grille d’audit, les entretiens, la synthèse et les indicateurs.' },
    segmentation: { label: 'Segmentation', description: 'Classer clients et produits : ABC, ABC pondéré, RFM.' },
    value: { label: 'Valeur client', description: 'Prévoir les achats et la valeur de chaque client.' },
    action: { label: 'Plan d’action', description: 'Priorités, responsables et échéances.' },
    diagnostic: { label: 'Grilles de diagnostic', description: 'Diagnostics ciblés d’un domaine.' },
    other: { label: 'Autres', description: 'Les autres constructions.' },
  },
  count: (count) => `${count} ${count <= 1 ? 'construction' : 'constructions'}`,
  chosen: (label) => `Choix : ${label}`,
};

const GROUPS_EN: TargetGroupsStrings = {
  groups: {
    audit: { label: 'Audit', description: 'The audit grid, interviews, summary and KPIs.' },
    segmentation: { label: 'Segmentation', description: 'Rank customers and products: ABC, weighted ABC, RFM.' },
    value: { label: 'Customer value', description: 'Forecast the purchases and value of each customer.' },
    action: { label: 'Action plan', description: 'Priorities, owners and due dates.' },
    diagnostic: { label: 'Diagnostic grids', description: 'Focused diagnostics of one area.' },
    other: { label: 'Other', description: 'The other builds.' },
  },
  count: (count) => `${count} ${count <= 1 ? 'build' : 'builds'}`,
  chosen: (label) => `Chosen: ${label}`,
};

/** The texts of the grouped list of builds in a language. */
export function targetGroupsStrings(language: Language): TargetGroupsStrings {
  return language === 'fr' ? GROUPS_FR : GROUPS_EN;
}
