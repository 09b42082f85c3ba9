/**
 * Sections 5 to 8 of the audit checklist: segmentation & targets, sales–marketing collaboration,
 * tools & automation, retention & account growth. Each item keeps the grid line it covers.
 */
import { AUDITOR_COMMENT_LABEL } from './labels.js';
import { DAYS, multipleChoice, PERCENT, singleChoice, TEXT, YES_NO } from './answers.js';
import type { AuditSection } from './types.js';

/** Section 5: who the best customers are and how they are addressed. */
export const SEGMENTATION_SECTION: AuditSection = {
  number: 5,
  id: 'segmentation-targets',
  gridLine: 73,
  gridText: 'Segmentation & clients cibles',
  title: { fr: 'Segmentation et clients cibles', en: 'Segmentation & target customers' },
  intro: {
    fr: 'Qui sont les clients à viser en priorité, et comment chaque cible est abordée. Les feuilles ABC et RFM chiffrent le portefeuille.',
    en: 'Which customers to aim at first, and how each target is addressed. The ABC and RFM sheets put figures on the customer base.',
  },
  items: [
    {
      id: '5.01',
      gridLine: 75,
      gridText: 'ICP formalisé (Oui/Non)',
      label: {
        fr: 'Votre profil de client idéal (ICP) est-il formalisé ?',
        en: 'Is your ideal customer profile (ICP) written down?',
      },
      answer: YES_NO,
    },
    {
      id: '5.02',
      gridLine: 76,
      gridText: 'Type de clients les plus rentables (marge, récurrence)',
      label: { fr: 'Quels types de clients sont les plus rentables ?', en: 'Which types of customers are the most profitable?' },
      hint: {
        fr: 'Au regard de la marge dégagée et de la récurrence des achats.',
        en: 'In terms of the margin they bring and how often they buy again.',
      },
      answer: TEXT,
    },
    {
      id: '5.03',
      gridLine: 77,
      gridText: 'Segmentation CRM existante (Oui/Non)',
      label: { fr: 'Vos clients sont-ils segmentés dans le CRM ?', en: 'Are your customers segmented in the CRM?' },
      hint: {
        fr: 'Par exemple par valeur (ABC), par comportement d’achat (RFM), par secteur ou par taille.',
        en: 'For example by value (ABC), by buying behaviour (RFM), by industry or by size.',
      },
      answer: YES_NO,
    },
    {
      id: '5.04',
      gridLine: 78,
      gridText: 'Messages ou contenus adaptés à chaque cible',
      label: {
        fr: 'Vos messages et contenus sont-ils adaptés à chaque cible ?',
        en: 'Are your messages and content tailored to each target?',
      },
      answer: singleChoice([
        { fr: 'Pour chaque cible', en: 'For every target' },
        { fr: 'Pour certaines cibles', en: 'For some targets' },
        { fr: 'Message unique', en: 'One message for all' },
      ]),
    },
    {
      id: '5.05',
      gridLine: 79,
      gridText: 'Quels canaux fonctionnent le mieux selon vos types de clients cibles ?',
      label: {
        fr: 'Quels canaux fonctionnent le mieux pour chaque type de client cible ?',
        en: 'Which channels work best for each type of target customer?',
      },
      answer: TEXT,
    },
  ],
  commentLabel: AUDITOR_COMMENT_LABEL,
  commentGridLine: 81,
};

