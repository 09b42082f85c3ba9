/**
 * The registry of builds: every sheet or set of sheets the product can build, in the sidebar's order,
 * with its names, its group, the selection it reads and whether the audit workbook includes it. The
 * sidebar, the workbook requests, the Sheets server, the playground and the CLI (`promethee audit
 * --list`, `--only`) all read this one list; the plan function of each key is in builds.ts (kept apart
 * so that the sidebar's bundle carries the list without the plan builders). Adding a sheet is its plan
 * file, one entry here, one line in builds.ts, and their tests.
 */
import type { LocalizedText } from '../cells/errors.js';

/** The families the builds are grouped in (the sidebar shows one collapsible group per family). */
export type BuildGroup = 'audit' | 'segmentation' | 'value' | 'action' | 'diagnostic' | 'other';

/** The name of each group: the sidebar's title over its builds, the group column of `promethee audit --list`. */
export const BUILD_GROUP_LABELS: Readonly<Record<BuildGroup, LocalizedText>> = Object.freeze({
  audit: { fr: 'Audit', en: 'Audit' },
  segmentation: { fr: 'Segmentation', en: 'Segmentation' },
  value: { fr: 'Valeur client', en: 'Customer value' },
  action: { fr: 'Du diagnostic au plan', en: 'From diagnosis to plan' },
  diagnostic: { fr: 'Grilles stratégiques', en: 'Strategy grids' },
  other: { fr: 'Autres', en: 'Other' },
});

/**
 * What a build reads from the workbook's current selection:
 * - `none`: nothing (a template, example rows marked as such);
 * - `itemValues`: two columns, item then value;
 * - `transactions`: customer, date, amount (and an order id, optional);
 * - `categoryTransactions`: customer, date, amount, customer category (and a cost or a margin,
 *   optional). A build reading it may also be `optional` in the audit workbook: it then builds its
 *   example rows, and so it does alone when the selection is empty.
 */
export type SelectionNeed = 'none' | 'itemValues' | 'transactions' | 'categoryTransactions';

/**
 * Where a build stands towards the audit workbook:
 * - `core`: always one of its sheets (summary, checklist, interviews, KPI);
 * - `optional`: added when the user asks for it (sidebar option, `promethee audit --only`);
 * - `apart`: built on its own only (it reads a selection the audit workbook does not have).
 */
export type AuditMembership = 'core' | 'optional' | 'apart';

/** The sidebar's texts of one build. */
export interface BuildTexts {
  /** Short name in the list of choices. */
  readonly label: LocalizedText;
  /** One line under the name: what the user gets. */
  readonly description: LocalizedText;
  /** Text of the build button. */
  readonly action: LocalizedText;
  /** For the builds reading a selection: which columns to select. */
  readonly expects?: LocalizedText;
}

/** One entry of the registry. */
export interface BuildDescription<K extends string = string> {
  /** Stable key: the CLI's `--only` value, the sidebar's choice, the request's target. */
  readonly key: K;
  readonly texts: BuildTexts;
  readonly group: BuildGroup;
  readonly selection: SelectionNeed;
  readonly audit: AuditMembership;
}

function describeBuild<const K extends string>(description: BuildDescription<K>): BuildDescription<K> {
  return description;
}

