/**
 * Sizes of the Excel add-in's bundles as a server sends them: the task pane (React, Fluent UI and the
 * shared core), the custom functions, and the chunks the task pane loads on use. Built afresh with the
 * production configuration into a scratch folder, so the figures never come from a stale dist/.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BenchCase, BenchFigure } from '../case.js';

/** The bundles and the goals of their gzipped size (the task pane's first paint, the functions). */
const BUNDLES = [
  { file: 'taskpane.js', label: 'Excel task pane, first paint (taskpane.js)', gzipGoalKb: 150 },
  { file: 'functions.js', label: 'Excel custom functions (functions.js)', gzipGoalKb: 25 },
  { file: 'chunk-builds.js', label: 'Excel task pane, loaded by the first build or check (chunk-builds.js)', gzipGoalKb: undefined },
] as const;

export const bundlesCase: BenchCase = {
  title: 'Excel add-in bundles',
  async run(): Promise<readonly BenchFigure[]> {
    const root = process.cwd();
    const out = mkdtempSync(path.join(tmpdir(), 'promethee-bench-addin-'));
    try {
      const cli = path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
      await promisify(execFile)(process.execPath, [cli, '--config', 'webpack.addin.config.mjs', '--mode', 'production', '--output-path', out], {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
      });
      const figures: BenchFigure[] = BUNDLES.flatMap(({ file, label, gzipGoalKb }) => {
        const bytes = readFileSync(path.join(out, file));
        const gzipped = gzipSync(bytes, { level: 9 }).length / 1024;
        const goal = gzipGoalKb === undefined ? {} : { note: `goal ≤ ${gzipGoalKb} KB: ${gzipped <= gzipGoalKb ? 'met' : 'NOT MET'}` };
        return [
          { name: `${label}, raw`, value: bytes.length / 1024, unit: 'KB' },
          { name: `${label}, gzipped`, value: gzipped, unit: 'KB', ...goal },
        ];
      });
      // The other chunks, each loaded when what it holds is first shown or used (a dialog, a report,
      // the selection's summary, the workbook actions): their sum, each gzipped alone as sent.
      const others = readdirSync(out).filter((file) => /^chunk-.+\.js$/.test(file) && !BUNDLES.some((bundle) => bundle.file === file));
      const othersGzipped = others.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(out, file)), { level: 9 }).length, 0) / 1024;
      figures.push({
        name: `Excel task pane, the ${String(others.length)} other chunks loaded on use (dialogs, reports, workbook actions), gzipped, in all`,
        value: othersGzipped,
        unit: 'KB',
      });
      return figures;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
};
