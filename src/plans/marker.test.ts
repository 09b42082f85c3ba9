import { describe, expect, it } from 'vitest';
import { markerText, parseMarker } from './marker.js';

describe('the generated marker', () => {
  it('reads back the text it writes', () => {
    expect(markerText({ key: 'rfm.customers', version: 3 })).toBe('{"key":"rfm.customers","version":3}');
    expect(parseMarker(markerText({ key: 'rfm.customers', version: 3 }))).toEqual({ key: 'rfm.customers', version: 3 });
  });

  it('reads no marker from an absent value', () => {
    expect(parseMarker(null)).toBeUndefined();
  });

  it('reads no marker from text that is not JSON', () => {
    expect(parseMarker('{bad')).toBeUndefined();
  });

  it('reads no marker from JSON that is not an object', () => {
    expect([parseMarker('[1]'), parseMarker('[]'), parseMarker('null'), parseMarker('"kpi"')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads no marker without a text key', () => {
    expect([parseMarker('{"key":1,"version":1}'), parseMarker('{"version":1}')]).toEqual([undefined, undefined]);
  });

  it('reads no marker without a whole-number version', () => {
    expect([parseMarker('{"key":"abc"}'), parseMarker('{"key":"abc","version":1.5}'), parseMarker('{"key":"abc","version":"1"}')]).toEqual([undefined, undefined, undefined]);
  });
});