/** Every build, in the sidebar's order: the audit first, then the single sheets. */
export const BUILDS = [
  describeBuild({
    key: 'audit',
    texts: {
      label: { fr: 'Classeur d’audit', en: 'Audit workbook' },
      description: { fr: 'Grille d’audit, guides d’entretien, synthèse et feuille KPI.', en: 'Checklist, interview guides, summary and KPI sheet.' },
      action: { fr: 'Construire le classeur d’audit', en: 'Build the audit workbook' },
    },
    group: 'audit',
    selection: 'none',
    audit: 'core',
  }),
  describeBuild({
    key: 'kpi',
    texts: {
      label: { fr: 'Feuille KPI', en: 'KPI sheet' },
      description: {
        fr: 'Acquisition et conversion par canal : coût par lead (CPL), coût d’acquisition client (CAC), LTV:CAC.',
        en: 'Acquisition and conversion per channel: cost per lead (CPL), customer acquisition cost (CAC), LTV:CAC.',
      },
      action: { fr: 'Construire la feuille KPI', en: 'Build the KPI sheet' },
    },
    group: 'audit',
    selection: 'none',
    audit: 'core',
  }),
  describeBuild({
    key: 'abc',
    texts: {
      label: { fr: 'Segmentation ABC', en: 'ABC segmentation' },
      description: {
        fr: 'Pareto des clients ou produits de la sélection, seuils modifiables.',
        en: 'Pareto of the customers or products selected, editable thresholds.',
      },
      action: { fr: 'Construire la segmentation ABC', en: 'Build the ABC segmentation' },
      expects: {
        fr: 'Sélectionnez deux colonnes : élément (client, produit…) puis valeur (CA, marge…).',
        en: 'Select two columns: item (customer, product…) then value (revenue, margin…).',
      },
    },
    group: 'segmentation',
    selection: 'itemValues',
    audit: 'apart',
  }),
  describeBuild({
    key: 'abc.weighted',
    texts: {
      label: { fr: 'ABC pondéré', en: 'Weighted ABC' },
      description: { fr: 'Comptes notés sur plusieurs critères pondérés, classe A/B/C.', en: 'Accounts scored on several weighted criteria, A/B/C class.' },
      action: { fr: 'Construire l’ABC pondéré', en: 'Build the weighted ABC' },
    },
    group: 'segmentation',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'rfm',
    texts: {
      label: { fr: 'Segmentation RFM', en: 'RFM segmentation' },
      description: {
        fr: 'Récence, fréquence, montant par client, 11 segments et actions.',
        en: 'Recency, frequency, monetary per customer, 11 segments and actions.',
      },
      action: { fr: 'Construire la segmentation RFM', en: 'Build the RFM segmentation' },
      expects: {
        fr: 'Sélectionnez les transactions : client, date, montant (et n° de commande, facultatif).',
        en: 'Select the transactions: customer, date, amount (and an order id, optional).',
      },
    },
    group: 'segmentation',
    selection: 'transactions',
    audit: 'apart',
  }),
  describeBuild({
    key: 'clv',
    texts: {
      label: { fr: 'Valeur client', en: 'Customer value' },
      description: {
        fr: 'Achats attendus, probabilité d’activité et valeur sur un an par client (BG/NBD + Gamma-Gamma).',
        en: 'Expected purchases, probability of being active and one-year value per customer (BG/NBD + Gamma-Gamma).',
      },
      action: { fr: 'Construire la valeur client', en: 'Build the customer value' },
      expects: { fr: 'Sélectionnez les transactions : client, date, montant.', en: 'Select the transactions: customer, date, amount.' },
    },
    group: 'value',
    selection: 'transactions',
    audit: 'apart',
  }),
  describeBuild({
    key: 'objectives',
    texts: {
      label: { fr: 'Objectifs SMART / OKR', en: 'SMART objectives / OKR' },
      description: {
        fr: 'Objectifs vérifiés sur les cinq critères SMART, reliés à un KPI, résultats clés, avancement et statut.',
        en: 'Objectives checked on the five SMART criteria, tied to a KPI, key results, progress and status.',
      },
      action: { fr: 'Construire les objectifs SMART', en: 'Build the SMART objectives' },
    },
    group: 'action',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'sla',
    texts: {
      label: { fr: 'Contrat marketing–ventes', en: 'Marketing–sales SLA' },
      description: {
        fr: 'Vocabulaire commun (lead, MQL, SQL…), engagements de chaque service, règles de suivi et suivi mensuel réalisé contre engagement.',
        en: 'Shared vocabulary (lead, MQL, SQL…), each side’s commitments, follow-up rules and a monthly follow-up of actual against commitment.',
      },
      action: { fr: 'Construire le contrat de service', en: 'Build the SLA' },
    },
    group: 'action',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'lead-scoring',
    texts: {
      label: { fr: 'Lead scoring', en: 'Lead scoring' },
      description: {
        fr: 'Critères de profil et de comportement notés, seuil de passage aux ventes, contrôle sur les conversions passées.',
        en: 'Profile and behaviour criteria with points, the threshold to sales, a check on past conversions.',
      },
      action: { fr: 'Construire le lead scoring', en: 'Build the lead scoring' },
    },
    group: 'action',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'prospecting',
    texts: {
      label: { fr: 'Plan de prospection', en: 'Prospecting plan' },
      description: {
        fr: 'Objectif, entonnoir calculé à rebours, méthodes et coûts, temps nécessaire, planning mensuel, objectifs/réalisations et rentabilité.',
        en: 'Objective, funnel worked back, methods and costs, time needed, monthly planning, objectives vs results and profitability.',
      },
      action: { fr: 'Construire le plan de prospection', en: 'Build the prospecting plan' },
    },
    group: 'action',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'time-allocation',
    texts: {
      label: { fr: 'Allocation du temps', en: 'Time allocation' },
      description: {
        fr: 'Temps de vente de l’équipe réparti par classe A/B/C : heures et visites par compte, vérification du temps disponible.',
        en: 'The team’s selling time split by A/B/C class: hours and visits per account, check against the time available.',
      },
      action: { fr: 'Construire l’allocation du temps', en: 'Build the time allocation' },
    },
    group: 'action',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'sales-dashboard',
    texts: {
      label: { fr: 'Tableau de bord commercial', en: 'Sales dashboard' },
      description: {
        fr: 'Par commercial et par cible A/B/C : rendez-vous, affaires gagnées et perdues, CA, panier moyen, objectif atteint, CAC temps commercial compris.',
        en: 'Per rep and per A/B/C target: meetings, deals won and lost, revenue, average basket, objective reached, CAC including sales time.',
      },
      action: { fr: 'Construire le tableau de bord commercial', en: 'Build the sales dashboard' },
    },
    group: 'action',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'action-plan',
    texts: {
      label: { fr: 'Plan d’actions', en: 'Action plan' },
      description: {
        fr: 'Actions proposées par les trois sections les plus faibles de l’audit, RACI, urgence × importance (Eisenhower), avancement par responsable.',
        en: 'Actions proposed by the audit’s three weakest sections, RACI, urgency × importance (Eisenhower), progress per owner.',
      },
      action: { fr: 'Construire le plan d’actions', en: 'Build the action plan' },
    },
    group: 'action',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'portfolio',
    texts: {
      label: { fr: 'Analyse du portefeuille', en: 'Portfolio analysis' },
      description: {
        fr: 'CA global, par catégorie de clientèle et par année, taux d’évolution, panier moyen, taux de marge et de marque.',
        en: 'Revenue overall, per customer category and per year, growth rate, average basket, margin on cost and on sales.',
      },
      action: { fr: 'Construire l’analyse du portefeuille', en: 'Build the portfolio analysis' },
      expects: {
        fr: 'Sélectionnez les transactions : client, date, montant HT, catégorie de clientèle (et coût ou marge, facultatif) ; sans sélection, des exemples.',
        en: 'Select the transactions: customer, date, amount excl. tax, customer category (and cost or margin, optional); without a selection, examples.',
      },
    },
    group: 'diagnostic',
    selection: 'categoryTransactions',
    audit: 'optional',
  }),
  describeBuild({
    key: 'swot',
    texts: {
      label: { fr: 'SWOT', en: 'SWOT' },
      description: {
        fr: 'Forces, faiblesses, opportunités, menaces pondérées et étayées par l’audit, stratégies croisées SO, ST, WO, WT.',
        en: 'Strengths, weaknesses, opportunities, threats weighted and backed by the audit, crossed SO, ST, WO, WT strategies.',
      },
      action: { fr: 'Construire la grille SWOT', en: 'Build the SWOT grid' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'pestel',
    texts: {
      label: { fr: 'PESTEL', en: 'PESTEL' },
      description: {
        fr: 'Facteurs politiques, économiques, socioculturels, technologiques, écologiques et légaux, priorité = impact × probabilité.',
        en: 'Political, economic, socio-cultural, technological, environmental and legal factors, priority = impact × probability.',
      },
      action: { fr: 'Construire la grille PESTEL', en: 'Build the PESTEL grid' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'vrio',
    texts: {
      label: { fr: 'Grille VRIO', en: 'VRIO grid' },
      description: {
        fr: 'Ressources notées Valeur, Rareté, Imitabilité, Organisation : l’avantage concurrentiel de chacune.',
        en: 'Resources rated on Value, Rarity, Imitability, Organisation: the competitive advantage of each.',
      },
      action: { fr: 'Construire la grille VRIO', en: 'Build the VRIO grid' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'five-forces',
    texts: {
      label: { fr: '5 forces de Porter', en: 'Porter’s five forces' },
      description: {
        fr: 'Chaque force notée par ses facteurs, son intensité, la pression globale et un radar.',
        en: 'Each force rated through its drivers, its intensity, the overall pressure and a radar.',
      },
      action: { fr: 'Construire les 5 forces', en: 'Build the five forces' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'bcg',
    texts: {
      label: { fr: 'Matrice BCG', en: 'BCG matrix' },
      description: {
        fr: 'Produits placés par croissance du marché et part de marché relative : Vedette, Vache à lait, Dilemme, Poids mort.',
        en: 'Products placed by market growth and relative market share: Star, Cash cow, Question mark, Dog.',
      },
      action: { fr: 'Construire la matrice BCG', en: 'Build the BCG matrix' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'personas',
    texts: {
      label: { fr: 'Personas', en: 'Personas' },
      description: {
        fr: 'Fiches des clients types reliées aux segments RFM et classes ABC, complétude de chaque fiche.',
        en: 'Cards of the typical customers linked to the RFM segments and ABC classes, completeness of each card.',
      },
      action: { fr: 'Construire les personas', en: 'Build the personas' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'journey',
    texts: {
      label: { fr: 'Parcours client', en: 'Customer journey' },
      description: {
        fr: 'Étapes, actions, points de contact, émotions et frictions ; moments de vérité et points à corriger.',
        en: 'Stages, actions, touchpoints, emotions and friction; moments of truth and points to fix.',
      },
      action: { fr: 'Construire le parcours client', en: 'Build the customer journey' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'aarrr',
    texts: {
      label: { fr: 'KPI AARRR', en: 'AARRR KPIs' },
      description: {
        fr: 'KPI par étape (acquisition, activation, rétention, recommandation, revenu) : référence, cible, écart, statut.',
        en: 'KPIs per stage (acquisition, activation, retention, referral, revenue): baseline, target, gap, status.',
      },
      action: { fr: 'Construire la grille AARRR', en: 'Build the AARRR grid' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'budget',
    texts: {
      label: { fr: 'Budget base zéro', en: 'Zero-based budget' },
      description: {
        fr: 'Paquets de décision classés par priorité et rendement, financés jusqu’à épuisement du budget.',
        en: 'Decision packages ranked by priority and return, funded until the budget is used up.',
      },
      action: { fr: 'Construire le budget base zéro', en: 'Build the zero-based budget' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'qualification',
    texts: {
      label: { fr: 'Qualification BANT, MEDDIC, GPCT', en: 'BANT, MEDDIC, GPCT qualification' },
      description: {
        fr: 'Opportunités notées selon les trois méthodes, go / no-go par rapport à un seuil.',
        en: 'Opportunities scored with the three frameworks, go / no-go against a threshold.',
      },
      action: { fr: 'Construire la grille de qualification', en: 'Build the qualification grid' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'gdpr-watch',
    texts: {
      label: { fr: 'RGPD et veille', en: 'GDPR and watch' },
      description: {
        fr: 'Information commerciale, règles RGPD et CNIL de la prospection, veille : statut, responsable, échéance, retards.',
        en: 'Sales information, GDPR and CNIL prospecting rules, market watch: status, owner, due date, overdue points.',
      },
      action: { fr: 'Construire la grille RGPD et veille', en: 'Build the GDPR and watch checklist' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
  describeBuild({
    key: 'networking',
    texts: {
      label: { fr: 'Réseau professionnel', en: 'Networking' },
      description: {
        fr: 'Objectifs, carte du réseau (personnel, vertical, horizontal, transversal), moyens et actions.',
        en: 'Objectives, map of the network (personal, vertical, horizontal, transversal), means and actions.',
      },
      action: { fr: 'Construire la stratégie de réseau', en: 'Build the networking strategy' },
    },
    group: 'diagnostic',
    selection: 'none',
    audit: 'optional',
  }),
] as const;

/** The key of a build. */
export type BuildKey = (typeof BUILDS)[number]['key'];

const BY_KEY: ReadonlyMap<string, BuildDescription<BuildKey>> = new Map(BUILDS.map((build) => [build.key, build]));

/** True for a registered build key (a CLI argument, a request from the Sheets client). */
export function isBuildKey(key: string): key is BuildKey {
  return BY_KEY.has(key);
}

/**
 * The registry entry of a key.
 * @throws Error for an unknown key (the callers check user input with {@link isBuildKey} first)
 */
export function describedBuild(key: BuildKey): BuildDescription<BuildKey> {
  const build = BY_KEY.get(key);
  if (build === undefined) throw new Error(`Unknown build: ${key}`);
  return build;
}

/** True for the builds that read the current selection. */
export function needsSelection(key: BuildKey): boolean {
  return describedBuild(key).selection !== 'none';
}
