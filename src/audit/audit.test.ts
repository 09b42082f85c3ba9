import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../cells/errors.js';
import { FUNCTIONS_BY_ID } from '../catalogue/index.js';
import {
  answerValidationList,
  AUDIT_ITEMS,
  AUDIT_SECTIONS,
  AUDITOR_COMMENT_LABEL,
  auditItem,
  INTERVIEW_GUIDES,
  INTERVIEW_THEMES,
  ITEM_STATUSES,
  MATURITY_LEVELS,
  statusValidationList,
  type AuditItem,
  type AuditSection,
  type InterviewGuide,
} from './index.js';
import { sharedPath } from '../../test/support/shared-data.js';

// ---------------------------------------------------------------------------------------------------
// The consultant's grid, read on its own terms (the reference the checklist must cover).
//
// Reading rules, applied to the raw lines of the file:
// - a numbered heading "## n. Title" or "### n. Title" opens section n; its text is the title;
// - in section 9, a heading "### Pour les Sales :" / "### **Pour le Marketing :**" opens a guide;
//   its text is the heading without "#", "**" and the trailing colon;
// - a bullet at the start of a line ("- ...") is an item (sections 1–8) or a question (section 9);
// - an indented bullet ("  - ...") is a choice of the bullet above it (the six marketing goals);
// - a line starting with "**Commentaires" is the comment block closing the section;
// - an item's text is its line without the "- " bullet and without a trailing ":" (and the spaces
//   before it); a choice's text also loses the blank to fill ("\_\_\_\_\_").
// ---------------------------------------------------------------------------------------------------

const GRID_PATH = sharedPath('seeds/000_a3fc076d6c1d1ae2.txt');

interface GridLine {
  readonly line: number;
  readonly text: string;
}

interface GridGroup {
  readonly line: number;
  readonly text: string;
  readonly bullets: GridLine[];
  readonly choices: Map<number, GridLine[]>;
  commentLine?: number;
}

interface Grid {
  readonly sections: Map<number, GridGroup>;
  readonly guides: Map<'sales' | 'marketing', GridGroup>;
  readonly interviewHeading: GridLine;
}

const withoutTrailingColon = (text: string): string => text.replace(/\s*:\s*$/, '').trim().normalize('NFC');

function readGrid(): Grid {
  const lines = readFileSync(GRID_PATH, 'utf8').split(/\r?\n/);
  const sections = new Map<number, GridGroup>();
  const guides = new Map<'sales' | 'marketing', GridGroup>();
  let interviewHeading: GridLine = { line: 0, text: '' };
  let current: GridGroup | undefined;
  let lastBullet: GridLine | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const section = /^#{2,3}\s+(\d+)\.\s+(.*)$/.exec(raw);
    const guide = /^###\s+(?:\*\*)?(Pour (?:les|le) (Sales|Marketing))\s*:?\s*(?:\*\*)?\s*$/.exec(raw);
    const bullet = /^- (.*)$/.exec(raw);
    const choice = /^\s+- (.*)$/.exec(raw);
    if (section) {
      const number = Number(section[1]);
      current = { line, text: withoutTrailingColon(section[2] ?? ''), bullets: [], choices: new Map() };
      if (number === 9) interviewHeading = { line, text: current.text };
      else sections.set(number, current);
    } else if (guide) {
      current = { line, text: guide[1] ?? '', bullets: [], choices: new Map() };
      guides.set(guide[2] === 'Sales' ? 'sales' : 'marketing', current);
    } else if (bullet && current) {
      lastBullet = { line, text: withoutTrailingColon(bullet[1] ?? '') };
      current.bullets.push(lastBullet);
    } else if (choice && current && lastBullet) {
      const text = withoutTrailingColon((choice[1] ?? '').replace(/(\\_)+/g, ''));
      const list = current.choices.get(lastBullet.line) ?? [];
      list.push({ line, text });
      current.choices.set(lastBullet.line, list);
    } else if (raw.startsWith('**Commentaires') && current) {
      current.commentLine = line;
    }
  });
  return { sections, guides, interviewHeading };
}

const GRID = readGrid();

function gridSection(number: number): GridGroup {
  const section = GRID.sections.get(number);
  if (!section) throw new Error(`the grid has no section ${number}`);
  return section;
}

function gridGuide(audience: 'sales' | 'marketing'): GridGroup {
  const guide = GRID.guides.get(audience);
  if (!guide) throw new Error(`the grid has no ${audience} guide`);
  return guide;
}

