/**
 * Sections 1 to 4 of the audit checklist: the sales process, acquisition & conversion, marketing &
 * communication, objectives & steering. Each item keeps the grid line it covers.
 */
import { AUDITOR_COMMENT_LABEL } from './labels.js';
import { DAYS, EUROS, PERCENT, singleChoice, TEXT, YES_NO } from './answers.js';
import type { AuditSection } from './types.js';

/** Section 1: how a prospect becomes a customer, step by step. */
export const SALES_PROCESS_SECTION: AuditSection = {
  number: 1,
  id: 'sales-process',
  gridLine: 7,
  gridText: 'Cartographie du processus de vente',
  title: { fr: 'Cartographie du processus de vente', en: 'Sales process map' },
  intro: {
    fr: 'Décrivez votre processus commercial de bout en bout, du premier contact à la signature.',
    en: 'Describe your sales process end to end, from first contact to signature.',
  },
  items: [
    {
      id: '1.01',
      gridLine: 11,
      gridText: 'Comment un prospect entre-t-il chez vous ?',
      label: {
        fr: 'Par quels points d’entrée un prospect arrive-t-il jusqu’à vous ?',
        en: 'Through which entry points do prospects reach you?',
      },
      hint: {
        fr: 'Site web, formulaire, appel entrant, salon, recommandation, prospection sortante…',
        en: 'Website, form, inbound call, trade show, referral, outbound prospecting…',
      },
      answer: TEXT,
    },
    {
      id: '1.02',
      gridLine: 12,
      gridText: 'Faites vous des appels de découverte ?',
      label: { fr: 'Menez-vous des appels de découverte avec vos prospects ?', en: 'Do you hold discovery calls with your prospects?' },
      answer: YES_NO,
    },
    {
      id: '1.03',
      gridLine: 13,
      gridText: 'Quelles sont les étapes de qualification ?',
      label: { fr: 'Quelles sont les étapes de qualification d’un prospect ?', en: 'What are the steps to qualify a prospect?' },
      hint: {
        fr: 'Critères utilisés (besoin, budget, décideur, calendrier : BANT, MEDDIC…) et qui décide de poursuivre.',
        en: 'Criteria used (need, budget, decision maker, timing: BANT, MEDDIC…) and who decides to go on.',
      },
      answer: TEXT,
    },
    {
      id: '1.04',
      gridLine: 14,
      gridText: 'À quel moment le lead entre-il dans le pipeline commercial ?',
      label: {
        fr: 'À quel moment un lead entre-t-il dans le pipeline commercial ?',
        en: 'At what point does a lead enter the sales pipeline?',
      },
      hint: {
        fr: 'Le critère de passage d’un lead marketing (MQL) à une opportunité commerciale (SQL).',
        en: 'The rule that turns a marketing lead (MQL) into a sales opportunity (SQL).',
      },
      answer: TEXT,
    },
    {
      id: '1.05',
      gridLine: 15,
      gridText: 'Qui le contacte et quand ?',
      label: { fr: 'Qui prend contact avec le lead, et dans quel délai ?', en: 'Who contacts the lead, and how soon?' },
      hint: {
        fr: 'Le rôle (commercial, assistant, dirigeant…) et le délai après l’arrivée du lead (ex. sous 30 minutes).',
        en: 'The role (sales rep, assistant, owner…) and the delay after the lead arrives (e.g. within 30 minutes).',
      },
      answer: TEXT,
    },
    {
      id: '1.06',
      gridLine: 16,
      gridText: 'Comment le suivi est-il assuré ?',
      label: { fr: 'Comment le suivi des prospects est-il assuré ?', en: 'How are prospects followed up?' },
      hint: {
        fr: 'Relances, rythme, outil utilisé (CRM, tableur, agenda).',
        en: 'Follow-ups, their pace, the tool used (CRM, spreadsheet, calendar).',
      },
      answer: TEXT,
    },
    {
      id: '1.07',
      gridLine: 17,
      gridText: 'Recontactez vous les deals perdus ?',
      label: { fr: 'Recontactez-vous les affaires perdues ?', en: 'Do you get back to lost deals?' },
      answer: YES_NO,
    },
    {
      id: '1.08',
      gridLine: 18,
      gridText: 'Si oui, après combien de temps ?',
      label: { fr: 'Si oui, après quel délai ?', en: 'If so, after how long?' },
      hint: {
        fr: 'Délai en jours après la perte de l’affaire (ex. 90 pour trois mois).',
        en: 'Delay in days after the deal was lost (e.g. 90 for three months).',
      },
      answer: DAYS,
    },
    {
      id: '1.09',
      gridLine: 19,
      gridText: 'Les process sont-ils uniformisés entre les commerciaux ?',
      label: {
        fr: 'Tous les commerciaux suivent-ils le même processus ?',
        en: 'Do all sales reps follow the same process?',
      },
      answer: YES_NO,
    },
    {
      id: '1.10',
      gridLine: 20,
      gridText: 'Sont-ils documentés ?',
      label: { fr: 'Ce processus est-il documenté par écrit ?', en: 'Is this process documented in writing?' },
      answer: YES_NO,
    },
    {
      id: '1.11',
      gridLine: 21,
      gridText: 'Les commerciaux suivent-ils des scripts ou agissent-ils de façon autonome ?',
      label: {
        fr: 'Les commerciaux suivent-ils des scripts ou travaillent-ils en autonomie ?',
        en: 'Do sales reps follow scripts or work on their own?',
      },
      answer: singleChoice([
        { fr: 'Scripts', en: 'Scripts' },
        { fr: 'Trame adaptée', en: 'Adapted guideline' },
        { fr: 'Autonomie', en: 'On their own' },
      ]),
    },
  ],
  commentLabel: AUDITOR_COMMENT_LABEL,
  commentGridLine: 23,
};

