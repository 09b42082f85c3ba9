/**
 * Preloaded into a measured child process (`node --import ./dist/node/bench/peak-rss.js …`): when the
 * process ends, it prints its own peak resident memory on the standard error, as one marker line the
 * benchmark reads back. The operating system counts that peak itself (getrusage's ru_maxrss), so the
 * figure holds however briefly the peak lasted.
 */
import { writeSync } from 'node:fs';
import { PEAK_RSS_MARKER } from './peak-marker.js';

process.on('exit', () => {
  writeSync(2, `\n${PEAK_RSS_MARKER}${String(process.resourceUsage().maxRSS)}\n`);
});
