/** The marker before a child process's peak memory, in kilobytes, on the last line of its standard error. */
export const PEAK_RSS_MARKER = 'bench-peak-rss-kb=';
/** The marker before a child process's processor time (user + system), in milliseconds, on its standard error. */
export const CPU_MARKER = 'bench-cpu-ms=';
