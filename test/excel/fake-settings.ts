/**
 * A fake of Office's document settings (Office.context.document.settings) that behaves as Microsoft
 * documents it (https://learn.microsoft.com/javascript/api/office/office.settings): `get` answers null
 * for a setting never set, `set` changes only the in-memory copy, and only `saveAsync` writes the copy
 * into the document (here `saved`), then calls back with an AsyncResult whose status is "succeeded"
 * or "failed" (office.js's Office.AsyncResultStatus values). A value is a string, number, boolean,
 * null, object or array, kept as given.
 */
import type { AutoOpenSettings } from '../../addin/host/auto-open.js';
import type { OfficeSettingsLike } from '../../addin/host/language-setting.js';

/** The fake and what the document holds. */
export interface FakeSettings extends OfficeSettingsLike, AutoOpenSettings {
  /** The settings saved in the document (what a teammate opening the file gets). */
  readonly saved: Map<string, unknown>;
  set(name: string, value: unknown): void;
  /** The next saveAsync fails with this message (a read-only workbook). */
  failNextSave(message: string): void;
}

/** office.js's Office.AsyncResultStatus.Succeeded. */
export const SUCCEEDED = 'succeeded';

/**
 * Document settings of a workbook.
 * @param saved - the settings already in the document
 */
export function fakeSettings(saved: Readonly<Record<string, unknown>> = {}): FakeSettings {
  const document = new Map<string, unknown>(Object.entries(saved));
  const memory = new Map(document);
  let failure: string | undefined;
  return {
    saved: document,
    get: (name) => memory.get(name) ?? null,
    set: (name, value) => {
      memory.set(name, value);
    },
    saveAsync: (callback) => {
      const message = failure;
      failure = undefined;
      // Office calls back asynchronously.
      setTimeout(() => {
        if (message !== undefined) {
          callback({ status: 'failed', error: { message } });
          return;
        }
        for (const [name, value] of memory) document.set(name, value);
        callback({ status: SUCCEEDED });
      }, 0);
    },
    failNextSave: (message) => {
      failure = message;
    },
  };
}
