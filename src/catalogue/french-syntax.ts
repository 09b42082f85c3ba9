/**
 * A formula written the English way (comma between arguments, point before decimals), as a French
 * spreadsheet shows it: semicolon between arguments, decimal comma. Text in double quotes and array
 * constants' row separators (";") are kept as they are.
 */

/**
 * @param formula - e.g. `=CLV_P_ALIVE(2, 30.43, 38.86)`
 * @returns e.g. `=CLV_P_ALIVE(2; 30,43; 38,86)`
 * @example frenchFormula('=LTV(50, 4, 40%, 20%)') // "=LTV(50; 4; 40%; 20%)"
 */
export function frenchFormula(formula: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula.charAt(i);
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === ',') out += ';';
    else if (!quoted && ch === '.' && /\d/.test(formula.charAt(i - 1)) && /\d/.test(formula.charAt(i + 1))) out += ',';
    else out += ch;
  }
  return out;
}
