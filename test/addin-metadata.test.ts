// The functions.json files Excel reads, generated from the catalogue: same ids, Excel's naming rules,
// ranges as matrices, optional parameters marked, one language per file.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/index.js';
import type { ParamSpec } from '../src/catalogue/types.js';
import { functionsMetadata, parameterMetadata } from '../addin/functions/metadata.js';
import { FRENCH_PARAMETER_NAMES } from '../addin/functions/parameter-names.js';

const ENGLISH = functionsMetadata(CATALOGUE, 'en');
const FRENCH = functionsMetadata(CATALOGUE, 'fr');

describe('the functions metadata', () => {
  it("lists exactly the catalogue's ids, in its order, in both languages", () => {
    const ids = CATALOGUE.map((spec) => spec.id);
    expect(ENGLISH.functions.map((fn) => fn.id)).toEqual(ids);
    expect(FRENCH.functions.map((fn) => fn.id)).toEqual(ids);
  });

  it('names every function by its id, so formulas read the same in every language and in Sheets', () => {
    for (const fn of [...ENGLISH.functions, ...FRENCH.functions]) expect(fn.name).toBe(fn.id);
  });

  // Microsoft's naming rules: A–Z, 0–9, "_" and "."; a letter first; 3 characters at least; nothing
  // Excel would read as a cell (A1…XFD1048576) or an R1C1 reference.
  it("keeps every id within Excel's naming rules", () => {
    for (const { id } of ENGLISH.functions) {
      expect(id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
      expect(id).not.toMatch(/^R[0-9]*C[0-9]*$/);
    }
  });

  it("describes each function by the catalogue's summary in the file's language", () => {
    for (const [index, spec] of CATALOGUE.entries()) {
      expect(ENGLISH.functions[index]?.description).toBe(spec.summary.en);
      expect(FRENCH.functions[index]?.description).toBe(spec.summary.fr);
    }
  });

  it('declares ranges as matrices and single-cell parameters as scalars', () => {
    for (const [index, spec] of CATALOGUE.entries()) {
      const parameters = ENGLISH.functions[index]?.parameters ?? [];
      expect(parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      expect(parameters.map((p) => p.dimensionality)).toEqual(spec.params.map((p) => (p.range ? 'matrix' : 'scalar')));
    }
  });

  // Without it Excel does not call a function whose input range holds an error cell
  // (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany):
  // one #N/A in 5,000 rows would turn RFM_TABLE into that error without a word.
  it('lets error cells reach the functions (allowErrorForDataTypeAny), in both languages', () => {
    expect(ENGLISH.allowErrorForDataTypeAny).toBe(true);
    expect(FRENCH.allowErrorForDataTypeAny).toBe(true);
  });

  // Metadata reference: `scalar` is "a non-array value", `matrix` "a 2-dimensional array"
  // (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#parameters): a
  // parameter whose help offers a range must be a matrix, or Excel never passes that range.
  it('declares as a matrix every parameter whose help offers a range or a block', () => {
    let offered = 0;
    for (const [index, spec] of CATALOGUE.entries()) {
      for (const [position, param] of spec.params.entries()) {
        if (!/\b(range|block|plage|bloc)\b/i.test(param.description.en + ' ' + param.description.fr)) continue;
        offered += 1;
        expect(ENGLISH.functions[index]?.parameters[position]?.dimensionality, `${spec.id} ${param.name}`).toBe('matrix');
      }
    }
    // NPS's scores, and the [method] of RFM_TABLE and RFM_SCORE at least.
    expect(offered).toBeGreaterThanOrEqual(3);
  });

  // With "number", Excel would answer "1 234,50" with #VALUE! and turn empty cells into 0 before the
  // function runs; the core reads both itself.
  it('types every parameter and result as any, so Excel hands text and empty cells over untouched', () => {
    for (const fn of ENGLISH.functions) {
      for (const parameter of fn.parameters) expect(parameter.type).toBe('any');
      expect(fn.result).toEqual({ type: 'any', dimensionality: 'matrix' });
    }
  });

  it("marks exactly the catalogue's optional parameters as optional", () => {
    for (const [index, spec] of CATALOGUE.entries()) {
      const marked = (ENGLISH.functions[index]?.parameters ?? []).map((p) => p.optional === true);
      expect(marked, spec.id).toEqual(spec.params.map((p) => p.optional === true));
    }
  });
});

describe('the parameter names Excel shows', () => {
  it('are French in functions-fr.json for every parameter of the catalogue', () => {
    const missing = CATALOGUE.flatMap((spec) => spec.params.filter((p) => FRENCH_PARAMETER_NAMES[p.name] === undefined).map((p) => `${spec.id}.${p.name}`));
    expect(missing).toEqual([]);
    const rfmTable = FRENCH.functions.find((fn) => fn.id === 'RFM_TABLE');
    expect(rfmTable?.parameters.map((p) => p.name)).toEqual(['clients', 'dates', 'montants', 'date_analyse', 'nb_notes', 'méthode', 'langue']);
  });

  it('stay the English catalogue names in functions.json', () => {
    const rfmTable = ENGLISH.functions.find((fn) => fn.id === 'RFM_TABLE');
    expect(rfmTable?.parameters.map((p) => p.name)).toEqual(['customers', 'dates', 'amounts', 'as_of', 'bins', 'method', 'language']);
  });

  it('are unique within each function, in both files', () => {
    for (const fn of [...ENGLISH.functions, ...FRENCH.functions]) {
      const names = fn.parameters.map((p) => p.name);
      expect(new Set(names).size, `${fn.id}: ${names.join(', ')}`).toBe(names.length);
    }
  });
});

describe('the metadata of one parameter', () => {
  const timing: ParamSpec = {
    name: 'timing',
    kind: 'any',
    range: false,
    optional: true,
    defaultValue: 0,
    description: { fr: 'Moment des marges', en: 'When margins come' },
  };

  it('states the default of an optional parameter in English', () => {
    expect(parameterMetadata(timing, 'en')).toEqual({
      name: 'timing',
      description: 'When margins come. Optional, default 0.',
      type: 'any',
      dimensionality: 'scalar',
      optional: true,
    });
  });

  it('states the default of an optional parameter in French', () => {
    expect(parameterMetadata(timing, 'fr').description).toBe('Moment des marges. Facultatif, 0 par défaut.');
  });

  it('says only "optional" when there is no default, without doubling a final full stop', () => {
    const asOf: ParamSpec = { name: 'as_of', kind: 'date', range: false, optional: true, description: { fr: "Date d'analyse.", en: 'Analysis date.' } };
    expect(parameterMetadata(asOf, 'en').description).toBe('Analysis date. Optional.');
    expect(parameterMetadata(asOf, 'fr').description).toBe("Date d'analyse. Facultatif.");
  });

  it('leaves a required parameter unmarked and its description as written', () => {
    const amounts: ParamSpec = { name: 'amounts', kind: 'number', range: true, description: { fr: 'Montants (€)', en: 'Amounts (€)' } };
    expect(parameterMetadata(amounts, 'en')).toEqual({ name: 'amounts', description: 'Amounts (€)', type: 'any', dimensionality: 'matrix' });
  });
});
