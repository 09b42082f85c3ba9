// `promethee audit`, run in-process: the workbook it writes (its sheets, in order, in both languages;
// the ABC and RFM sheets from a transactions file, checked against sums worked out here from the raw
// file), and one clear message for each way the command line or the data can go wrong.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/common.js';
import { main, nodeIo } from '../src/cli/main.js';
import { BUILDS } from '../src/workbook/build-list.js';
import { loadWorkbook } from './libreoffice.js';
import { sharedPath } from './support/shared-data.js';

const CDNOW_SAMPLE = sharedPath('data/CDNOW_sample.txt');
const SAMPLE_ARGS = ['--transactions', CDNOW_SAMPLE, '--delimiter', 'whitespace', '--columns', 'orig_id,customer,date,cds,amount', '--customer', 'customer', '--date', 'date', '--amount', 'amount'];

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** Replacements of the test's io; `writeBytes: undefined` takes it away. */
type Overrides = Partial<Omit<CliIo, 'writeBytes'>> & { readonly writeBytes?: CliIo['writeBytes'] | undefined };

async function run(argv: readonly string[], files: Readonly<Record<string, string>> = {}, overrides: Overrides = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array>();
  const base: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (file) => files[file] ?? (await readFile(file, 'utf8')),
    writeFile: () => Promise.reject(new Error('the audit command writes no text file')),
    writeBytes: (file, data) => {
      written.set(file, data);
      return Promise.resolve();
    },
    sameFile: (a, b) => path.resolve(a) === path.resolve(b),
    version: '0.0.0',
  };
  const { writeBytes, ...others } = { ...base, ...overrides };
  const io: CliIo = { ...others, ...(writeBytes === undefined ? {} : { writeBytes }) };
  const code = await main(argv, io);
  return { code, stdout, stderr, files: written };
}

