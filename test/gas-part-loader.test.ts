// The sidebar's replacement of webpack's script loader (gas/client/parts.ts), over a stand-in fetch:
// one fetch per part however many chunk loads wait for it, the text run once, and a failed fetch
// keeping the loads waiting until Retry, which fetches again.
import { describe, expect, it } from 'vitest';
import { partLoader, partName, type LoadEnd } from '../gas/client/parts.js';
import { textPart, type TextPart } from '../gas/server/parts.js';

/** Lets the pending promise callbacks run. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the sidebar’s part loader', () => {
  it('names the project file of a chunk, and refuses any other URL', () => {
    expect(partName('sidebar_parts.js')).toBe('sidebar_parts');
    expect(() => partName('https://example.com/x.js')).toThrow(/not one of the sidebar's parts/);
    expect(() => partName('sidebar.js')).toThrow(/not one of the sidebar's parts/);
  });

  it('fetches a part once for two loads, in pieces joined in order, runs it, then ends both loads', async () => {
    const script = 'registered();'.repeat(10);
    const asked: [string, number][] = [];
    const ran: string[] = [];
    const ends: LoadEnd[] = [];
    const load = partLoader({
      // Pieces of 40 characters: 130 characters in 4 pieces.
      fetchPart: (name, part) => {
        asked.push([name, part]);
        return Promise.resolve(textPart(script, part, 40));
      },
      runScript: (text) => ran.push(text),
      failed: () => {
        throw new Error('no failure expected');
      },
    });
    load('sidebar_parts.js', (event) => ends.push(event));
    load('sidebar_parts.js', (event) => ends.push(event));
    for (let i = 0; i < 6; i++) await settled();
    expect(asked).toEqual([
      ['sidebar_parts', 0],
      ['sidebar_parts', 1],
      ['sidebar_parts', 2],
      ['sidebar_parts', 3],
    ]);
    expect(ran).toEqual([script]);
    expect(ends).toEqual([
      { type: 'load', target: { src: 'sidebar_parts.js' } },
      { type: 'load', target: { src: 'sidebar_parts.js' } },
    ]);
  });

  it('keeps the load waiting when the fetch fails, and ends it once Retry has fetched the part', async () => {
    let calls = 0;
    const ran: string[] = [];
    const ends: LoadEnd[] = [];
    const failures: { error: unknown; retry: () => void }[] = [];
    const load = partLoader({
      fetchPart: (_name, part): Promise<TextPart> => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(textPart('ok();', part, 40))),
      runScript: (text) => ran.push(text),
      failed: (error, retry) => failures.push({ error, retry }),
    });
    load('sidebar_parts.js', (event) => ends.push(event));
    for (let i = 0; i < 4; i++) await settled();
    expect(failures.map((failure) => (failure.error as Error).message)).toEqual(['offline']);
    expect(ran).toEqual([]);
    expect(ends).toEqual([]);
    failures[0]?.retry();
    for (let i = 0; i < 4; i++) await settled();
    expect(calls).toBe(2);
    expect(ran).toEqual(['ok();']);
    expect(ends).toHaveLength(1);
  });

  it('treats a script that throws when run as a failed fetch, to retry', async () => {
    const failures: unknown[] = [];
    const ends: LoadEnd[] = [];
    const load = partLoader({
      fetchPart: (_name, part) => Promise.resolve(textPart('x', part, 40)),
      runScript: () => {
        throw new SyntaxError('Unexpected end of input');
      },
      failed: (error) => failures.push(error),
    });
    load('sidebar_parts.js', (event) => ends.push(event));
    for (let i = 0; i < 4; i++) await settled();
    expect(failures.map((error) => (error as Error).message)).toEqual(['Unexpected end of input']);
    expect(ends).toEqual([]);
  });
});
