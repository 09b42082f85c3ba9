/**
 * The generated marker as the hosts store it on a sheet (an Excel worksheet custom property, Sheets
 * developer metadata): a JSON text under one key, written and read the same way by every host. Since
 * the check before sharing, it also carries the fingerprint of the plan's computed formulas
 * (fingerprint.ts), set by the apply step; a marker written before has none, and the check says it
 * cannot tell rather than call the sheet intact.
 */
import type { FormulaFingerprint, GeneratedMarker, StoredMarker } from './types.js';

/** The name the marker is stored under, on every host. */
export const MARKER_KEY = 'promethee.generated';

/**
 * The stored text of a plan's marker, with its fingerprint when the plan has one.
 * @example markerText({ key: 'kpi', version: 1 }) // '{"key":"kpi","version":1}'
 * @example markerText({ key: 'kpi', version: 1, fingerprint: { count: 2, hash: '0a1b2c3d', inputs: 'C5:C9', language: 'fr' } })
 * // '{"key":"kpi","version":1,"fingerprint":{"count":2,"hash":"0a1b2c3d","inputs":"C5:C9","language":"fr"}}'
 */
export function markerText(marker: GeneratedMarker & { readonly fingerprint?: FormulaFingerprint | undefined }): string {
  const { fingerprint } = marker;
  if (fingerprint === undefined) return JSON.stringify({ key: marker.key, version: marker.version });
  const { count, hash, inputs, language } = fingerprint;
  return JSON.stringify({ key: marker.key, version: marker.version, fingerprint: { count, hash, inputs, language } });
}

/** The fingerprint a parsed marker holds, or undefined when it has none or not a well-formed one. */
function fingerprintOf(value: unknown): FormulaFingerprint | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { count, hash, inputs, language } = value as Record<string, unknown>;
  const valid =
    typeof count === 'number' &&
    Number.isInteger(count) &&
    count >= 0 &&
    typeof hash === 'string' &&
    /^[0-9a-f]{8}$/.test(hash) &&
    typeof inputs === 'string' &&
    (language === 'fr' || language === 'en');
  return valid ? { count, hash, inputs, language } : undefined;
}

/**
 * The marker a stored text holds, or undefined when it is not one written by the product (not JSON,
 * not an object, no text key, no whole-number version): such a sheet counts as the user's own, so it
 * is never replaced or removed. A fingerprint that is not well formed is left out (the marker stays).
 * @example parseMarker('{"key":"kpi","version":1}') // { key: 'kpi', version: 1 }
 */
export function parseMarker(value: string | null): StoredMarker | undefined {
  if (value === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    // Not our JSON: the sheet is kept as a user's sheet (see above); nothing else depends on it.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { key, version, fingerprint } = parsed as { key?: unknown; version?: unknown; fingerprint?: unknown };
  if (typeof key !== 'string' || typeof version !== 'number' || !Number.isInteger(version)) return undefined;
  const stored = fingerprintOf(fingerprint);
  return stored === undefined ? { key, version } : { key, version, fingerprint: stored };
}