/** Section 6: how sales and marketing work together. */
export const COLLABORATION_SECTION: AuditSection = {
  number: 6,
  id: 'sales-marketing-collaboration',
  gridLine: 83,
  gridText: 'Collaboration Sales <> Marketing',
  title: { fr: 'Collaboration commerciaux – marketing', en: 'Sales & marketing collaboration' },
  intro: {
    fr: 'Comment les équipes commerciale et marketing se parlent, partagent leurs objectifs et se font des retours.',
    en: 'How the sales and marketing teams talk, share goals and give each other feedback.',
  },
  items: [
    {
      id: '6.01',
      gridLine: 85,
      gridText: 'Réunions sales/marketing (hebdo/mensuelles/ponctuelles)',
      label: {
        fr: 'À quel rythme les équipes commerciale et marketing se réunissent-elles ?',
        en: 'How often do the sales and marketing teams meet?',
      },
      answer: singleChoice([
        { fr: 'Hebdomadaires', en: 'Weekly' },
        { fr: 'Mensuelles', en: 'Monthly' },
        { fr: 'Ponctuelles', en: 'Occasionally' },
        { fr: 'Aucune', en: 'Never' },
      ]),
    },
    {
      id: '6.02',
      gridLine: 86,
      gridText: 'Leads marketing jugés qualifiés par les sales ? (Oui/Non)',
      label: {
        fr: 'Les commerciaux jugent-ils qualifiés les leads transmis par le marketing ?',
        en: 'Do sales reps consider the leads passed on by marketing as qualified?',
      },
      answer: YES_NO,
    },
    {
      id: '6.03',
      gridLine: 87,
      gridText: 'Feedbacks terrain remontés au marketing ? (Oui/Non)',
      label: {
        fr: 'Les retours du terrain sont-ils transmis au marketing ?',
        en: 'Is feedback from the field passed on to marketing?',
      },
      answer: YES_NO,
    },
    {
      id: '6.04',
      gridLine: 88,
      gridText: 'SLA ou objectifs partagés (Oui/Non)',
      label: {
        fr: 'Existe-t-il un accord de service (SLA) ou des objectifs communs entre les deux équipes ?',
        en: 'Is there a service-level agreement (SLA) or shared goals between the two teams?',
      },
      hint: {
        fr: 'Un engagement écrit : définition d’un lead qualifié (MQL / SQL), délai de prise de contact, objectifs chiffrés communs.',
        en: 'A written commitment: what a qualified lead is (MQL / SQL), how soon leads are contacted, shared targets.',
      },
      answer: YES_NO,
    },
    {
      id: '6.05',
      gridLine: 89,
      gridText: 'Circulation fluide de l\'info entre équipes',
      label: {
        fr: 'L’information circule-t-elle facilement entre les équipes ?',
        en: 'Does information flow easily between the teams?',
      },
      answer: singleChoice([
        { fr: 'Fluide', en: 'Smoothly' },
        { fr: 'Inégale', en: 'Unevenly' },
        { fr: 'Difficile', en: 'Poorly' },
      ]),
    },
  ],
  commentLabel: AUDITOR_COMMENT_LABEL,
  commentGridLine: 91,
};

/** Section 7: the tools each team uses and what runs by itself. */
export const TOOLS_SECTION: AuditSection = {
  number: 7,
  id: 'tools-automation',
  gridLine: 93,
  gridText: 'Outils & automatisation',
  title: { fr: 'Outils et automatisation', en: 'Tools & automation' },
  intro: {
    fr: 'Les outils de chaque équipe, leurs liens et ce qui est automatisé.',
    en: 'The tools of each team, how they connect and what is automated.',
  },
  items: [
    {
      id: '7.01',
      gridLine: 95,
      gridText: 'Liste outils utilisés par marketing / com',
      label: {
        fr: 'Quels outils l’équipe marketing et communication utilise-t-elle ?',
        en: 'Which tools does the marketing and communication team use?',
      },
      answer: TEXT,
    },
    {
      id: '7.02',
      gridLine: 96,
      gridText: 'Liste outils utilisés par les sales',
      label: { fr: 'Quels outils l’équipe commerciale utilise-t-elle ?', en: 'Which tools does the sales team use?' },
      answer: TEXT,
    },
    {
      id: '7.03',
      gridLine: 97,
      gridText: 'Interconnexion des outils (Oui/Non)',
      label: { fr: 'Ces outils sont-ils connectés entre eux ?', en: 'Are these tools connected to each other?' },
      answer: YES_NO,
    },
    {
      id: '7.04',
      gridLine: 98,
      gridText: 'Accès croisées marketing/sales',
      label: {
        fr: 'Chaque équipe a-t-elle accès aux outils et aux données de l’autre ?',
        en: 'Can each team access the other team’s tools and data?',
      },
      answer: singleChoice([
        { fr: 'Dans les deux sens', en: 'Both ways' },
        { fr: 'Dans un seul sens', en: 'One way only' },
        { fr: 'Aucun accès', en: 'No access' },
      ]),
    },
    {
      id: '7.05',
      gridLine: 99,
      gridText: 'Automatisations en place ? (relances, scoring, nurturing, autres)',
      label: { fr: 'Quelles automatisations sont en place ?', en: 'Which automations are in place?' },
      hint: {
        fr: 'Plusieurs réponses possibles ; précisez « Autres » en commentaire.',
        en: 'Several answers allowed; describe “Other” in the comment.',
      },
      answer: multipleChoice([
        { fr: 'Relances', en: 'Follow-ups' },
        { fr: 'Lead scoring', en: 'Lead scoring' },
        { fr: 'Nurturing', en: 'Nurturing' },
        { fr: 'Autres', en: 'Other' },
        { fr: 'Aucune', en: 'None' },
      ]),
    },
    {
      id: '7.06',
      gridLine: 100,
      gridText: 'Utilisation d\'IA ou no-code',
      label: {
        fr: 'Utilisez-vous des outils d’intelligence artificielle ou no-code, et pour quoi faire ?',
        en: 'Do you use artificial intelligence or no-code tools, and what for?',
      },
      answer: TEXT,
    },
  ],
  commentLabel: AUDITOR_COMMENT_LABEL,
  commentGridLine: 102,
};

