import { describe, expect, it } from 'vitest';
import { editableRanges } from '../plans/protection.js';
import { STYLES } from '../plans/theme.js';
import type { StyleName } from '../plans/types.js';
import { validatePlan } from '../plans/validate.js';
import { BUILDS, describedBuild, isBuildKey, needsSelection } from './build-list.js';
import { buildOf, PLANNERS } from './builds.js';
import { UserFacingError } from './port.js';
import { plansForRequest } from './requests.js';

describe('the registry of builds', () => {
  it('holds each key once, each with its texts in both languages and a plan function', () => {
    const keys = BUILDS.map((build) => build.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(PLANNERS).sort()).toEqual([...keys].sort());
    for (const build of BUILDS) {
      for (const language of ['fr', 'en'] as const) {
        expect(build.texts.label[language].length, `${build.key} ${language}`).toBeGreaterThan(0);
        expect(build.texts.description[language].length, `${build.key} ${language}`).toBeGreaterThan(0);
        expect(build.texts.action[language].length, `${build.key} ${language}`).toBeGreaterThan(0);
      }
      // A build reading a selection says which columns to select; a template does not.
      expect(build.texts.expects !== undefined, build.key).toBe(build.selection !== 'none');
      expect(needsSelection(build.key)).toBe(build.selection !== 'none');
    }
  });

  it('adds to the audit workbook only builds that can be built without a selection', () => {
    for (const build of BUILDS.filter((b) => b.audit === 'optional')) {
      expect(['none', 'categoryTransactions'], build.key).toContain(build.selection);
      expect(PLANNERS[build.key]({ language: 'fr' }).plans.length, build.key).toBeGreaterThan(0);
    }
    for (const build of BUILDS.filter((b) => b.audit === 'apart')) expect(build.selection, build.key).not.toBe('none');
  });

  it('wraps the examples of a column whose input cells wrap (a persona’s example text is read whole)', () => {
    for (const build of BUILDS.filter((b) => b.selection === 'none' || b.audit === 'optional')) {
      for (const plan of PLANNERS[build.key]({ language: 'fr' }).plans) {
        // The style of each cell (later ranges win), then, per column of each block of input cells,
        // whether its input cells and its example cells wrap.
        const styleAt = new Map<string, StyleName>();
        for (const { range, style } of plan.styles)
          for (let row = range.row; row < range.row + range.rowCount; row++)
            for (let column = range.column; column < range.column + range.columnCount; column++) styleAt.set(`${String(row)}:${String(column)}`, style);
        for (const block of editableRanges(plan)) {
          for (let column = block.column; column < block.column + block.columnCount; column++) {
            const styles = Array.from({ length: block.rowCount }, (_, i) => styleAt.get(`${String(block.row + i)}:${String(column)}`) ?? 'input');
            const isExample = (style: StyleName): boolean => style === 'example' || style === 'exampleText';
            const examples = styles.filter(isExample);
            const inputsWrap = styles.some((style) => !isExample(style) && STYLES[style].wrap === true);
            if (inputsWrap) expect(examples.every((style) => STYLES[style].wrap === true), `${build.key} ${plan.name}, row ${String(block.row)} column ${String(column)}`).toBe(true);
          }
        }
      }
    }
  });

  it('builds a valid plan for every build that needs no selection, in both languages', () => {
    for (const build of BUILDS.filter((b) => b.selection === 'none')) {
      for (const language of ['fr', 'en'] as const) {
        const { plans } = buildOf(build.key).plan({ language });
        expect(plans.length, build.key).toBeGreaterThan(0);
        for (const plan of plans) expect(validatePlan(plan), `${build.key} ${plan.key}`).toEqual([]);
      }
    }
  });

  it('adds the optional builds asked for to the audit workbook, after its own sheets, in the registry order', () => {
    const optional = BUILDS.filter((b) => b.audit === 'optional').map((b) => b.key);
    const core = plansForRequest({ target: 'audit', language: 'fr' }).plans.map((plan) => plan.key);
    const all = plansForRequest({ target: 'audit', language: 'fr', include: [...optional].reverse() }).plans.map((plan) => plan.key);
    const expected = [...core, ...optional.flatMap((key) => buildOf(key).plan({ language: 'fr' }).plans.map((plan) => plan.key))];
    expect(all).toEqual(expected);
    expect(all).toContain('abc.weighted');
  });

  it('refuses to add a build that is not optional or not known, saying which', () => {
    expect(() => plansForRequest({ target: 'audit', language: 'en', include: ['rfm'] })).toThrow(UserFacingError);
    expect(() => plansForRequest({ target: 'audit', language: 'en', include: ['rfm'] })).toThrow('"rfm" cannot be added to the audit workbook.');
    expect(() => plansForRequest({ target: 'audit', language: 'en', include: ['nope' as 'rfm'] })).toThrow(/"nope"/);
  });

  it('tells a registered key from any other text', () => {
    expect(isBuildKey('abc.weighted')).toBe(true);
    expect(isBuildKey('constructor')).toBe(false);
    expect(describedBuild('clv').group).toBe('value');
  });
});

describe('a request for a build the registry does not hold', () => {
  it('is refused with a message the user can act on', () => {
    expect(() => plansForRequest({ target: 'swot.old' as 'kpi', language: 'fr' })).toThrow(UserFacingError);
    expect(() => plansForRequest({ target: 'swot.old' as 'kpi', language: 'en' })).toThrow('Unknown build: "swot.old". Open the Prométhée panel again.');
  });
});
