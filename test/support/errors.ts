/** Assertions on the closed error type of the core, shared by the kernels' tests. */
import { expect } from 'vitest';
import { isSheetError, type ErrorCode, type SheetError } from '../../src/cells/errors.js';

/**
 * Asserts that `result` is a SheetError with `code` and a real message in both languages.
 * @returns the error, for more assertions on its message
 */
export function expectError(result: unknown, code: ErrorCode): SheetError {
  expect(isSheetError(result)).toBe(true);
  const error = result as SheetError;
  expect(error.code).toBe(code);
  expect(error.message.fr.length).toBeGreaterThan(10);
  expect(error.message.en.length).toBeGreaterThan(10);
  return error;
}