/** Section 2: where leads come from, what they cost and how they convert. */
export const ACQUISITION_SECTION: AuditSection = {
  number: 2,
  id: 'acquisition-conversion',
  gridLine: 25,
  gridText: 'Processus d\'acquisition & conversion',
  title: { fr: 'Acquisition et conversion', en: 'Acquisition & conversion' },
  intro: {
    fr: 'Les canaux qui amènent les leads, leur coût et leur transformation en clients. Le détail par canal se calcule dans la feuille KPI.',
    en: 'The channels that bring leads, their cost and how they turn into customers. The per-channel detail is computed in the KPI sheet.',
  },
  items: [
    {
      id: '2.01',
      gridLine: 27,
      gridText: 'Canaux d\'acquisition utilisés',
      label: { fr: 'Quels canaux d’acquisition utilisez-vous ?', en: 'Which acquisition channels do you use?' },
      hint: {
        fr: 'Référencement naturel, publicité en ligne, réseaux sociaux, salons, prospection, recommandation, partenaires…',
        en: 'Organic search, online ads, social media, trade shows, prospecting, referrals, partners…',
      },
      answer: TEXT,
    },
    {
      id: '2.02',
      gridLine: 28,
      gridText: 'Volume moyen de leads / mois',
      label: { fr: 'Combien de leads recevez-vous en moyenne par mois ?', en: 'How many leads do you get per month on average?' },
      answer: { kind: 'number', unit: { fr: 'leads / mois', en: 'leads / month' } },
    },
    {
      id: '2.03',
      gridLine: 29,
      gridText: 'Connaissance du coût par lead (global / par canal)',
      label: { fr: 'Connaissez-vous votre coût par lead ?', en: 'Do you know your cost per lead?' },
      hint: {
        fr: 'Coût des actions d’acquisition divisé par le nombre de leads obtenus ; indiquez le montant connu en commentaire.',
        en: 'Acquisition spend divided by the number of leads obtained; put the known amount in the comment.',
      },
      answer: singleChoice([
        { fr: 'Par canal', en: 'Per channel' },
        { fr: 'Global seulement', en: 'Overall only' },
        { fr: 'Inconnu', en: 'Unknown' },
      ]),
      kpi: 'COST_PER_LEAD',
    },
    {
      id: '2.04',
      gridLine: 30,
      gridText: 'Coût par opportunité (global / par canal)',
      label: { fr: 'Quel est votre coût par opportunité ?', en: 'What is your cost per opportunity?' },
      hint: {
        fr: 'Montant global en euros ; le détail par canal se saisit dans la feuille KPI.',
        en: 'Overall amount in euros; the per-channel detail goes in the KPI sheet.',
      },
      answer: EUROS,
      kpi: 'COST_PER_OPPORTUNITY',
    },
    {
      id: '2.05',
      gridLine: 31,
      gridText: 'Coût par client (global / par canal)',
      label: {
        fr: 'Quel est votre coût d’acquisition par client (CAC) ?',
        en: 'What is your customer acquisition cost (CAC)?',
      },
      hint: {
        fr: 'Montant global en euros ; le détail par canal se saisit dans la feuille KPI.',
        en: 'Overall amount in euros; the per-channel detail goes in the KPI sheet.',
      },
      answer: EUROS,
      kpi: 'CAC',
    },
    {
      id: '2.06',
      gridLine: 32,
      gridText: 'Taux de conversion global (%)',
      label: { fr: 'Quel est votre taux de conversion global ?', en: 'What is your overall conversion rate?' },
      hint: {
        fr: 'Part des leads devenus clients sur la période, en %.',
        en: 'Share of leads that became customers over the period, in %.',
      },
      answer: PERCENT,
      kpi: 'CONVERSION_RATE',
    },
    {
      id: '2.07',
      gridLine: 33,
      gridText: 'Taux de conversion par canal (%)',
      label: { fr: 'Quel est le taux de conversion par canal ? (celui du canal principal)', en: 'What is the conversion rate per channel? (that of the main channel)' },
      hint: {
        fr: 'Le taux du canal qui apporte le plus de leads ; la feuille KPI acquisition calcule celui de chaque canal (colonne Conversion lead → client) à partir des volumes.',
        en: 'The rate of the channel that brings the most leads; the KPI acquisition sheet computes each channel’s (column Lead → customer conversion) from the volumes.',
      },
      answer: PERCENT,
      kpi: 'CONVERSION_RATE',
    },
    {
      id: '2.08',
      gridLine: 34,
      gridText: 'Structure des tunnels d\'acquisition par canal',
      label: {
        fr: 'Comment le parcours d’acquisition est-il construit pour chaque canal ?',
        en: 'How is the acquisition funnel built for each channel?',
      },
      hint: {
        fr: 'Les étapes du premier contact à la vente (ex. annonce → page d’atterrissage → formulaire → appel).',
        en: 'The steps from first contact to sale (e.g. ad → landing page → form → call).',
      },
      answer: TEXT,
    },
    {
      id: '2.09',
      gridLine: 35,
      gridText: 'Existence de campagnes actives ou tests A/B récents',
      label: {
        fr: 'Avez-vous des campagnes en cours ou des tests A/B récents ?',
        en: 'Do you have campaigns running or recent A/B tests?',
      },
      answer: YES_NO,
    },
    {
      id: '2.10',
      gridLine: 36,
      gridText: 'Canaux les plus rentables sur les 12 derniers mois',
      label: {
        fr: 'Quels canaux ont été les plus rentables sur les 12 derniers mois ?',
        en: 'Which channels were the most profitable over the last 12 months?',
      },
      answer: TEXT,
    },
    {
      id: '2.11',
      gridLine: 37,
      gridText: 'Est-ce que vous relancez les close lost ?',
      label: {
        fr: 'Relancez-vous les opportunités perdues (« closed lost ») ?',
        en: 'Do you follow up on closed-lost opportunities?',
      },
      answer: YES_NO,
    },
    {
      id: '2.12',
      gridLine: 38,
      gridText: 'Si oui, après combien de temps ?',
      label: { fr: 'Si oui, après quel délai ?', en: 'If so, after how long?' },
      hint: {
        fr: 'Délai en jours après la clôture de l’opportunité.',
        en: 'Delay in days after the opportunity was closed.',
      },
      answer: DAYS,
    },
  ],
  commentLabel: AUDITOR_COMMENT_LABEL,
  commentGridLine: 40,
};

