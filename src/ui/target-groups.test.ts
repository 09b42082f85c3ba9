import { describe, expect, it } from 'vitest';
import { TARGET_ORDER, targetGroupsStrings } from './strings.js';
import { GROUP_ORDER, TARGET_GROUP, groupOf, targetGroups } from './target-groups.js';

describe('the groups of builds', () => {
  it('give every build of the sidebar a family of its own (none falls into "other")', () => {
    const ungrouped = TARGET_ORDER.filter((target) => TARGET_GROUP[target] === undefined);
    expect(ungrouped).toEqual([]);
  });

  it('list every build once, in the sidebar order, groups in their order and empty groups left out', () => {
    const groups = targetGroups();
    expect(groups.map((group) => group.id)).toEqual(['audit', 'segmentation', 'value', 'action', 'diagnostic']);
    expect(groups.flatMap((group) => group.targets).sort()).toEqual([...TARGET_ORDER].sort());
    expect(groups.find((group) => group.id === 'segmentation')?.targets).toEqual(['abc', 'abc.weighted', 'rfm']);
  });

  it('put a build without a family under "other" rather than losing it', () => {
    expect(groupOf('kpi')).toBe('audit');
    // A build added elsewhere before its family is chosen.
    const unknown = 'new.build' as (typeof TARGET_ORDER)[number];
    expect(groupOf(unknown)).toBe('other');
    expect(targetGroups(['kpi', unknown]).map((group) => group.id)).toEqual(['audit', 'other']);
  });

  it('name and describe every group in both languages, with French spacing before the colon', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const id of GROUP_ORDER) {
        const texts = targetGroupsStrings(language).groups[id];
        expect(texts.label.length, `${language} ${id}`).toBeGreaterThan(0);
        expect(texts.description.length, `${language} ${id}`).toBeGreaterThan(0);
      }
    }
    for (const id of GROUP_ORDER) expect(targetGroupsStrings('fr').groups[id].description).not.toMatch(/[^\u00a0][:;!?]/);
    expect(targetGroupsStrings('fr').chosen('ABC pondéré')).toBe('Choix\u00a0: ABC pondéré');
  });
});
