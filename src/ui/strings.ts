/**
 * Every word the sidebar shows, in French and English: one place to read, review and translate. A
 * component never writes user-visible text of its own; it picks it from {@link sidebarStrings}.
 */
import type { Language } from '../cells/errors.js';
import { BUILD_GROUP_LABELS, BUILDS } from '../workbook/build-list.js';
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
  /** The protection option: its switch, the line under it, and (Google Sheets) the owner-only choice. */
  readonly protect: { readonly label: string; readonly hint: string; readonly ownerOnly: string };
  readonly chooseTitle: string;
  readonly targets: Readonly<Record<BuildTarget, TargetStrings>>;
  /** Above the optional sheets of the audit workbook. */
  readonly auditAdditions: string;
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

/** The names, lines and button texts of every build, from the registry of builds, in a language. */
function buildTexts(language: Language): Record<BuildTarget, TargetStrings> {
  const texts = {} as Record<BuildTarget, TargetStrings>;
  for (const { key, texts: { label, description, action, expects } } of BUILDS) {
    texts[key] = { label: label[language], description: description[language], action: action[language], ...(expects === undefined ? {} : { expects: expects[language] }) };
  }
  return texts;
}

const FR: SidebarStrings = {
  appName: 'Prométhée',
  tagline: 'Audit commercial & marketing',
  languageLabel: 'Langue des feuilles',
  protect: {
    label: 'Protéger les formules',
    hint: 'Seules les cellules jaunes restent modifiables ; la protection s’ôte sans mot de passe.',
    ownerOnly: 'Formules modifiables par le propriétaire seulement',
  },
  chooseTitle: 'Que voulez-vous construire ?',
  targets: buildTexts('fr'),
  auditAdditions: 'Ajouter au classeur d’audit (facultatif) :',
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
  protect: {
    label: 'Protect formulas',
    hint: 'Only the yellow cells stay editable; the protection comes off without a password.',
    ownerOnly: 'Only the owner can edit the formulas',
  },
  chooseTitle: 'What do you want to build?',
  targets: buildTexts('en'),
  auditAdditions: 'Add to the audit workbook (optional):',
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

/** The order of the build choices in the sidebar: the registry's order, the audit first. */
export const TARGET_ORDER: readonly BuildTarget[] = BUILDS.map((build) => build.key);

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
    audit: { label: BUILD_GROUP_LABELS.audit.fr, description: 'La grille d’audit, les entretiens, la synthèse et les indicateurs.' },
    segmentation: { label: BUILD_GROUP_LABELS.segmentation.fr, description: 'Classer clients et produits : ABC, ABC pondéré, RFM.' },
    value: { label: BUILD_GROUP_LABELS.value.fr, description: 'Prévoir les achats et la valeur de chaque client.' },
    action: { label: BUILD_GROUP_LABELS.action.fr, description: 'Objectifs, contrat marketing–ventes, lead scoring, prospection, temps par cible, tableau de bord et plan d’actions.' },
    diagnostic: { label: BUILD_GROUP_LABELS.diagnostic.fr, description: 'Portefeuille, SWOT, PESTEL, VRIO, cinq forces, BCG, personas, parcours client et autres grilles de la méthode.' },
    other: { label: BUILD_GROUP_LABELS.other.fr, description: 'Les autres constructions.' },
  },
  count: (count) => `${count} ${count <= 1 ? 'construction' : 'constructions'}`,
  chosen: (label) => `Choix : ${label}`,
};

const GROUPS_EN: TargetGroupsStrings = {
  groups: {
    audit: { label: BUILD_GROUP_LABELS.audit.en, description: 'The audit grid, interviews, summary and KPIs.' },
    segmentation: { label: BUILD_GROUP_LABELS.segmentation.en, description: 'Rank customers and products: ABC, weighted ABC, RFM.' },
    value: { label: BUILD_GROUP_LABELS.value.en, description: 'Forecast the purchases and value of each customer.' },
    action: { label: BUILD_GROUP_LABELS.action.en, description: 'Objectives, marketing–sales agreement, lead scoring, prospecting, time by target, sales dashboard and action plan.' },
    diagnostic: { label: BUILD_GROUP_LABELS.diagnostic.en, description: 'Portfolio, SWOT, PESTEL, VRIO, five forces, BCG, personas, customer journey and the other grids of the method.' },
    other: { label: BUILD_GROUP_LABELS.other.en, description: 'The other builds.' },
  },
  count: (count) => `${count} ${count <= 1 ? 'build' : 'builds'}`,
  chosen: (label) => `Chosen: ${label}`,
};

/** The texts of the grouped list of builds in a language. */
export function targetGroupsStrings(language: Language): TargetGroupsStrings {
  return language === 'fr' ? GROUPS_FR : GROUPS_EN;
}
