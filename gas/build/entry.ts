/**
 * The generated half of Code.js: one top-level JSDoc'd `function NAME(…)` per catalogue function
 * (Sheets lists a custom function only when it is a top-level declaration whose JSDoc holds
 * `@customfunction`), then the menu and server functions. Each one delegates to the bundled core, the
 * `var` webpack emits before this text. No other top-level function exists in Code.js: every one of
 * them can be called from a cell and from `google.script.run`.
 */
import { frenchFormula } from '../../src/catalogue/french-syntax.js';
import type { FunctionSpec, ParamKind, ParamSpec } from '../../src/catalogue/types.js';
import { MENU_FUNCTION_PARAMETERS, SERVER_FUNCTION_PARAMETERS } from '../server/api.js';

/** The name of the bundle's top-level variable (webpack's `output.library.name`). */
export const CORE_VARIABLE = 'Promethee';

const RESERVED = new Set(
  'arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(' '),
);

/** A name usable as a JavaScript parameter or function name. */
function checkedIdentifier(name: string, what: string): string {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) || RESERVED.has(name)) throw new Error(`${what} "${name}" is not a JavaScript identifier`);
  return name;
}

/**
 * The JavaScript name of a catalogue parameter: its own name, with an underscore appended when it is
 * a reserved word (`new` → `new_`), since a parameter cannot be called `new`.
 * @example jsParameterName('new') // "new_"
 */
export function jsParameterName(name: string): string {
  return checkedIdentifier(RESERVED.has(name) ? `${name}_` : name, 'Parameter');
}

/**
 * Text safe inside a block comment, on one line. Only ASCII white space is folded: a no-break space
 * (French typography, before « : » or after « ») stays, so that the help reads as written.
 */
function commentText(text: string): string {
  return text.replaceAll('*/', '*\u2215').replace(/[ \t\r\n\f\v]+/g, ' ').trim();
}

const JSDOC_TYPES: Readonly<Record<ParamKind, string>> = { number: 'number', date: 'Date', text: 'string', boolean: 'boolean', any: '*' };

function paramType(param: ParamSpec): string {
  const cell = JSDOC_TYPES[param.kind];
  return param.range ? `${cell}|Array<Array<${cell}>>` : cell;
}

function paramLine(param: ParamSpec): string {
  const notes: string[] = [];
  if (param.optional === true) notes.push(param.defaultValue === undefined || param.description.fr.includes('défaut') ? 'facultatif' : `facultatif, défaut ${String(param.defaultValue)}`);
  const suffix = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return ` * @param {${paramType(param)}} ${jsParameterName(param.name)} ${commentText(param.description.fr)}${suffix}`;
}

const RESULT_TEXT = { value: 'une valeur', column: 'une colonne alignée sur les lignes données', table: 'un tableau avec une ligne d’en-têtes' } as const;

/**
 * The generated function of one custom function.
 * @param spec - the catalogue entry
 * @returns its JSDoc and declaration
 * @example customFunctionSource(RFM_SCORE) // "/**\n * Code RFM … @customfunction\n *\/\nfunction RFM_SCORE(recency_or_last_date, …) {…}"
 */
export function customFunctionSource(spec: FunctionSpec): string {
  const name = checkedIdentifier(spec.id, 'Function id');
  const params = spec.params.map((param) => jsParameterName(param.name));
  const lines = [
    '/**',
    ` * ${commentText(spec.summary.fr)}`,
    ' *',
    ` * ${commentText(spec.help.fr)}`,
    ' *',
    ` * Exemple : ${commentText(frenchFormula(spec.example.formula))} → ${commentText(spec.example.result.fr)}`,
    ' *',
    ` * EN: ${commentText(spec.summary.en)} Example: ${commentText(spec.example.formula)} → ${commentText(spec.example.result.en)}`,
    ' *',
    ...spec.params.map(paramLine),
    ` * @return ${RESULT_TEXT[spec.result]}`,
    ' * @customfunction',
    ' */',
    // `arguments`, not the named parameters: a call with too many arguments gets its #VALUE! message.
    `function ${name}(${params.join(', ')}) {`,
    `  return ${CORE_VARIABLE}.customFunction(${JSON.stringify(spec.id)}, Array.prototype.slice.call(arguments));`,
    '}',
  ];
  return lines.join('\n');
}

function delegateSource(group: 'server' | 'menu', name: string, params: readonly string[], doc: string): string {
  const list = params.map((param) => checkedIdentifier(param, `Parameter of ${name}`)).join(', ');
  return [
    '/**',
    ` * ${doc}`,
    ...params.map((param) => ` * @param {Object} ${param}`),
    ' */',
    `function ${checkedIdentifier(name, 'Function')}(${list}) {`,
    `  return ${CORE_VARIABLE}.${group}.${name}(${list});`,
    '}',
  ].join('\n');
}

/**
 * The text appended after the bundled core: the custom functions, then the menu and server functions.
 * @param catalogue - the custom functions (the product passes CATALOGUE)
 * @returns JavaScript source, top-level function declarations only
 */
export function generatedFunctionsSource(catalogue: readonly FunctionSpec[]): string {
  const parts = [
    '// ---- Generated from the catalogue (gas/build/entry.ts): custom functions, menu, server functions. ----',
    ...catalogue.map(customFunctionSource),
    ...Object.entries(MENU_FUNCTION_PARAMETERS).map(([name, params]) => delegateSource('menu', name, params, `Menu: ${name} (Prométhée › Ouvrir, in the menu bar).`)),
    ...Object.entries(SERVER_FUNCTION_PARAMETERS).map(([name, params]) =>
      delegateSource('server', name, params, `Server function called by the sidebar through google.script.run: ${name}.`),
    ),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** Every top-level function name of Code.js, in order. */
export function topLevelFunctionNames(catalogue: readonly FunctionSpec[]): string[] {
  return [...catalogue.map((spec) => spec.id), ...Object.keys(MENU_FUNCTION_PARAMETERS), ...Object.keys(SERVER_FUNCTION_PARAMETERS)];
}
