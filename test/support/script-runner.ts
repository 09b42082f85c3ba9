// google.script.run over the Sheets server functions in this process, for the tests of the sidebar's
// bridge against the fake SpreadsheetApp.
import type { ScriptRunner } from '../../gas/client/bridge.js';
import { serverFunctions } from '../../gas/server/server.js';
import { fakeServices, type FakeSpreadsheet } from '../gas-fake.js';
import { serialised } from '../gas-vm.js';

/** google.script.run over the server functions in this process: asynchronous, values serialised. */
export function runnerFor(book: FakeSpreadsheet): () => ScriptRunner {
  const server = serverFunctions(() => fakeServices(book).services) as unknown as Record<string, (...args: unknown[]) => unknown>;
  return () => {
    let onSuccess: ((value: unknown) => void) | undefined;
    let onFailure: ((error: unknown) => void) | undefined;
    const base: ScriptRunner = {
      withSuccessHandler(handler) {
        onSuccess = handler;
        return proxy;
      },
      withFailureHandler(handler) {
        onFailure = handler;
        return proxy;
      },
    };
    const proxy: ScriptRunner = new Proxy(base, {
      get(target, property) {
        if (property === 'withSuccessHandler' || property === 'withFailureHandler') return target[property].bind(target);
        const fn = typeof property === 'string' ? server[property] : undefined;
        if (fn === undefined) return undefined;
        return (...args: unknown[]) => {
          setTimeout(() => {
            try {
              onSuccess?.(serialised(fn(...(serialised(args) as unknown[])), `${String(property)} result`));
            } catch (error) {
              onFailure?.(error);
            }
          }, 0);
        };
      },
    });
    return proxy;
  };
}