async function sheetNames(data: Uint8Array | undefined): Promise<string[]> {
  if (data === undefined) return [];
  return (await loadWorkbook(data)).worksheets.map((sheet) => sheet.name);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'promethee-audit-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('promethee audit', () => {
  it('writes the summary, the checklist, the interviews and the KPI sheet, and says so', async () => {
    const result = await run(['audit', '--out', 'audit.xlsx']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(await sheetNames(result.files.get('audit.xlsx'))).toEqual(['Synthèse', "Grille d’audit", 'Entretiens', 'KPI acquisition']);
    expect(result.stdout).toBe("audit.xlsx : 4 feuilles (Synthèse, Grille d’audit, Entretiens, KPI acquisition)\n");
  });

  it('writes the sheets in English with --language en', async () => {
    const result = await run(['audit', '--out', 'audit.xlsx', '--language', 'en']);
    expect(await sheetNames(result.files.get('audit.xlsx'))).toEqual(['Summary', 'Audit checklist', 'Interviews', 'Acquisition KPIs']);
  });

  it('adds the ABC segmentation of the customers’ revenue and the RFM sheets from a transactions file', async () => {
    const result = await run(['audit', '--out', 'cdnow.xlsx', ...SAMPLE_ARGS]);
    expect(result.code).toBe(0);
    const data = result.files.get('cdnow.xlsx');
    expect(await sheetNames(data)).toEqual(['Synthèse', "Grille d’audit", 'Entretiens', 'KPI acquisition', 'Segmentation ABC', 'Synthèse RFM', 'Clients RFM', 'Paramètres RFM']);
    // The revenue per customer, summed here from the raw lines: the ABC sheet must list the same top customer.
    const revenue = new Map<string, number>();
    for (const line of readFileSync(CDNOW_SAMPLE, 'utf8').trim().split('\n')) {
      const [, customer = '', , , amount = '0'] = line.trim().split(/\s+/);
      revenue.set(customer, (revenue.get(customer) ?? 0) + Number(amount));
    }
    const [top, topRevenue] = [...revenue].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const abc = (await loadWorkbook(data ?? new Uint8Array())).getWorksheet('Segmentation ABC');
    expect(abc?.getCell('B6').value).toBe(top);
    expect(abc?.getCell('C6').value).toBeCloseTo(topRevenue, 6);
    const customers = (await loadWorkbook(data ?? new Uint8Array())).getWorksheet('Clients RFM');
    expect(customers?.getCell(`A${5 + revenue.size}`).value).not.toBeNull();
    expect(customers?.getCell(`A${6 + revenue.size}`).value).toBeNull();
  });

  it('reports the customers left out of the ABC classification for a net total ≤ 0', async () => {
    const csv = 'client,date,montant\nA,2024-01-05,100\nB,2024-02-01,40\nB,2024-02-03,-40\nC,2024-03-01,10\n';
    const result = await run(['audit', '--out', 'a.xlsx', '--transactions', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant'], { 'ventes.csv': csv });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('promethee: 1 client(s) au montant net ≤ 0 : gardé(s) dans les feuilles RFM, hors du classement ABC\n');
  });

  it('reports the rows skipped for want of a customer id', async () => {
    const csv = 'client,date,montant\nA,2024-01-05,100\n,2024-02-01,40\nC,2024-03-01,10\n';
    const result = await run(['audit', '--out', 'a.xlsx', '--transactions', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant', '--language', 'en'], { 'ventes.csv': csv });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('promethee: ventes.csv: 1 row(s) without a customer id skipped (line(s) 3)\n');
  });

  it('lists every build of the registry with --list, one line each, without writing anything', async () => {
    const result = await run(['audit', '--list', '--language', 'en']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^key +group +data +audit workbook +name$/);
    expect(lines.slice(1).map((line) => line.split(/ +/)[0])).toEqual(BUILDS.map((build) => build.key));
    // The group as the sidebar's English names it, not its key ("diagnostic", "action").
    expect(lines.find((line) => line.startsWith('abc.weighted '))).toMatch(/^abc\.weighted +Segmentation +none +on request +Weighted ABC$/);
    expect(lines.find((line) => line.startsWith('swot '))).toMatch(/^swot +Strategy grids +none +on request +/);
    expect(lines.find((line) => line.startsWith('action-plan '))).toMatch(/^action-plan +From diagnosis to plan +/);
    expect(result.files.size).toBe(0);
  });

  it('names the groups of --list in French by default, as the French sidebar does', async () => {
    const result = await run(['audit', '--list']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^clé +groupe +données +classeur d’audit +nom$/);
    expect(lines.find((line) => line.startsWith('swot '))).toMatch(/^swot +Grilles stratégiques +/);
    expect(lines.find((line) => line.startsWith('action-plan '))).toMatch(/^action-plan +Du diagnostic au plan +/);
    expect(lines.find((line) => line.startsWith('clv '))).toMatch(/^clv +Valeur client +/);
    // Every group word is a label of the French sidebar; no group key is printed as such.
    expect(lines.some((line) => / (?:diagnostic|action|value) +(?:aucune|transactions)/.test(line))).toBe(false);
  });

  it('writes only the builds of --only, in the order of the list whatever the order given', async () => {
    const result = await run(['audit', '--out', 'some.xlsx', '--only', 'abc.weighted, kpi']);
    expect(result.code).toBe(0);
    expect(await sheetNames(result.files.get('some.xlsx'))).toEqual(['KPI acquisition', 'ABC multicritère']);
  });

  it('adds the customer value sheet from the transactions with --only clv', async () => {
    const result = await run(['audit', '--out', 'clv.xlsx', '--only', 'clv,audit', '--language', 'en', ...SAMPLE_ARGS]);
    expect(result.code).toBe(0);
    expect(await sheetNames(result.files.get('clv.xlsx'))).toEqual(['Summary', 'Audit checklist', 'Interviews', 'Acquisition KPIs', 'Customer value']);
  });

  it('fills the portfolio analysis from the transactions with --only portfolio and --category, --cost', async () => {
    const csv = 'client;date;montant;catégorie;coût\nDupont;15/03/2024;120;Particuliers;70\nAlpha;02/01/2025;1 500,50;Pros;\n;03/01/2025;10;Pros;1\nBeta;04/01/2025;10;;1\n';
    const result = await run(
      ['audit', '--out', 'p.xlsx', '--only', 'portfolio', '--transactions', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant', '--category', 'catégorie', '--cost', 'coût', '--language', 'en'],
      { 'ventes.csv': csv },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('1 row(s) without a customer category skipped (line(s) 5)');
    const book = await loadWorkbook(result.files.get('p.xlsx') ?? new Uint8Array());
    const sheet = book.getWorksheet('Customer portfolio');
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1, 6)));
    // 15/03/2024 = serial 45366, 02/01/2025 = 45659; the empty cost stays empty; year N is 2025.
    const serial = (value: unknown): unknown => (value instanceof Date ? Math.round(value.getTime() / 86_400_000) + 25_569 : value);
    const data = rows.filter((row) => row[1] === 'Dupont' || row[1] === 'Alpha').map((row) => [serial(row[0]), ...row.slice(1)]);
    expect(data).toEqual([
      [45366, 'Dupont', 'Particuliers', 120, 70],
      [45659, 'Alpha', 'Pros', 1500.5, undefined],
    ]);
    expect(JSON.stringify(rows)).not.toContain('(example)');
    expect(rows.some((row) => row[0] === 'Year analysed (N)' && row[1] === 2025)).toBe(true);
  });

  it('refuses more transactions than the portfolio analysis takes, saying what to keep', async () => {
    const csv = `client,date,montant,segment\n${Array.from({ length: 5001 }, (_, i) => `C${i},2025-01-02,10,Pros`).join('\n')}\n`;
    const result = await run(['audit', '--out', 'p.xlsx', '--only', 'portfolio', '--transactions', 'big.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant', '--category', 'segment', '--language', 'en'], { 'big.csv': csv });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'promethee: big.csv: 5,001 transactions, the portfolio analysis takes at most 5,000 (its formulas read every row again); keep the last two years, or one row per order\n',
    );
  });

  it('builds the portfolio analysis with its examples without --transactions', async () => {
    const result = await run(['audit', '--out', 'p.xlsx', '--only', 'portfolio']);
    expect(result.code).toBe(0);
    expect(await sheetNames(result.files.get('p.xlsx'))).toEqual(['Portefeuille clients']);
  });

  it('prints its help in French, then in English', async () => {
    const result = await run(['audit', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.indexOf('Écrit le classeur')).toBeLessThan(result.stdout.indexOf('Writes the sales'));
    expect(result.files.size).toBe(0);
  });
});

describe('promethee audit: command-line mistakes, exit code 2 and one line', () => {
  const cases: [string, string[], string][] = [
    ['no --out', ['audit'], 'promethee: option --out is required (see promethee audit --help)'],
    ['an --out that is not an .xlsx file', ['audit', '--out', 'audit.csv'], 'promethee: --out: an .xlsx file is expected (got "audit.csv") (see promethee audit --help)'],
    ['a file given without --transactions', ['audit', 'ventes.csv', '--out', 'a.xlsx'], 'promethee: unexpected argument "ventes.csv": give the transactions file with --transactions (see promethee audit --help)'],
    ['a column option without --transactions', ['audit', '--out', 'a.xlsx', '--customer', 'client'], 'promethee: --customer goes with --transactions (see promethee audit --help)'],
    ['--transactions without --customer', ['audit', '--out', 'a.xlsx', '--transactions', 'ventes.csv', '--date', 'd', '--amount', 'm'], 'promethee: option --customer is required (see promethee audit --help)'],
    [
      'an unknown key in --only',
      ['audit', '--out', 'a.xlsx', '--only', 'kpi,swat'],
      `promethee: --only: unknown key "swat"; the keys are ${BUILDS.map((build) => build.key).join(', ')} (promethee audit --list) (see promethee audit --help)`,
    ],
    ['a sheet of --only that needs --transactions', ['audit', '--out', 'a.xlsx', '--only', 'audit,rfm'], 'promethee: --only rfm: these sheets are computed from --transactions (see promethee audit --help)'],
    [
      'the portfolio from a file without --category',
      ['audit', '--out', 'a.xlsx', '--only', 'portfolio', '--transactions', 'ventes.csv', '--customer', 'c', '--date', 'd', '--amount', 'm'],
      'promethee: the portfolio analysis reads the customer category of each transaction: give --category COL (see promethee audit --help)',
    ],
    [
      'both --cost and --margin',
      ['audit', '--out', 'a.xlsx', '--only', 'portfolio', '--transactions', 'ventes.csv', '--customer', 'c', '--date', 'd', '--amount', 'm', '--category', 'k', '--cost', 'x', '--margin', 'y'],
      'promethee: --cost or else --margin, not both (see promethee audit --help)',
    ],
    [
      '--transactions that no sheet of --only reads',
      ['audit', '--out', 'a.xlsx', '--only', 'kpi', '--transactions', 'ventes.csv', '--customer', 'c', '--date', 'd', '--amount', 'm'],
      'promethee: --transactions is used by none of the sheets of --only (see promethee audit --help)',
    ],
  ];
  for (const [what, argv, message] of cases) {
    it(`refuses ${what}`, async () => {
      const result = await run([...argv, '--language', 'en']);
      expect(result).toMatchObject({ code: 2, stdout: '', stderr: `${message}\n` });
      expect(result.files.size).toBe(0);
    });
  }
});

describe('promethee audit: data and file problems, exit code 1 and one line', () => {
  it('names the line and column of an unreadable date', async () => {
    const csv = 'client,date,montant\nA,2024-01-05,100\nB,hier,40\n';
    const result = await run(['audit', '--out', 'a.xlsx', '--transactions', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant', '--language', 'en'], { 'ventes.csv': csv });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^promethee: ventes\.csv: .*line 3.*\n$/);
    expect(result.files.size).toBe(0);
  });

  it('says so when no row has a customer id', async () => {
    const csv = 'client,date,montant\n,2024-01-05,100\n';
    const result = await run(['audit', '--out', 'a.xlsx', '--transactions', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant', '--language', 'en'], { 'ventes.csv': csv });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((line) => line !== '')).toHaveLength(2);
    expect(result.stderr).toMatch(/^promethee: ventes\.csv: 1 row\(s\) without a customer id skipped \(line\(s\) 2\)\npromethee: ventes\.csv: /);
  });

  it('says so when no customer has a positive revenue to classify', async () => {
    const csv = 'client,date,montant\nA,2024-01-05,0\nB,2024-01-06,0\n';
    const result = await run(['audit', '--out', 'a.xlsx', '--transactions', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant'], { 'ventes.csv': csv });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^promethee: ventes\.csv\u00A0: /);
  });

  it('never replaces an existing workbook without --force, and replaces it with --force', async () => {
    const out = path.join(tmp, 'audit.xlsx');
    const disk = { writeBytes: nodeIo().writeBytes };
    expect((await run(['audit', '--out', out], {}, disk)).code).toBe(0);
    const again = await run(['audit', '--out', out, '--language', 'en'], {}, disk);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`promethee: ${out} already exists: it may hold an audit filled in; choose another name, or add --force to replace it\n`);
    expect(await sheetNames(readFileSync(out))).toEqual(['Synthèse', "Grille d’audit", 'Entretiens', 'KPI acquisition']);
    expect((await run(['audit', '--out', out, '--language', 'en', '--force'], {}, disk)).code).toBe(0);
    expect(await sheetNames(readFileSync(out))).toEqual(['Summary', 'Audit checklist', 'Interviews', 'Acquisition KPIs']);
  });

  it('says why a workbook cannot be written', async () => {
    const result = await run(['audit', '--out', path.join(tmp, 'missing', 'audit.xlsx')], {}, { writeBytes: nodeIo().writeBytes });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`promethee: impossible d’écrire ${path.join(tmp, 'missing', 'audit.xlsx')}\u00A0: fichier ou dossier introuvable\n`);
  });
});

describe('promethee audit: unexpected errors', () => {
  it('reports an outside world that cannot write bytes as an internal error', async () => {
    const result = await run(['audit', '--out', 'a.xlsx', '--language', 'en'], {}, { writeBytes: undefined });
    expect(result).toMatchObject({ code: 70, stderr: 'promethee: internal error, please report it: Error: this command needs an io that writes bytes (writeBytes)\n' });
  });
});
