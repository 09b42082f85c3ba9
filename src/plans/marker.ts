/**
 * The generated marker as the hosts store it on a sheet (an Excel worksheet custom property, Sheets
 * developer metadata): a JSON text under one key, written and read the same way by every host.
 */
import type { GeneratedMarker } from './types.js';

/** The name the marker is stored under, on every host. */
export const MARKER_KEY = 'promethee.generated';

/**
 * The stored text of a plan's marker.
 * @example markerText({ key: 'kpi', version: 1 }) // '{"key":"kpi","version":1}'
 */
export function markerText(marker: GeneratedMarker): string {
  return JSON.stringify({ key: marker.key, version: marker.version });
}

/**
 * The marker a stored text holds, or undefined when it is not one written by the product (not JSON,
 * not an object, no text key, no whole-number version): such a sheet counts as the user's own, so it
 * is never replaced or removed.
 * @example parseMarker('{"key":"kpi","version":1}') // { key: 'kpi', version: 1 }
 */
export function parseMarker(value: string | null): GeneratedMarker | undefined {
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
  const { key, version } = parsed as { key?: unknown; version?: unknown };
  return typeof key === 'string' && typeof version === 'number' && Number.isInteger(version) ? { key, version } : undefined;
}
