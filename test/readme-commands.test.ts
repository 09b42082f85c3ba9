// Every command of the README runs as written from a fresh clone: the README's `sh` blocks are
// extracted and run, in order, in a copy of the repository's files (tracked and new, not ignored: no
// dist/, no .tmp/) that shares only the installed node_modules. The few commands not run here are
// listed below with the reason; the list must match commands the README really has.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const README = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

/** Commands of the README this test does not run, and why. Keep it short. */
const NOT_RUN: ReadonlyMap<string, string> = new Map([
  ['npm ci', 'installs the dependencies from the registry; the copy shares the node_modules already installed'],
  ['npm start', 'serves the playground until it is stopped; test/playground-browser.test.ts drives the page it builds'],
  ['npm test', 'lint, type-check and every test suite, this one included'],
]);

/** Splits a shell line at the characters `split` outside quotes; `#` after a space starts a comment. */
function shellParts(line: string): string[] {
  const parts: string[] = [];
  let quote: string | null = null;
  let current = '';
  for (let k = 0; k < line.length; k++) {
    const c = line.charAt(k);
    if (quote !== null) {
      if (c === quote) quote = null;
      current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (c === '#' && (k === 0 || /\s/.test(line.charAt(k - 1)))) {
      break;
    } else if (c === '&' && line.charAt(k + 1) === '&') {
      parts.push(current);
      current = '';
      k++;
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * The commands of the README's `sh` blocks, in order: continuation lines (ending with a backslash)
 * joined, comments dropped, `a && b` as two commands.
 */
function readmeCommands(markdown: string): string[] {
  const commands: string[] = [];
  const blocks = markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm);
  for (const block of blocks) {
    const lines = (block[1] ?? '').replace(/\\\n\s*/g, ' ').split('\n');
    for (const line of lines) commands.push(...shellParts(line));
  }
  return commands;
}

describe('the README’s commands', () => {
  const commands = readmeCommands(README);

  it('are found in its sh blocks: the build, then every promethee command', () => {
    expect(commands).toContain('npm run build');
    const promethee = commands.filter((command) => command.startsWith('npx promethee '));
    expect(promethee.map((command) => command.split(' ')[2])).toEqual(['audit', 'audit', 'audit', 'audit', 'rfm', 'rfm', 'rfm', 'abc', 'clv', 'audit']);
    // No placeholder a shell would choke on: [optional] parts, …, <value>.
    for (const command of commands) expect(command, command).not.toMatch(/\[--|…|<[a-z]/);
  });

  it('leave out only the commands listed, each of which is in the README', () => {
    expect(NOT_RUN.size).toBeLessThanOrEqual(3);
    for (const command of NOT_RUN.keys()) expect(commands).toContain(command);
  });

  it('name only npm scripts that package.json has', () => {
    const scripts = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const named = [...README.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] ?? '');
    expect(named.length).toBeGreaterThan(5);
    for (const name of named) expect(Object.keys(scripts), `npm run ${name}`).toContain(name);
  });

  describe('run as written in a fresh copy of the repository', () => {
    let copy = '';
    beforeAll(() => {
      copy = join(mkdtempSync(join(tmpdir(), 'promethee-readme-')), 'promethee');
      const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
      if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
      for (const file of listed.stdout.split('\0')) {
        if (file === '' || file === 'node_modules' || !existsSync(resolve(ROOT, file))) continue;
        mkdirSync(dirname(join(copy, file)), { recursive: true });
        copyFileSync(resolve(ROOT, file), join(copy, file));
      }
      symlinkSync(resolve(ROOT, 'node_modules'), join(copy, 'node_modules'));
    });
    afterAll(() => {
      rmSync(dirname(copy), { recursive: true, force: true });
    });

    it('each exits with 0, in the README’s order', async () => {
      const ran: string[] = [];
      for (const command of commands) {
        if (NOT_RUN.has(command)) continue;
        const result = await new Promise<{ command: string; code: number; stderr: string }>((done) => {
          // Offline: `npx promethee` must find the package's own command, never fetch one.
          const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' };
          execFile('sh', ['-c', command], { cwd: copy, env, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
            const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
            done({ command, code, stderr: stderr.slice(-2000) });
          });
        });
        // On failure the difference shows the command and the end of what it printed on stderr.
        expect(result).toMatchObject({ command, code: 0 });
        ran.push(command);
      }
      expect(ran.length).toBe(commands.length - [...commands].filter((command) => NOT_RUN.has(command)).length);
      expect(existsSync(join(copy, 'audit-cdnow.xlsx'))).toBe(true);
    }, 600_000);
  });
});
