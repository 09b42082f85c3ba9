/** The messages of src/io. */
export {};
