/**
 * The names Excel shows for the parameters of a function (in the formula's tooltip and the Insert
 * Function dialog), in French for functions-fr.json. As Excel's own French functions do
 * (RECHERCHEV(valeur_cherchée; table_matrice; …)), words in lower case joined by "_", with accents.
 * The English names are the catalogue's. A parameter missing here keeps its English name (the test
 * of the metadata lists it).
 */
export const FRENCH_PARAMETER_NAMES: Readonly<Record<string, string>> = {
  a: 'a',
  a_share: 'part_a',
  acquisition_costs: 'coûts_acquisition',
  alpha: 'alpha',
  amounts: 'montants',
  as_of: 'date_analyse',
  at_end: 'clients_fin',
  at_start: 'clients_début',
  average_order_value: 'panier_moyen',
  b: 'b',
  b_share: 'part_b',
  bins: 'nb_notes',
  cac: 'cac',
  calibration_end: 'fin_calibration',
  churn_rate: 'taux_attrition',
  classes: 'classes',
  conversions: 'conversions',
  cost: 'coût',
  costs: 'dépenses',
  criteria_values: 'valeurs_critères',
  current: 'valeur_actuelle',
  customers: 'clients',
  customers_at_start: 'clients_début',
  customers_lost: 'clients_perdus',
  dates: 'dates',
  discount_rate: 'taux_actualisation',
  f: 'f',
  frequency: 'fréquence',
  gamma: 'gamma',
  gross_margin_rate: 'taux_marque',
  growth_threshold: 'seuil_croissance',
  horizon: 'horizon',
  hours_available: 'heures_disponibles',
  language: 'langue',
  leads: 'prospects',
  ltv: 'valeur_client',
  m: 'm',
  margin_per_period: 'marge_par_période',
  market_growth: 'croissance_marché',
  mean_repeat_value: 'montant_moyen_réachats',
  method: 'méthode',
  monetary: 'montant',
  monthly_revenue_per_customer: 'ca_mensuel_par_client',
  new_customers: 'nouveaux_clients',
  opportunities: 'opportunités',
  orders: 'commandes',
  orders_per_period: 'commandes_par_période',
  p: 'p',
  points_table: 'table_points',
  previous: 'valeur_précédente',
  q: 'q',
  r: 'r',
  recency_or_last_date: 'récence_ou_dernier_achat',
  relative_share: 'part_relative',
  retention_rate: 'taux_rétention',
  revenue: 'chiffre_affaires',
  score_or_r: 'code_ou_r',
  scores: 'notes',
  selling_price: 'prix_vente',
  share_threshold: 'seuil_part',
  shares: 'parts',
  stage_counts: 'effectifs_étapes',
  t_cal: 't_cal',
  t_x: 't_x',
  threshold: 'seuil',
  time_unit: 'unité_temps',
  timing: 'moment',
  total: 'total',
  values: 'valeurs',
  x: 'x',
};

/**
 * The name Excel shows for a parameter in a language.
 *
 * @example parameterName('as_of', 'fr') // 'date_analyse'
 * @example parameterName('as_of', 'en') // 'as_of'
 */
export function parameterName(name: string, language: 'fr' | 'en'): string {
  return language === 'fr' ? (FRENCH_PARAMETER_NAMES[name] ?? name) : name;
}
