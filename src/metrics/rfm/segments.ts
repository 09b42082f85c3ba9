/**
 * The 11 named RFM segments (French and English, with a recommended action) and the default map from
 * each of the 125 codes "111" … "555" to exactly one segment.
 */
import { notAvailable, type LocalizedText, type SheetError } from '../../cells/errors.js';
import { unknownRfmCode } from '../../messages/index.js';

export type SegmentId =
  | 'champions'
  | 'loyal'
  | 'potential_loyalist'
  | 'new_customers'
  | 'promising'
  | 'need_attention'
  | 'about_to_sleep'
  | 'at_risk'
  | 'cannot_lose_them'
  | 'hibernating'
  | 'lost';

/** A segment as a sheet shows it: its name, what its customers look like, what to do with them. */
export interface SegmentInfo {
  readonly id: SegmentId;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly action: LocalizedText;
}

/** The 11 segments' names, from the best customers to the lost ones (the order of a summary table). */
export const SEGMENT_NAMES: Readonly<Record<SegmentId, LocalizedText>> = {
  champions: { fr: 'Champions', en: 'Champions' },
  loyal: { fr: 'Clients fidèles', en: 'Loyal' },
  potential_loyalist: { fr: 'Fidèles potentiels', en: 'Potential Loyalist' },
  new_customers: { fr: 'Nouveaux clients', en: 'New Customers' },
  promising: { fr: 'Prometteurs', en: 'Promising' },
  need_attention: { fr: 'À surveiller', en: 'Need Attention' },
  about_to_sleep: { fr: 'Bientôt endormis', en: 'About To Sleep' },
  at_risk: { fr: 'À risque', en: 'At Risk' },
  cannot_lose_them: { fr: 'À ne pas perdre', en: 'Cannot Lose Them' },
  hibernating: { fr: 'En hibernation', en: 'Hibernating' },
  lost: { fr: 'Perdus', en: 'Lost' },
};

/**
 * What each segment's customers look like and what to do with them: the sheets show it, the custom
 * functions only name the segments (so Excel's functions.js does not carry it).
 */
