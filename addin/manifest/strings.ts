/**
 * What Office shows of the add-in outside its own pages (the add-ins list, the ribbon, the callout
 * after installation), in French and English.
 */
import type { LocalizedText } from '../../src/cells/errors.js';

/** The display strings of the manifest. */
export const MANIFEST_STRINGS = {
  providerName: 'Prométhée',
  displayName: { fr: 'Prométhée', en: 'Prométhée' },
  description: {
    fr: "Audit commercial et marketing des PME : fonctions RFM, ABC, CAC, LTV, conversion, marges et churn, et feuilles d’audit, de KPI et de segmentation construites dans votre classeur.",
    en: 'Commercial and marketing audit for small businesses: RFM, ABC, CAC, LTV, conversion, margin and churn functions, and audit, KPI and segmentation sheets built in your workbook.',
  },
  getStartedTitle: { fr: 'Prométhée est installé', en: 'Prométhée is installed' },
  getStartedDescription: {
    fr: "Tapez =PROMETHEE. dans une cellule pour voir les fonctions, ou ouvrez Prométhée depuis l’onglet Accueil pour construire un audit.",
    en: 'Type =PROMETHEE. in a cell to see the functions, or open Prométhée from the Home tab to build an audit.',
  },
  groupLabel: { fr: 'Prométhée', en: 'Prométhée' },
  buttonLabel: { fr: 'Ouvrir Prométhée', en: 'Open Prométhée' },
  buttonTooltip: {
    fr: "Construire la check-list d’audit et les feuilles KPI, ABC et RFM à partir de vos données.",
    en: 'Build the audit checklist and the KPI, ABC and RFM sheets from your data.',
  },
} as const satisfies Record<string, LocalizedText | string>;