/** Section 3: what marketing aims at, says and produces. */
export const MARKETING_SECTION: AuditSection = {
  number: 3,
  id: 'marketing-communication',
  gridLine: 42,
  gridText: 'Marketing & communication',
  title: { fr: 'Marketing et communication', en: 'Marketing & communication' },
  intro: {
    fr: 'Ce que le marketing cherche à obtenir, le message porté et les actions en cours.',
    en: 'What marketing aims to achieve, the message it carries and the actions under way.',
  },
  items: [
    {
      id: '3.01',
      gridLine: 44,
      gridText: 'Objectifs marketing actuels (cochez)',
      label: { fr: 'Quels sont vos objectifs marketing actuels ? (cochez : plusieurs réponses possibles)', en: 'What are your current marketing goals? (tick: several answers allowed)' },
      hint: {
        fr: 'Oui ou Non sur chacune des lignes suivantes, et les autres objectifs en toutes lettres ; la réponse compte les objectifs cochés.',
        en: 'Yes or No on each of the following rows, and any other goals in words; the answer counts the goals ticked.',
      },
      answer: { kind: 'tally' },
      parts: [
        { id: '3.01a', label: { fr: 'Visibilité', en: 'Visibility' }, answer: YES_NO },
        { id: '3.01b', label: { fr: 'Acquisition', en: 'Acquisition' }, answer: YES_NO },
        { id: '3.01c', label: { fr: 'Fidélisation', en: 'Retention' }, answer: YES_NO },
        { id: '3.01d', label: { fr: 'Recrutement', en: 'Recruitment' }, answer: YES_NO },
        { id: '3.01e', label: { fr: 'Notoriété', en: 'Brand awareness' }, answer: YES_NO },
        { id: '3.01f', label: { fr: 'Autres (précisez)', en: 'Other (specify)' }, answer: TEXT },
      ],
    },
    {
      id: '3.02',
      gridLine: 51,
      gridText: 'Proposition de valeur (en 1 phrase)',
      label: { fr: 'Quelle est votre proposition de valeur, en une phrase ?', en: 'What is your value proposition, in one sentence?' },
      answer: TEXT,
    },
    {
      id: '3.03',
      gridLine: 52,
      gridText: 'Plan marketing rédigé et partagé ? (Oui/Non)',
      label: {
        fr: 'Un plan marketing est-il rédigé et partagé avec les équipes ?',
        en: 'Is there a written marketing plan shared with the teams?',
      },
      answer: YES_NO,
    },
    {
      id: '3.04',
      gridLine: 53,
      gridText: 'Planning éditorial en place ? (Oui/Non)',
      label: { fr: 'Un calendrier éditorial est-il en place ?', en: 'Is an editorial calendar in place?' },
      answer: YES_NO,
    },
    {
      id: '3.05',
      gridLine: 54,
      gridText: 'Canaux de communication actifs',
      label: { fr: 'Sur quels canaux communiquez-vous aujourd’hui ?', en: 'Which communication channels are active today?' },
      hint: {
        fr: 'Site web, newsletter, LinkedIn, autres réseaux sociaux, presse, événements…',
        en: 'Website, newsletter, LinkedIn, other social media, press, events…',
      },
      answer: TEXT,
    },
    {
      id: '3.06',
      gridLine: 55,
      gridText: 'Contenus récents produits (blog, témoignage, cas client, social media...)',
      label: { fr: 'Quels contenus avez-vous produits récemment ?', en: 'What content have you produced recently?' },
      hint: {
        fr: 'Articles de blog, témoignages, cas clients, publications sur les réseaux sociaux…',
        en: 'Blog posts, testimonials, case studies, social media posts…',
      },
      answer: TEXT,
    },
    {
      id: '3.07',
      gridLine: 56,
      gridText: 'Actions SEO / SEA / Retargeting en cours',
      label: {
        fr: 'Quelles actions de référencement naturel (SEO), de publicité en ligne (SEA) ou de reciblage sont en cours ?',
        en: 'Which search engine optimisation (SEO), search advertising (SEA) or retargeting actions are under way?',
      },
      answer: TEXT,
    },
    {
      id: '3.08',
      gridLine: 57,
      gridText: 'Utilisation d\'outils UX ou tracking (Hotjar, Analytics...)',
      label: {
        fr: 'Quels outils de mesure d’audience ou d’expérience utilisateur utilisez-vous ?',
        en: 'Which analytics or user-experience tools do you use?',
      },
      hint: { fr: 'Google Analytics, Hotjar, Matomo…', en: 'Google Analytics, Hotjar, Matomo…' },
      answer: TEXT,
    },
  ],
  commentLabel: AUDITOR_COMMENT_LABEL,
  commentGridLine: 59,
};

