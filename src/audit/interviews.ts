/**
 * The interview guides (section 9 of the grid): short one-to-one interviews with 2 to 3 sales people
 * and 2 to 3 marketing people, 15 minutes each. The grid speaks to the interviewee with "tu"; the
 * product words the questions with "vous", as a consultant would in a client's company.
 */
import type { LocalizedText } from '../cells/errors.js';
import type { InterviewGuide, InterviewQuestion, InterviewThemeId } from './types.js';

/** The themes the answers are grouped by, with their labels. */
export const INTERVIEW_THEMES: Readonly<Record<InterviewThemeId, LocalizedText>> = {
  field: { fr: 'Terrain', en: 'Field work' },
  process: { fr: 'Processus', en: 'Process' },
  resources: { fr: 'Outils et moyens', en: 'Tools & resources' },
  management: { fr: 'Management', en: 'Management' },
  collaboration: { fr: 'Collaboration', en: 'Collaboration' },
  objectives: { fr: 'Objectifs', en: 'Objectives' },
  vision: { fr: 'Vision', en: 'Vision' },
};

function question(id: string, gridLine: number, gridText: string, themeId: InterviewThemeId, label: LocalizedText): InterviewQuestion {
  return { id, gridLine, gridText, label, themeId, theme: INTERVIEW_THEMES[themeId] };
}

/** The guide for the sales people: 13 questions. */
export const SALES_INTERVIEW: InterviewGuide = {
  audience: 'sales',
  gridLine: 118,
  gridText: 'Pour les Sales',
  title: { fr: 'Entretiens commerciaux', en: 'Sales interviews' },
  intro: {
    fr: 'Entretiens individuels de 15 minutes avec 2 à 3 commerciaux. Notez les réponses telles qu’elles sont dites.',
    en: 'One-to-one 15-minute interviews with 2 to 3 sales people. Write the answers down as they are said.',
  },
  interviewees: { min: 2, max: 3 },
  minutesEach: 15,
  questions: [
    question('S01', 120, 'Quelles difficultés rencontrées sur le terrain ?', 'field', {
      fr: 'Quelles difficultés rencontrez-vous sur le terrain ?',
      en: 'What difficulties do you meet in the field?',
    }),
    question('S02', 121, 'Freins à la vente ?', 'field', {
      fr: 'Qu’est-ce qui freine vos ventes aujourd’hui ?',
      en: 'What holds your sales back today?',
    }),
    question('S03', 122, 'Outils/supports manquants ?', 'resources', {
      fr: 'Quels outils ou supports de vente vous manquent ?',
      en: 'Which tools or sales materials are you missing?',
    }),
    question('S04', 123, 'Comment décrirais-tu les process commerciaux actuels ? Te paraissent-ils clairs ? efficaces ?', 'process', {
      fr: 'Comment décririez-vous les processus commerciaux actuels ? Vous paraissent-ils clairs et efficaces ?',
      en: 'How would you describe the current sales processes? Do they seem clear and effective to you?',
    }),
    question(
      'S05',
      124,
      'Te sens-tu libre d\'adapter ces process ? ou plutôt contraint par des règles peu adaptées au terrain ?',
      'process',
      {
        fr: 'Vous sentez-vous libre d’adapter ces processus, ou plutôt contraint par des règles mal adaptées au terrain ?',
        en: 'Do you feel free to adapt these processes, or rather held back by rules that do not fit the field?',
      },
    ),
    question('S06', 125, 'As-tu l\'impression d\'être soutenu par ta direction commerciale ?', 'management', {
      fr: 'Vous sentez-vous soutenu par votre direction commerciale ?',
      en: 'Do you feel supported by your sales management?',
    }),
    question('S07', 126, 'À quelle fréquence échanges-tu avec la direction ? (Réunions hebdo, 1:1, reporting...)', 'management', {
      fr: 'À quelle fréquence échangez-vous avec la direction (réunions hebdomadaires, entretiens individuels, reporting…) ?',
      en: 'How often do you talk with management (weekly meetings, one-to-ones, reporting…)?',
    }),
    question('S08', 127, 'Le marketing apporte-t-il réellement selon vous ?', 'collaboration', {
      fr: 'Selon vous, le marketing apporte-t-il réellement quelque chose ?',
      en: 'In your view, does marketing really bring anything?',
    }),
    question('S09', 128, 'À quelle fréquence échanges-tu avec l\'équipe marketing ?', 'collaboration', {
      fr: 'À quelle fréquence échangez-vous avec l’équipe marketing ?',
      en: 'How often do you talk with the marketing team?',
    }),
    question('S10', 129, 'Le marketing t\'apporte-t-il des leads, contenus ou supports utiles ?', 'collaboration', {
      fr: 'Le marketing vous fournit-il des leads, des contenus ou des supports utiles ?',
      en: 'Does marketing provide you with useful leads, content or materials?',
    }),
    question('S11', 130, 'Si tu pouvais améliorer une chose dans ta collaboration interne, ce serait quoi ?', 'collaboration', {
      fr: 'Si vous pouviez améliorer une seule chose dans votre collaboration interne, ce serait quoi ?',
      en: 'If you could improve one thing in how you work with others inside the company, what would it be?',
    }),
    question('S12', 131, 'Est-ce que tu as une vision claire de la direction à prendre dans les mois à venir ?', 'vision', {
      fr: 'Avez-vous une vision claire de la direction à prendre dans les mois à venir ?',
      en: 'Do you have a clear view of the direction to take in the coming months?',
    }),
    question('S13', 132, 'Partages-tu cette vision avec tes collègues ? Est-elle communiquée et comprise ?', 'vision', {
      fr: 'Partagez-vous cette vision avec vos collègues ? Est-elle communiquée et comprise ?',
      en: 'Do you share this view with your colleagues? Is it communicated and understood?',
    }),
  ],
};

