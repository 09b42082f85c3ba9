/**
 * Preloaded into a measured child process (`node --import ./dist/node/bench/peak-rss.js …`): when the
 * process ends, it prints its own peak resident memory on the standard error, as one marker line the
 * benchmark reads back, after its processor time (user + system). The operating system counts that peak itself (Linux's VmHWM, see
 * `peakKb`), so the figure holds however briefly the peak lasted.
 */
import { readFileSync, writeSync } from 'node:fs';
import { CPU_MARKER, PEAK_RSS_MARKER } from './peak-marker.js';

/**
 * The process's own peak in kilobytes: Linux's VmHWM, counted from the program's start. getrusage's
 * ru_maxrss, used where /proc is missing, keeps across exec the peak of the process that spawned this
 * one (fork copies it): a benchmark holding 250 MB would floor every peak it measures at 250 MB.
 */
function peakKb(maxRss: number): number {
  try {
    const found = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (found?.[1] !== undefined) return Number.parseInt(found[1], 10);
  } catch {
    // No /proc (not Linux): the operating system's figure, perhaps floored as said above.
  }
  return maxRss;
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  writeSync(2, `\n${CPU_MARKER}${String(cpuMs)}\n${PEAK_RSS_MARKER}${String(peakKb(usage.maxRSS))}\n`);
});