const SEGMENT_ADVICE: Readonly<Record<SegmentId, Pick<SegmentInfo, 'description' | 'action'>>> = {
  champions: {
    description: {
      fr: 'Ont acheté récemment, achètent souvent et dépensent le plus.',
      en: 'Bought recently, buy often and spend the most.',
    },
    action: {
      fr: 'Les récompenser (programme de fidélité, avant-premières), en faire des ambassadeurs, leur demander des avis.',
      en: 'Reward them (loyalty programme, early access), make them ambassadors, ask them for reviews.',
    },
  },
  loyal: {
    description: {
      fr: 'Achètent régulièrement et dépensent bien ; réactifs aux offres.',
      en: 'Buy regularly and spend well; respond to offers.',
    },
    action: {
      fr: 'Proposer des produits de gamme supérieure et complémentaires (montée en gamme, ventes croisées), entretenir la relation.',
      en: 'Upsell higher-value and complementary products, keep the relationship alive.',
    },
  },
  potential_loyalist: {
    description: {
      fr: 'Clients récents, quelques achats, dépense moyenne.',
      en: 'Recent customers with a few purchases and average spend.',
    },
    action: {
      fr: "Proposer une adhésion au programme de fidélité, des recommandations personnalisées, une offre sur l’achat suivant.",
      en: 'Offer membership of the loyalty programme, personalised recommendations, an offer on the next purchase.',
    },
  },
  new_customers: {
    description: {
      fr: 'Ont acheté très récemment, pour la première fois.',
      en: 'Bought very recently, for the first time.',
    },
    action: {
      fr: "Soigner l’accueil : parcours d’intégration, aide à la prise en main, une raison de revenir.",
      en: 'Welcome them: onboarding journey, help getting started, a reason to come back.',
    },
  },
  promising: {
    description: {
      fr: 'Un premier achat assez récent, souvent de bon montant, sans achat répété.',
      en: 'A fairly recent first purchase, often of a good amount, not repeated yet.',
    },
    action: {
      fr: 'Faire connaître la marque et la gamme, proposer un essai ou une offre de second achat.',
      en: 'Build brand awareness, present the range, offer a trial or a second-purchase offer.',
    },
  },
  need_attention: {
    description: {
      fr: "Récence, fréquence et montant moyens ; n’ont pas acheté depuis un moment.",
      en: 'Average recency, frequency and spend; have not bought for a while.',
    },
    action: {
      fr: 'Offres limitées dans le temps, recommandations selon les achats passés, relance personnalisée.',
      en: 'Limited-time offers, recommendations based on past purchases, a personal follow-up.',
    },
  },
  about_to_sleep: {
    description: {
      fr: 'Récence, fréquence et montant sous la moyenne : on les perd si rien ne change.',
      en: 'Below-average recency, frequency and spend: they will be lost if nothing changes.',
    },
    action: {
      fr: 'Partager du contenu utile, des produits populaires, une remise de retour ; recréer le lien.',
      en: 'Share useful content, popular products, a come-back discount; reconnect with them.',
    },
  },
  at_risk: {
    description: {
      fr: 'Ont souvent acheté et bien dépensé, mais il y a longtemps.',
      en: 'Bought often and spent well, but long ago.',
    },
    action: {
      fr: 'Campagne de réactivation personnalisée (e-mailing, appel), offre de renouvellement, recueillir leurs raisons.',
      en: 'Personal reactivation campaign (e-mail, call), renewal offer, ask for their reasons.',
    },
  },
  cannot_lose_them: {
    description: {
      fr: 'Clients de valeur (gros achats ou nombreuses commandes) qui ne sont pas revenus depuis longtemps.',
      en: 'Valuable customers (large purchases or many orders) who have not come back for a long time.',
    },
    action: {
      fr: 'Les reconquérir en priorité : contact direct, offre sur mesure, nouveautés ; ne pas les laisser partir chez un concurrent.',
      en: 'Win them back first: direct contact, a tailored offer, new products; do not let them go to a competitor.',
    },
  },
  hibernating: {
    description: {
      fr: 'Dernier achat ancien, peu de commandes, dépense modeste.',
      en: 'Last purchase long ago, few orders, modest spend.',
    },
    action: {
      fr: 'Proposer d’autres produits pertinents et des remises ciblées ; réactiver à faible coût.',
      en: 'Offer other relevant products and targeted discounts; reactivate at low cost.',
    },
  },
  lost: {
    description: {
      fr: 'Scores les plus bas en récence, fréquence et montant.',
      en: 'Lowest recency, frequency and monetary scores.',
    },
    action: {
      fr: 'Tenter une dernière campagne de réactivation à faible coût, sinon ne plus investir.',
      en: 'Try one last low-cost reactivation campaign, otherwise stop spending on them.',
    },
  },
};

/** The segments with their names and advice, in the names' order. */
function segmentsWithAdvice(names: typeof SEGMENT_NAMES, advice: typeof SEGMENT_ADVICE): readonly SegmentInfo[] {
  return Object.freeze((Object.keys(names) as SegmentId[]).map((id) => ({ id, name: names[id], ...advice[id] })));
}

/**
 * The 11 segments, from the best customers to the lost ones (the order of a summary table). Pure: a
 * bundle that names no segment's advice leaves it out.
 */
export const SEGMENTS: readonly SegmentInfo[] = /*#__PURE__*/ segmentsWithAdvice(SEGMENT_NAMES, SEGMENT_ADVICE);

type Range = readonly [low: number, high: number];

/** A rule over inclusive score ranges, applied first-match. */
interface SegmentRule {
  readonly segment: SegmentId;
  readonly r: Range;
  readonly f: Range;
  readonly m: Range;
}

/**
 * The segment rules of the R package rfm (its documentation and tests), applied first-match over
 * the 125 codes. New Customers, Promising and Cannot Lose Them never win there (earlier rules take all
 * their codes), and 36 codes match no rule at all ("Others" in the package).
 */
const RULES: readonly SegmentRule[] = [
  { segment: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] },
  { segment: 'loyal', r: [2, 5], f: [3, 5], m: [3, 5] },
  { segment: 'potential_loyalist', r: [3, 5], f: [1, 3], m: [1, 3] },
  { segment: 'new_customers', r: [4, 5], f: [1, 1], m: [1, 1] },
  { segment: 'promising', r: [3, 4], f: [1, 1], m: [1, 1] },
  { segment: 'need_attention', r: [2, 3], f: [2, 3], m: [2, 3] },
  { segment: 'about_to_sleep', r: [2, 3], f: [1, 2], m: [1, 2] },
  { segment: 'at_risk', r: [1, 2], f: [2, 5], m: [2, 5] },
  { segment: 'cannot_lose_them', r: [1, 1], f: [4, 5], m: [4, 5] },
  { segment: 'lost', r: [1, 2], f: [1, 2], m: [1, 2] },
];

