/**
 * Every message the core emits to a user, by name: the errors a kernel, a reader or a coercion
 * returns and the notes the CLI prints, in French and English. Code names an entry, never writes the
 * text inline, so that src/messages/messages.test.ts can list them all and check each is used.
 *
 * The catalogue's messages (catalogue.ts) are imported from their file and listed by their own test
 * (catalogue.test.ts). Left for later: the messages of src/plans and src/workbook are still written
 * where they are used.
 */
export * from './cells.js';
export * from './cli.js';
export * from './io.js';
export * from './metrics.js';
