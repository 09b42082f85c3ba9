// What the commands write and how: ids a spreadsheet would run or change are marked in every CSV
// output (rfm, abc, clv); every --out is written to a temporary file renamed into place when complete,
// so that an interrupted command (Ctrl-C, SIGTERM, a full disk) leaves the previous file intact; --out -
// is the standard output; an --out naming the input (through a link or not) is refused.
import { execFile, spawn } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as nodeFsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSheetError } from '../src/cells/errors.js';
import { HOLD_OUTPUT_ENV, writeFileAtomically, type AtomicFs } from '../src/cli/atomic.js';
import { nodeIo } from '../src/cli/main.js';
import { csvRecords, parseCsv } from '../src/io/csv.js';
import { runCli as run } from './support/cli.js';
import { sharedPath } from './support/shared-data.js';

/** Ids a spreadsheet opening the CSV would run (formulas) or change (numbers, dates, booleans, errors). */
const RISKY = ['=HYPERLINK("http://x","y")', '@SUM(1)', '#N/A', '00123', 'TRUE', 'VRAI', "'quoted", '1/2', '+33612345678'];
/** The same ids as the CSV output must give them back when read: with a leading apostrophe. */
const MARKED = RISKY.map((id) => `'${id}`);
/** Ids left as they are. */
const PLAIN = ['Dupont', '12345', 'C-12'];

function transactions(): string {
  const lines = ['client,date,montant'];
  [...RISKY, ...PLAIN].forEach((id, k) => {
    const quoted = id.includes('"') || id.includes(',') ? `"${id.replaceAll('"', '""')}"` : id;
    lines.push(`${quoted},2024-01-${String(10 + k)},${String(10 + k)}`, `${quoted},2024-02-${String(10 + k)},5`);
  });
  return `${lines.join('\n')}\n`;
}

/** The first field of each data line, read back by the CSV reader. */
function firstFields(csv: string): string[] {
  const records = csvRecords(parseCsv(csv, { delimiter: 'comma' }));
  if (isSheetError(records)) throw new Error(records.message.en);
  return records.slice(1).map((record) => record[0] ?? '');
}