/**
 * The 36 codes no rule matches, each given to the segment whose description fits it best. This is
 * where New Customers, Promising, Cannot Lose Them and Hibernating get their codes, so that on every
 * code a rule matches the map agrees with the package.
 */
const LEFT_OVER_CODES: Readonly<Record<SegmentId, readonly string[]>> = {
  // Recent (R 4–5), a single order (F 1), a large basket: a first purchase that just happened.
  new_customers: ['414', '415', '514', '515'],
  // Fairly recent (R 3), a single large order: worth turning into a repeat buyer.
  promising: ['314', '315'],
  // Recent, two orders, large spend: on their way to loyalty.
  potential_loyalist: ['324', '325', '424', '425', '524', '525'],
  // Recent and frequent (R 4–5, F 4–5) with small baskets: loyal by frequency.
  loyal: ['441', '442', '451', '452', '541', '542', '551', '552'],
  // Frequent small buyers not seen lately (R 3): worth a nudge.
  need_attention: ['341', '342', '351', '352'],
  // R 2 with a large single order or many small ones: valuable, slipping away.
  at_risk: ['214', '215', '241', '251'],
  // Longest gone (R 1) after a large order or many orders.
  cannot_lose_them: ['114', '115', '141', '151'],
  // Long gone (R 1–2), one mid-size order or a few small ones: low value, asleep.
  hibernating: ['113', '131', '213', '231'],
  champions: [],
  about_to_sleep: [],
  lost: [],
};

function inRange(score: number, [low, high]: Range): boolean {
  return score >= low && score <= high;
}

function buildDefaultMap(): ReadonlyMap<string, SegmentId> {
  const leftOver = new Map<string, SegmentId>();
  for (const [segment, codes] of Object.entries(LEFT_OVER_CODES) as [SegmentId, readonly string[]][]) {
    for (const code of codes) leftOver.set(code, segment);
  }
  const map = new Map<string, SegmentId>();
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      for (let m = 1; m <= 5; m++) {
        const code = `${String(r)}${String(f)}${String(m)}`;
        const rule = RULES.find((candidate) => inRange(r, candidate.r) && inRange(f, candidate.f) && inRange(m, candidate.m));
        const segment = rule?.segment ?? leftOver.get(code);
        if (segment === undefined) throw new SegmentMapError(`RFM code ${code} has no segment`);
        map.set(code, segment);
      }
    }
  }
  return map;
}

/** A mistake in the built-in segment table (a code without a segment): a programming error. */
export class SegmentMapError extends Error {
  override readonly name = 'SegmentMapError';
}

/**
 * Every code "111" … "555" with its segment, each code exactly once: the package rules first-match,
 * then the left-over codes explained in {@link LEFT_OVER_CODES}. Sheets show it as an editable table.
 */
export const DEFAULT_SEGMENT_MAP: ReadonlyMap<string, SegmentId> = buildDefaultMap();

/**
 * The segment of an RFM code.
 * @param code - three score digits, e.g. "545" (surrounding spaces ignored)
 * @param map - code → segment map, default {@link DEFAULT_SEGMENT_MAP}
 * @returns the segment id, or #N/A when the map has no such code
 * @example segmentOfCode('545') // 'champions'
 */
export function segmentOfCode(code: string, map: ReadonlyMap<string, SegmentId> = DEFAULT_SEGMENT_MAP): SegmentId | SheetError {
  const trimmed = code.trim();
  const segment = map.get(trimmed);
  if (segment !== undefined) return segment;
  return notAvailable(unknownRfmCode(trimmed));
}

/**
 * The segment information of an id.
 * @param id - a segment id
 * @returns its names, description and action
 * @example segmentInfo('lost').name.fr // "Perdus"
 */
export function segmentInfo(id: SegmentId): SegmentInfo {
  const info = SEGMENTS.find((segment) => segment.id === id);
  if (info === undefined) throw new SegmentMapError(`Unknown segment id ${id}`);
  return info;
}
