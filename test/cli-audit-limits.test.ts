// `promethee audit` and what a workbook can hold: more customers than a sheet has rows, or an id longer
// than a cell holds, is a data problem with what to do (exit 1), not an internal error; and an existing
// workbook is refused before any work.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../src/cli/main.js';
import { runCli as run } from './support/cli.js';

const COLUMNS = ['--customer', 'client', '--date', 'date', '--amount', 'montant', '--language', 'en'];

describe('promethee audit: the limits of a workbook are data problems (exit 1) that say what to do', () => {
  it('refuses 1,048,572 customers, one more than the customer sheets can list below their header', async () => {
    const lines = ['client,date,montant'];
    for (let c = 0; c < 1_048_572; c++) lines.push(`c${String(c)},2024-01-01,1`);
    const result = await run(['audit', '--out', 'a.xlsx', '--transactions', 'big.csv', ...COLUMNS], { 'big.csv': lines.join('\n') });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'promethee: big.csv: 1,048,572 customers, more than the 1,048,571 rows a workbook sheet can list (1,048,576 rows, header included); narrow the file (a period, a region) or use promethee rfm, which writes CSV without this limit\n',
    );
  });

  it('refuses a customer id longer than a cell holds (32,767 characters), in French by default', async () => {
    const id = `${'x'.repeat(20)}${'y'.repeat(40_000)}`;
    const result = await run(['audit', '--out', 'a.xlsx', '--transactions', 'long.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant'], {
      'long.csv': `client,date,montant\n${id},2024-01-01,5\nb,2024-01-02,3\n`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'promethee: long.csv\u00a0: l’identifiant client «\u00a0xxxxxxxxxxxxxxxxxxxx…\u00a0» a 40\u202f020 caractères, plus que les 32\u202f767 qu’une cellule de classeur peut contenir\u00a0; vérifiez la colonne --customer (un guillemet mal placé peut avaler les lignes suivantes) ou utilisez promethee rfm, qui écrit un CSV sans cette limite\n',
    );
  });
});

describe('promethee audit without --force on an existing workbook', () => {
  const folder = mkdtempSync(join(tmpdir(), 'promethee-audit-exists-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses before reading the transactions (exit 1), the workbook untouched', async () => {
    const out = join(folder, 'audit.xlsx');
    writeFileSync(out, 'an audit filled in');
    const { fileExists, writeBytes } = nodeIo();
    if (fileExists === undefined || writeBytes === undefined) throw new Error('Node’s io checks and writes files');
    const read: string[] = [];
    const result = await run(['audit', '--out', out, '--transactions', join(folder, 'ventes.csv'), ...COLUMNS], {}, {
      fileExists,
      readFile: (path) => {
        read.push(path);
        return Promise.resolve('client,date,montant\na,2024-01-01,1\n');
      },
      writeBytes,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`promethee: ${out} already exists: it may hold an audit filled in; choose another name, or add --force to replace it\n`);
    expect(read).toEqual([]);
  });
});
