// Types of serve-playground.mjs, for the tests and the benchmark that start the playground's server.
export function buildPlayground(kind?: 'quick' | 'minified' | 'development'): Promise<number>;
export function servePlayground(options?: { port?: number; tries?: number }): Promise<{ url: string; close: () => Promise<void> }>;
