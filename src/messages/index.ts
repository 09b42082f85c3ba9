/**
 * Every message the core emits to a user, by name: the errors a kernel, a reader or a coercion
 * returns, the notes the CLI prints and what the sidebar says of a selection or a build, in French and English. Code names an entry, never writes the
 * text inline, so that src/messages/messages.test.ts can list them all and check each is used.
 *
 * The catalogue's messages (catalogue.ts) are imported from their file and listed by their own test
 * (catalogue.test.ts). The workbook layer's (workbook.ts) are here; the texts of the sheets themselves
 * (titles, headers, notes printed in a sheet) stay with their plans.
 */
export * from './cells.js';
export * from './cli.js';
export * from './io.js';
export * from './metrics.js';
export * from './workbook.js';
