/** The messages of src/cli. */
export {};