/** Section 8: keeping customers and growing them after the first sale. */
export const RETENTION_SECTION: AuditSection = {
  number: 8,
  id: 'retention-growth',
  gridLine: 104,
  gridText: 'Fidélisation & croissance interne',
  title: { fr: 'Fidélisation et développement des clients', en: 'Retention & account growth' },
  intro: {
    fr: 'Ce qui se passe après la vente : suivi, attrition, ventes additionnelles.',
    en: 'What happens after the sale: follow-up, churn, additional sales.',
  },
  items: [
    {
      id: '8.01',
      gridLine: 106,
      gridText: 'Système de suivi post-vente (Oui/Non)',
      label: { fr: 'Un suivi après-vente est-il organisé ?', en: 'Is there an organised after-sales follow-up?' },
      answer: YES_NO,
    },
    {
      id: '8.02',
      gridLine: 107,
      gridText: 'Churn mesuré ? Taux (%)',
      label: { fr: 'Mesurez-vous votre taux d’attrition (churn) ?', en: 'Do you measure your churn rate?' },
      hint: {
        fr: 'Oui ou Non, puis le taux sur la ligne suivante : la part des clients perdus sur la période (ex. 12 mois).',
        en: 'Yes or No, then the rate on the next row: the share of customers lost over the period (e.g. 12 months).',
      },
      answer: YES_NO,
      kpi: 'CHURN_RATE',
      parts: [{ id: '8.02a', label: { fr: 'Si oui, quel taux ? (%)', en: 'If so, what rate? (%)' }, answer: PERCENT }],
    },
    {
      id: '8.03',
      gridLine: 108,
      gridText: 'Stratégies d\'upsell / cross-sell en place (Oui/Non)',
      label: {
        fr: 'Menez-vous des actions de montée en gamme (upsell) ou de ventes croisées (cross-sell) ?',
        en: 'Do you run upsell or cross-sell actions?',
      },
      answer: YES_NO,
    },
    {
      id: '8.04',
      gridLine: 109,
      gridText: 'Comment le process de rétention client est structuré (si il existe)',
      label: {
        fr: 'Comment votre démarche de fidélisation est-elle organisée, s’il en existe une ?',
        en: 'How is your customer retention process organised, if there is one?',
      },
      answer: TEXT,
    },
    {
      id: '8.05',
      gridLine: 110,
      gridText: 'Timing de réengagement client après la vente',
      label: {
        fr: 'Combien de temps après la vente recontactez-vous le client ?',
        en: 'How long after the sale do you get back to the customer?',
      },
      hint: {
        fr: 'Délai en jours entre la vente et la première relance commerciale.',
        en: 'Delay in days between the sale and the first sales follow-up.',
      },
      answer: DAYS,
    },
  ],
  commentLabel: AUDITOR_COMMENT_LABEL,
  commentGridLine: 112,
};