/**
 * Every way a checklist can fail to cover the grid, as sentences (empty when it covers it): a grid
 * item with no product item or with several, a product item pointing at a line that is not a grid item
 * of its section, words that differ from that line, sections out of order.
 */
function coverageProblems(sections: readonly AuditSection[]): string[] {
  const problems: string[] = [];
  const numbers = sections.map((section) => section.number);
  if (numbers.join() !== [...GRID.sections.keys()].join()) problems.push(`sections ${numbers.join()} are not the grid's`);
  for (const section of sections) {
    const grid = GRID.sections.get(section.number);
    if (!grid) {
      problems.push(`section ${section.number} is not in the grid`);
      continue;
    }
    if (section.gridLine !== grid.line || section.gridText !== grid.text) problems.push(`section ${section.number} heading`);
    for (const bullet of grid.bullets) {
      const matches = section.items.filter((item) => item.gridLine === bullet.line);
      if (matches.length !== 1) problems.push(`grid line ${bullet.line} is covered by ${matches.length} items`);
    }
    for (const item of section.items) {
      const bullet = grid.bullets.find((candidate) => candidate.line === item.gridLine);
      if (!bullet) problems.push(`item ${item.id} points at line ${item.gridLine}, not an item of section ${section.number}`);
      else if (item.gridText.normalize('NFC') !== bullet.text) problems.push(`item ${item.id} does not quote line ${item.gridLine}`);
    }
  }
  return problems;
}

function interviewProblems(guide: InterviewGuide): string[] {
  const grid = gridGuide(guide.audience);
  const problems: string[] = [];
  for (const bullet of grid.bullets) {
    const matches = guide.questions.filter((question) => question.gridLine === bullet.line);
    if (matches.length !== 1) problems.push(`grid line ${bullet.line} is covered by ${matches.length} questions`);
  }
  for (const question of guide.questions) {
    const bullet = grid.bullets.find((candidate) => candidate.line === question.gridLine);
    if (bullet?.text !== question.gridText.normalize('NFC')) problems.push(`question ${question.id} does not quote line ${question.gridLine}`);
  }
  return problems;
}

function itemAt(line: number): AuditItem {
  const item = AUDIT_ITEMS.find((candidate) => candidate.gridLine === line);
  if (!item) throw new Error(`no item covers grid line ${line}`);
  return item;
}

/** Every bilingual text reachable from a value. */
function localizedTexts(value: unknown, found: LocalizedText[] = []): LocalizedText[] {
  if (typeof value !== 'object' || value === null) return found;
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string') found.push(record as unknown as LocalizedText);
  else for (const child of Object.values(record)) localizedTexts(child, found);
  return found;
}

describe('the grid as read by these tests', () => {
  it('has the eight sections and the item counts a reader counts by hand', () => {
    expect([...GRID.sections.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...GRID.sections.values()].map((section) => section.bullets.length)).toEqual([11, 12, 8, 7, 5, 5, 6, 5]);
    expect(gridSection(3).choices.get(44)?.map((choice) => choice.text)).toEqual([
      'Visibilité',
      'Acquisition',
      'Fidélisation',
      'Recrutement',
      'Notoriété',
      'Autres',
    ]);
    expect(gridGuide('sales').bullets).toHaveLength(13);
    expect(gridGuide('marketing').bullets).toHaveLength(9);
  });
});