/** Section 4: the goals, the means and how results are reviewed. */
export const STEERING_SECTION: AuditSection = {
  number: 4,
  id: 'objectives-steering',
  gridLine: 61,
  gridText: 'Objectifs & pilotage',
  title: { fr: 'Objectifs et pilotage', en: 'Objectives & steering' },
  intro: {
    fr: 'Les objectifs fixés, les moyens disponibles et la façon dont les résultats sont suivis.',
    en: 'The goals set, the means available and how results are reviewed.',
  },
  items: [
    {
      id: '4.01',
      gridLine: 63,
      gridText: 'Objectifs à 3 / 6 / 12 mois',
      label: { fr: 'Quels sont vos objectifs à 3, 6 et 12 mois ?', en: 'What are your goals at 3, 6 and 12 months?' },
      hint: {
        fr: 'Idéalement SMART : spécifiques, mesurables, atteignables, réalistes et datés.',
        en: 'Ideally SMART: specific, measurable, achievable, realistic and time-bound.',
      },
      answer: TEXT,
    },
    {
      id: '4.02',
      gridLine: 64,
      gridText: 'Ressources internes disponibles (équipe, budget, temps)',
      label: {
        fr: 'De quelles ressources internes disposez-vous (équipe, budget, temps) ?',
        en: 'What internal resources do you have (team, budget, time)?',
      },
      answer: TEXT,
    },
    {
      id: '4.03',
      gridLine: 65,
      gridText: 'Priorité marketing pour le dirigeant (Haute / Moyenne / Faible)',
      label: {
        fr: 'Quelle priorité le dirigeant accorde-t-il au marketing ?',
        en: 'How high a priority is marketing for the head of the company?',
      },
      answer: singleChoice([
        { fr: 'Haute', en: 'High' },
        { fr: 'Moyenne', en: 'Medium' },
        { fr: 'Faible', en: 'Low' },
      ]),
    },
    {
      id: '4.04',
      gridLine: 66,
      gridText: 'KPIs suivis : (exemples : volume leads, CA, marge, délai, churn...)',
      label: { fr: 'Quels indicateurs (KPI) suivez-vous ?', en: 'Which indicators (KPIs) do you track?' },
      hint: {
        fr: 'Par exemple : volume de leads, chiffre d’affaires, marge, délai de vente, taux d’attrition.',
        en: 'For example: lead volume, revenue, margin, sales cycle length, churn rate.',
      },
      answer: TEXT,
    },
    {
      id: '4.05',
      gridLine: 67,
      gridText: 'Dashboard de pilotage utilisé ? Si oui, lequel',
      label: { fr: 'Utilisez-vous un tableau de bord de pilotage ?', en: 'Do you use a management dashboard?' },
      hint: { fr: 'Si oui, précisez lequel en commentaire.', en: 'If so, name it in the comment.' },
      answer: YES_NO,
    },
    {
      id: '4.06',
      gridLine: 68,
      gridText: 'Fréquence d\'analyse des données',
      label: { fr: 'À quelle fréquence analysez-vous vos données ?', en: 'How often do you review your data?' },
      answer: singleChoice([
        { fr: 'Hebdomadaire', en: 'Weekly' },
        { fr: 'Mensuelle', en: 'Monthly' },
        { fr: 'Trimestrielle', en: 'Quarterly' },
        { fr: 'Annuelle', en: 'Yearly' },
        { fr: 'Ponctuelle', en: 'Occasionally' },
        { fr: 'Jamais', en: 'Never' },
      ]),
    },
    {
      id: '4.07',
      gridLine: 69,
      gridText: 'Qui est présent lors de l\'analyse des données ?',
      label: { fr: 'Qui participe à l’analyse des données ?', en: 'Who takes part in reviewing the data?' },
      answer: TEXT,
    },
  ],
  commentLabel: AUDITOR_COMMENT_LABEL,
  commentGridLine: 71,
};