/** The guide for the marketing people: 9 questions. */
export const MARKETING_INTERVIEW: InterviewGuide = {
  audience: 'marketing',
  gridLine: 134,
  gridText: 'Pour le Marketing',
  title: { fr: 'Entretiens marketing', en: 'Marketing interviews' },
  intro: {
    fr: 'Entretiens individuels de 15 minutes avec 2 à 3 personnes du marketing. Notez les réponses telles qu’elles sont dites.',
    en: 'One-to-one 15-minute interviews with 2 to 3 marketing people. Write the answers down as they are said.',
  },
  interviewees: { min: 2, max: 3 },
  minutesEach: 15,
  questions: [
    question('M01', 136, 'As-tu l\'impression que le marketing est bien compris et soutenu par ta direction ?', 'management', {
      fr: 'Avez-vous le sentiment que le marketing est bien compris et soutenu par votre direction ?',
      en: 'Do you feel that marketing is well understood and supported by your management?',
    }),
    question('M02', 137, 'As-tu de la visibilité sur les objectifs commerciaux ?', 'objectives', {
      fr: 'Avez-vous de la visibilité sur les objectifs commerciaux ?',
      en: 'Do you have visibility on the sales targets?',
    }),
    question('M03', 138, 'Échanges-tu régulièrement avec les sales ? À quelle fréquence ?', 'collaboration', {
      fr: 'Échangez-vous régulièrement avec les commerciaux ? À quelle fréquence ?',
      en: 'Do you talk regularly with the sales people? How often?',
    }),
    question('M04', 139, 'Leurs feedbacks sont-ils pris en compte dans les campagnes ou la production de contenu ?', 'collaboration', {
      fr: 'Leurs retours sont-ils pris en compte dans les campagnes ou la production de contenus ?',
      en: 'Is their feedback taken into account in campaigns or content production?',
    }),
    question('M05', 140, 'Disposes-tu d\'un budget clair ? Sais-tu qui décide des priorités budgétaires ?', 'resources', {
      fr: 'Disposez-vous d’un budget clair ? Savez-vous qui décide des priorités budgétaires ?',
      en: 'Do you have a clear budget? Do you know who sets the budget priorities?',
    }),
    question('M06', 141, 'As-tu les outils et le temps nécessaires pour travailler efficacement ?', 'resources', {
      fr: 'Avez-vous les outils et le temps nécessaires pour travailler efficacement ?',
      en: 'Do you have the tools and the time you need to work effectively?',
    }),
    question('M07', 142, 'Si tu pouvais améliorer une chose dans la collaboration avec les sales, ce serait quoi ?', 'collaboration', {
      fr: 'Si vous pouviez améliorer une seule chose dans la collaboration avec les commerciaux, laquelle choisiriez-vous ?',
      en: 'If you could improve one thing in working with the sales people, what would it be?',
    }),
    question('M08', 143, 'Est-ce que tu sais précisément où l\'entreprise veut aller en marketing/com ?', 'vision', {
      fr: 'Savez-vous précisément où l’entreprise veut aller en matière de marketing et de communication ?',
      en: 'Do you know precisely where the company wants to go in marketing and communication?',
    }),
    question('M09', 144, 'Cette vision t\'a-t-elle été expliquée ? Est-elle partagée par l\'équipe ?', 'vision', {
      fr: 'Cette vision vous a-t-elle été expliquée ? Est-elle partagée par l’équipe ?',
      en: 'Has this vision been explained to you? Is it shared by the team?',
    }),
  ],
};

/**
 * The two interview guides, sales first, as the grid orders them.
 *
 * @example
 * INTERVIEW_GUIDES.map((guide) => guide.questions.length) // [13, 9]
 */
export const INTERVIEW_GUIDES: readonly InterviewGuide[] = [SALES_INTERVIEW, MARKETING_INTERVIEW];