describe('the audit checklist covers the grid item for item', () => {
  it('has 59 items in 8 sections, in the grid order', () => {
    expect(AUDIT_SECTIONS.map((section) => section.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(AUDIT_SECTIONS.map((section) => section.items.length)).toEqual([11, 12, 8, 7, 5, 5, 6, 5]);
    expect(AUDIT_ITEMS).toHaveLength(59);
  });

  it('maps every grid item to exactly one checklist item that quotes its line', () => {
    expect(coverageProblems(AUDIT_SECTIONS)).toEqual([]);
  });

  it('keeps the items of a section in the order of the grid', () => {
    for (const section of AUDIT_SECTIONS) {
      expect(section.items.map((item) => item.gridLine)).toEqual(gridSection(section.number).bullets.map((bullet) => bullet.line));
    }
  });

  it('notices an item dropped from a section', () => {
    const dropped = AUDIT_SECTIONS.map((section) => (section.number === 2 ? { ...section, items: section.items.slice(1) } : section));
    expect(coverageProblems(dropped)).toEqual(['grid line 27 is covered by 0 items']);
  });

  it('notices an item mapped to the wrong grid line', () => {
    const shifted = AUDIT_SECTIONS.map((section) =>
      section.number === 5 ? { ...section, items: section.items.map((item) => (item.id === '5.02' ? { ...item, gridLine: 77 } : item)) } : section,
    );
    expect(coverageProblems(shifted)).toEqual([
      'grid line 76 is covered by 0 items',
      'grid line 77 is covered by 2 items',
      'item 5.02 does not quote line 77',
    ]);
  });

  it('gives the items permanent ids "section.rank" in grid order', () => {
    for (const section of AUDIT_SECTIONS) {
      section.items.forEach((item, index) => {
        expect(item.id).toBe(`${section.number}.${String(index + 1).padStart(2, '0')}`);
      });
    }
    // Pinned by reading the grid: the ids saved answers refer to must never move.
    expect(auditItem('1.02')?.gridLine).toBe(12);
    expect(auditItem('2.03')?.gridLine).toBe(29);
    expect(auditItem('3.01')?.gridLine).toBe(44);
    expect(auditItem('4.03')?.gridLine).toBe(65);
    expect(auditItem('8.05')?.gridLine).toBe(110);
    expect(auditItem('9.01')).toBeUndefined();
  });

  it('gives the sections permanent kebab-case ids, each once', () => {
    const ids = AUDIT_SECTIONS.map((section) => section.id);
    expect(new Set(ids).size).toBe(8);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('closes every section with a neutral auditor comment block in place of the grid’s', () => {
    for (const section of AUDIT_SECTIONS) {
      expect(section.commentGridLine).toBe(gridSection(section.number).commentLine);
      expect(section.commentLabel).toEqual({ fr: 'Commentaires de l’auditeur', en: 'Auditor’s comments' });
    }
    expect(AUDITOR_COMMENT_LABEL.fr).not.toMatch(/Pierre/);
  });

  it('words every item in the product’s own words, not the grid’s', () => {
    for (const item of AUDIT_ITEMS) {
      expect(item.label.fr, item.id).not.toBe(item.gridText);
      expect(item.label.en, item.id).not.toBe(item.gridText);
    }
  });
});

describe('the answer input of each item', () => {
  it('offers Oui / Non wherever the grid says (Oui/Non)', () => {
    const yesNoLines = [...GRID.sections.values()].flatMap((section) => section.bullets.filter((bullet) => bullet.text.includes('(Oui/Non)')));
    expect(yesNoLines.map((bullet) => bullet.line)).toEqual([52, 53, 75, 77, 86, 87, 88, 97, 106, 108]);
    for (const bullet of yesNoLines) expect(itemAt(bullet.line).answer.kind, `line ${bullet.line}`).toBe('yes-no');
  });

  it('offers Oui / Non for the closed questions of the grid', () => {
    // "Faites vous…", "Recontactez vous…", "…uniformisés…", "Sont-ils documentés", "…relancez les close lost",
    // "Dashboard … utilisé ?" (which one goes in the hint and the comment).
    for (const line of [12, 17, 19, 20, 37, 67]) expect(itemAt(line).answer.kind, `line ${line}`).toBe('yes-no');
  });

  it('asks a rate as a percentage, the rate per channel as that of the main channel with the KPI sheet named for the others', () => {
    expect(itemAt(32).answer.kind).toBe('percent'); // Taux de conversion global (%)
    expect(itemAt(33).answer.kind).toBe('percent'); // Taux de conversion par canal (%)
    expect(itemAt(33).hint?.fr).toContain('feuille KPI acquisition');
  });

  it('asks both whether churn is measured and its rate, as the grid does ("Churn mesuré ? Taux (%)")', () => {
    const churn = itemAt(107);
    expect(churn.answer.kind).toBe('yes-no');
    expect(churn.label.fr).toMatch(/^Mesurez-vous/);
    expect(churn.parts?.map((part) => [part.id, part.answer.kind])).toEqual([['8.02a', 'percent']]);
  });

  it('keeps the grid’s "dirigeant" for the priority of marketing, and restores three interview questions', () => {
    expect(itemAt(65).label.fr).toContain('le dirigeant');
    const question = (id: string): string => INTERVIEW_GUIDES.flatMap((guide) => guide.questions).find((q) => q.id === id)?.label.fr ?? '';
    // A closed, sceptical question, as in the grid: not "what does marketing bring".
    expect(question('S08')).toBe('Selon vous, le marketing apporte-t-il réellement quelque chose ?');
    expect(question('S11')).toContain('collaboration interne');
    // The person asked shares the vision (active), as in the grid.
    expect(question('S13')).toMatch(/^Partagez-vous cette vision avec vos collègues/);
  });

  it('asks volumes, costs and delays as numbers with their unit', () => {
    const units = new Map([
      [18, 'jours'],
      [28, 'leads / mois'],
      [30, '€'],
      [31, '€'],
      [38, 'jours'],
      [110, 'jours'],
    ]);
    for (const [line, unit] of units) {
      const answer = itemAt(line).answer;
      expect(answer.kind === 'number' ? answer.unit?.fr : answer.kind, `line ${line}`).toBe(unit);
    }
  });

  it('offers the grid’s own choices where it gives them', () => {
    expect(answerValidationList(itemAt(65).answer, 'fr')).toEqual(['Haute', 'Moyenne', 'Faible']);
    expect(answerValidationList(itemAt(65).answer, 'en')).toEqual(['High', 'Medium', 'Low']);
    expect(answerValidationList(itemAt(85).answer, 'fr')).toEqual(['Hebdomadaires', 'Mensuelles', 'Ponctuelles', 'Aucune']);
  });

  it('offers the six marketing goals of the grid ("cochez") as one yes/no per goal and the "Autres" in words, counted by the item', () => {
    const goals = itemAt(44);
    expect(goals.answer.kind).toBe('tally');
    const parts = goals.parts ?? [];
    expect(parts.map((part) => part.answer.kind)).toEqual(['yes-no', 'yes-no', 'yes-no', 'yes-no', 'yes-no', 'text']);
    const choices = parts.map((part) => part.label.fr.replace(' (précisez)', ''));
    expect(choices).toEqual(gridSection(3).choices.get(44)?.map((choice) => choice.text));
    expect(parts.map((part) => part.label.en.replace(' (specify)', ''))).toEqual([
      'Visibility',
      'Acquisition',
      'Retention',
      'Recruitment',
      'Brand awareness',
      'Other',
    ]);
  });

  it('gives every choice list at least two distinct values that fit a spreadsheet list', () => {
    for (const item of AUDIT_ITEMS) {
      if (item.answer.kind !== 'choice') continue;
      expect(item.answer.choices.length, item.id).toBeGreaterThanOrEqual(2);
      for (const language of ['fr', 'en'] as const) {
        const values = item.answer.choices.map((choice) => choice[language]);
        expect(new Set(values).size, item.id).toBe(values.length);
        // Excel separates the values of an inline list with commas and caps the list at 255 characters.
        for (const value of values) expect(value, item.id).not.toMatch(/[,;]/);
        expect(values.join(',').length, item.id).toBeLessThanOrEqual(255);
      }
    }
  });

  it('relates the cost, conversion and churn items to catalogue functions that exist', () => {
    const related = AUDIT_ITEMS.filter((item) => item.kpi !== undefined);
    expect(related.map((item) => [item.gridLine, item.kpi])).toEqual([
      [29, 'COST_PER_LEAD'],
      [30, 'COST_PER_OPPORTUNITY'],
      [31, 'CAC'],
      [32, 'CONVERSION_RATE'],
      [33, 'CONVERSION_RATE'],
      [107, 'CHURN_RATE'],
    ]);
    for (const item of related) expect(FUNCTIONS_BY_ID.has(item.kpi ?? ''), item.id).toBe(true);
  });
});

describe('answerValidationList', () => {
  it('lists Oui / Non in French and Yes / No in English', () => {
    expect(answerValidationList({ kind: 'yes-no' }, 'fr')).toEqual(['Oui', 'Non']);
    expect(answerValidationList({ kind: 'yes-no' }, 'en')).toEqual(['Yes', 'No']);
  });

  it('lists the choices of a one-value choice in the workbook language', () => {
    const answer = { kind: 'choice', choices: [{ fr: 'Fluide', en: 'Smoothly' }, { fr: 'Difficile', en: 'Poorly' }] } as const;
    expect(answerValidationList(answer, 'fr')).toEqual(['Fluide', 'Difficile']);
    expect(answerValidationList(answer, 'en')).toEqual(['Smoothly', 'Poorly']);
  });

  it('gives no list for a multiple choice, a number, a rate or free text', () => {
    expect(answerValidationList({ kind: 'choice', choices: [{ fr: 'A', en: 'A' }, { fr: 'B', en: 'B' }], multiple: true }, 'fr')).toBeNull();
    expect(answerValidationList({ kind: 'number', unit: { fr: 'jours', en: 'days' } }, 'fr')).toBeNull();
    expect(answerValidationList({ kind: 'percent' }, 'en')).toBeNull();
    expect(answerValidationList({ kind: 'text' }, 'en')).toBeNull();
  });
});

describe('the rating scales', () => {
  it('rates maturity from 0 absent to 3 mastered', () => {
    expect(MATURITY_LEVELS.map((level) => level.level)).toEqual([0, 1, 2, 3]);
    expect(MATURITY_LEVELS.map((level) => level.label.fr)).toEqual(['Absent', 'Initial', 'Structuré', 'Maîtrisé']);
  });

  it('follows an item with the statuses à faire / en cours / fait', () => {
    expect(ITEM_STATUSES.map((status) => status.id)).toEqual(['todo', 'in_progress', 'done']);
    expect(statusValidationList('fr')).toEqual(['À faire', 'En cours', 'Fait']);
    expect(statusValidationList('en')).toEqual(['To do', 'In progress', 'Done']);
  });
});

describe('the interview guides cover section 9 of the grid', () => {
  it('has 13 sales questions then 9 marketing questions', () => {
    expect(INTERVIEW_GUIDES.map((guide) => [guide.audience, guide.questions.length])).toEqual([
      ['sales', 13],
      ['marketing', 9],
    ]);
  });

  it('maps every grid question to exactly one question that quotes its line', () => {
    for (const guide of INTERVIEW_GUIDES) {
      expect(interviewProblems(guide), guide.audience).toEqual([]);
      expect(guide.questions.map((question) => question.gridLine)).toEqual(gridGuide(guide.audience).bullets.map((bullet) => bullet.line));
      expect([guide.gridLine, guide.gridText]).toEqual([gridGuide(guide.audience).line, gridGuide(guide.audience).text]);
    }
  });

  it('notices a question dropped from a guide', () => {
    const [sales] = INTERVIEW_GUIDES;
    if (!sales) throw new Error('no sales guide');
    expect(interviewProblems({ ...sales, questions: sales.questions.slice(0, -1) })).toEqual(['grid line 132 is covered by 0 questions']);
  });

  it('plans 2 to 3 interviews of 15 minutes per audience, as the grid heading says', () => {
    expect(GRID.interviewHeading.text).toContain('2 à 3 commerciaux et 2 à 3 personnes marketing – 15 min chacun');
    for (const guide of INTERVIEW_GUIDES) {
      expect(guide.interviewees).toEqual({ min: 2, max: 3 });
      expect(guide.minutesEach).toBe(15);
    }
  });

  it('numbers the questions S01… and M01… and gives each a theme of the shared list', () => {
    for (const guide of INTERVIEW_GUIDES) {
      const prefix = guide.audience === 'sales' ? 'S' : 'M';
      guide.questions.forEach((question, index) => {
        expect(question.id).toBe(`${prefix}${String(index + 1).padStart(2, '0')}`);
        expect(question.theme).toEqual(INTERVIEW_THEMES[question.themeId]);
        expect(question.label.fr).not.toBe(question.gridText);
      });
    }
  });
});

describe('every text of the audit', () => {
  const everything = [AUDIT_SECTIONS, INTERVIEW_GUIDES, INTERVIEW_THEMES, MATURITY_LEVELS, ITEM_STATUSES, AUDITOR_COMMENT_LABEL];

  it('exists in French and in English', () => {
    const texts = localizedTexts(everything);
    expect(texts.length).toBeGreaterThan(59 * 2 + 22);
    for (const text of texts) {
      expect(text.fr.trim(), JSON.stringify(text)).not.toBe('');
      expect(text.en.trim(), JSON.stringify(text)).not.toBe('');
    }
  });

  it('names no person and has no blank to fill left from the grid', () => {
    for (const text of localizedTexts(everything)) {
      expect(`${text.fr} ${text.en}`).not.toMatch(/Pierre|\\_|__/);
    }
  });

  it('keeps ids unique across the checklist and the interviews', () => {
    const ids = [...AUDIT_ITEMS.map((item) => item.id), ...INTERVIEW_GUIDES.flatMap((guide) => guide.questions.map((question) => question.id))];
    expect(ids).toHaveLength(59 + 22);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
