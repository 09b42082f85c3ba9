/**
 * Preloaded into a measured child process (`node --import ./dist/node/bench/peak-rss.js …`): when the
 * process ends, it prints its own peak resident memory on the standard error, as one marker line the
 * benchmark reads back, after its processor time (user + system). The operating system counts that peak itself (getrusage's ru_maxrss), so the
 * figure holds however briefly the peak lasted.
 */
import { writeSync } from 'node:fs';
import { CPU_MARKER, PEAK_RSS_MARKER } from './peak-marker.js';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  writeSync(2, `\n${CPU_MARKER}${String(cpuMs)}\n${PEAK_RSS_MARKER}${String(usage.maxRSS)}\n`);
});