describe('every CSV output marks the ids a spreadsheet would run or change', () => {
  const files = { 'ventes.csv': transactions() };
  const commands: readonly (readonly [string, readonly string[]])[] = [
    ['rfm', ['rfm', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant']],
    ['abc', ['abc', 'ventes.csv', '--item', 'client', '--value', 'montant']],
    ['clv', ['clv', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant']],
  ];
  for (const [name, argv] of commands) {
    it(`${name}: formulas, #N/A, 00123, TRUE/VRAI, a leading apostrophe, 1/2 and +33… get a leading apostrophe; plain ids do not`, async () => {
      const result = await run(argv, files);
      expect(result.code).toBe(0);
      const written = firstFields(result.stdout);
      // abc sorts by value (largest first); rfm and clv keep the order of first appearance.
      expect([...written].sort()).toEqual([...MARKED, ...PLAIN].sort());
    });
  }
});

describe('every CSV output writes a number from 10²¹ on with its exponent', () => {
  // toFixed writes 10³⁰ as "1e+30": its zeros are the exponent's, and dropping them as trailing
  // decimal zeros would write 1e+3, a thousand.
  const files = { 'grands.csv': 'client,date,montant\nA,2024-01-10,1e30\nB,2024-01-11,5\n' };
  it('abc: the value of A is 1e+30, its share 1', async () => {
    const result = await run(['abc', 'grands.csv', '--item', 'client', '--value', 'montant'], files);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe('A,1e+30,1,1,A');
  });
  it('rfm: the monetary value of A is 1e+30', async () => {
    const result = await run(['rfm', 'grands.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant'], files);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]?.split(',')[3]).toBe('1e+30');
  });
});

const DATA = sharedPath('data');
const CDNOW_MASTER = `${DATA}/CDNOW_master.txt`;
const MASTER_ARGS = ['--customer', 'customer_id', '--date', 'date', '--amount', 'dollar_value'];

describe('--out is written all at once: an interrupted command leaves the previous file intact and no temporary file', () => {
  const execFileAsync = promisify(execFile);
  const built = resolve(process.cwd(), '.tmp/cli-output/src/cli/main.js');
  let folder = '';

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'promethee-out-'));
    // The command and what it imports, compiled apart (as in cli.test.ts), then run by Node as a user would.
    const tsc = resolve(process.cwd(), 'node_modules/typescript/bin/tsc');
    await execFileAsync(process.execPath, [tsc, 'src/cli/main.ts', '--ignoreConfig', '--outDir', '.tmp/cli-output', '--rootDir', '.', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck']);
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /**
   * Runs the built command with the writer's test hook, which stops the write after its first part;
   * once the partial temporary file is there, sends the signal. Resolves with the exit code, the
   * temporary file seen (or null when the command finished without stopping: the old behaviour) and
   * its size at the moment of the signal.
   */
  function interrupt(argv: readonly string[], signal: NodeJS.Signals): Promise<{ code: number | null; temp: string | null; size: number }> {
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, [built, ...argv], { env: { ...process.env, [HOLD_OUTPUT_ENV]: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      let temp: string | null = null;
      let size = 0;
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        const held = /promethee: test hold (.+)\n/.exec(stderr);
        if (held?.[1] !== undefined && temp === null) {
          temp = held[1];
          size = statSync(temp).size;
          child.kill(signal);
        }
      });
      child.on('error', fail);
      child.on('exit', (code) => {
        done({ code, temp, size });
      });
    });
  }

  const cases: readonly (readonly [string, NodeJS.Signals, number, string, (out: string) => string[]])[] = [
    ['rfm on the 69,659 CDNOW transactions, Ctrl-C', 'SIGINT', 130, 'rfm.csv', (out) => ['rfm', CDNOW_MASTER, ...MASTER_ARGS, '--out', out]],
    ['clv on the CDNOW transactions, SIGTERM', 'SIGTERM', 143, 'clv.csv', (out) => ['clv', CDNOW_MASTER, ...MASTER_ARGS, '--out', out]],
    ['abc, Ctrl-C', 'SIGINT', 130, 'abc.csv', (out) => ['abc', CDNOW_MASTER, '--item', 'customer_id', '--value', 'dollar_value', '--out', out]],
    ['audit --force over an existing workbook, SIGTERM', 'SIGTERM', 143, 'audit.xlsx', (out) => ['audit', '--out', out, '--force']],
  ];
  for (const [what, signal, expected, name, argv] of cases) {
    it(`${what}: exit ${String(expected)}, the previous file unchanged, no temporary file left`, async () => {
      const out = join(folder, name);
      writeFileSync(out, 'the previous result\n');
      const result = await interrupt(argv(out), signal);
      expect(result.temp).not.toBeNull(); // the command was stopped while writing, not after
      expect(result.size).toBeGreaterThan(0); // part of the output was in the temporary file
      expect(result.code).toBe(expected);
      expect(readFileSync(out, 'utf8')).toBe('the previous result\n');
      expect(readdirSync(folder)).toEqual([name]);
      rmSync(out);
    });
  }

  it('replaces the previous file once the output is complete, keeping its permissions and a symbolic link to it', async () => {
    const real = join(folder, 'real.csv');
    const link = join(folder, 'link.csv');
    writeFileSync(real, 'old\n');
    chmodSync(real, 0o640);
    symlinkSync(real, link);
    await execFileAsync(process.execPath, [built, 'abc', CDNOW_MASTER, '--item', 'customer_id', '--value', 'dollar_value', '--out', link]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8').split('\n')).toHaveLength(23_570 - 68 + 2); // header, one line per customer with a positive total, final newline
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder).sort()).toEqual(['link.csv', 'real.csv']);
    rmSync(link);
    rmSync(real);
  });
});

describe('--out - is the standard output', () => {
  it('rfm, abc and clv write their CSV on the standard output and no file named "-"', async () => {
    const files = { 'v.csv': 'client,date,montant\na,2024-01-01,10\nb,2024-01-02,5\n' };
    for (const argv of [
      ['rfm', 'v.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant', '--out', '-'],
      ['abc', 'v.csv', '--item', 'client', '--value', 'montant', '--out', '-'],
      ['clv', 'v.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant', '--out', '-'],
    ]) {
      const result = await run(argv, files);
      expect(result.code).toBe(0);
      expect(result.written.size).toBe(0);
      expect(result.stdout.split('\n')).toHaveLength(4);
    }
  });

  it('audit writes the workbook on the standard output and says what it wrote on the standard error', async () => {
    let bytes: Uint8Array = new Uint8Array();
    const result = await run(['audit', '--out', '-', '--language', 'en'], {}, { stdoutBytes: (data) => (bytes = data) });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('standard output: 4 sheets (Summary, Audit checklist, Interviews, Acquisition KPIs)\n');
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK'); // an .xlsx is a zip file
  });
});

describe('--out never names the input file', () => {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'promethee-same-'));
    writeFileSync(join(folder, 'ventes.csv'), 'client,date,montant\na,2024-01-01,10\n');
    symlinkSync(join(folder, 'ventes.csv'), join(folder, 'lien.csv'));
    linkSync(join(folder, 'ventes.csv'), join(folder, 'autre-nom.csv'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  for (const name of ['lien.csv', 'autre-nom.csv', 'ventes.csv']) {
    it(`refuses --out ${name}, which is the input file (exit 2), and leaves it as it was`, async () => {
      const input = join(folder, 'ventes.csv');
      const out = join(folder, name);
      const result = await run(['rfm', input, '--customer', 'client', '--date', 'date', '--amount', 'montant', '--out', out, '--language', 'en'], {}, { sameFile: nodeIo().sameFile, writeFile: nodeIo().writeFile });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`promethee: --out: ${out} is the input file, it would be overwritten (see promethee rfm --help)\n`);
      expect(readFileSync(input, 'utf8')).toBe('client,date,montant\na,2024-01-01,10\n');
    });
  }
});

describe('writeFileAtomically', () => {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'promethee-atomic-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves the previous file intact and no temporary file when the disk fills up mid-write', async () => {
    const target = join(folder, 'full.csv');
    writeFileSync(target, 'previous\n');
    let writes = 0;
    const fullDisk: AtomicFs = {
      ...nodeFsPromises,
      open: async (...args: Parameters<typeof nodeFsPromises.open>) => {
        const handle = await nodeFsPromises.open(...args);
        const write = handle.write.bind(handle) as (...rest: unknown[]) => Promise<unknown>;
        return Object.assign(handle, {
          write: (...rest: unknown[]) => (++writes > 1 ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })) : write(...rest)),
        });
      },
    };
    await expect(writeFileAtomically(target, 'x'.repeat(1_000_000), { overwrite: true }, fullDisk)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(writes).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('previous\n');
    expect(readdirSync(folder)).toEqual(['full.csv']);
  });

  it('says so in one line when the disk is full (exit 1), the previous file intact', async () => {
    const result = await run(['abc', 'v.csv', '--item', 'i', '--value', 'v', '--out', 'x.csv', '--language', 'en'], { 'v.csv': 'i,v\na,1\n' }, {
      writeFile: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('promethee: cannot write x.csv: no space left on the disk (the previous file, if any, is intact)\n');
  });

  it('does not replace a file its owner made read-only (EACCES), as a write in place would not have', async () => {
    const target = join(folder, 'read-only.csv');
    writeFileSync(target, 'protected\n');
    chmodSync(target, 0o444);
    const denied = { ...nodeFsPromises, access: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) };
    // The stand-in says what the system says to a user without the right to write (root may write anyway).
    await expect(writeFileAtomically(target, 'new\n', { overwrite: true }, denied)).rejects.toMatchObject({ code: 'EACCES' });
    expect(readFileSync(target, 'utf8')).toBe('protected\n');
    chmodSync(target, 0o644);
    rmSync(target);
  });

  it('never replaces an existing file without overwrite (EEXIST), even when it appears during the write', async () => {
    const target = join(folder, 'keep.xlsx');
    writeFileSync(target, 'filled in');
    await expect(writeFileAtomically(target, 'new', { overwrite: false })).rejects.toMatchObject({ code: 'EEXIST' });
    rmSync(target);
    const racing: AtomicFs = {
      ...nodeFsPromises,
      link: async (...args: Parameters<typeof nodeFsPromises.link>) => {
        writeFileSync(target, 'written meanwhile');
        return nodeFsPromises.link(...args);
      },
    };
    await expect(writeFileAtomically(target, 'new', { overwrite: false }, racing)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(target, 'utf8')).toBe('written meanwhile');
    expect(readdirSync(folder).sort()).toEqual(['full.csv', 'keep.xlsx']);
  });
});
