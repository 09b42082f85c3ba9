// The sidebar's bridge over a stand-in google.script.run: one test per way a call can end.
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../src/workbook/port.js';
import { remoteServer, type ScriptRunner } from '../gas/client/bridge.js';
import { SERVER_FUNCTION_PARAMETERS } from '../gas/server/api.js';

type Reply = { success: unknown } | { failure: unknown };

/** A google.script.run whose every server function answers with one reply, recording the calls. */
function runnerReplying(reply: Reply, calls: { name: string; args: unknown[] }[] = [], names: readonly string[] = Object.keys(SERVER_FUNCTION_PARAMETERS)) {
  return (): ScriptRunner => {
    const handlers: { success?: (value: unknown) => void; failure?: (error: unknown) => void } = {};
    const runner: ScriptRunner & Record<string, unknown> = {
      withSuccessHandler(handler) {
        handlers.success = handler;
        return runner;
      },
      withFailureHandler(handler) {
        handlers.failure = handler;
        return runner;
      },
    };
    for (const name of names) {
      runner[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        queueMicrotask(() => {
          if ('success' in reply) handlers.success?.(reply.success);
          else handlers.failure?.(reply.failure);
        });
      };
    }
    return runner;
  };
}

describe('the bridge to the server functions', () => {
  it('has one method per server function, and passes the arguments as they are', async () => {
    const calls: { name: string; args: unknown[] }[] = [];
    const server = remoteServer(runnerReplying({ success: { ok: true, value: null } }, calls));
    expect(Object.keys(server).sort()).toEqual(Object.keys(SERVER_FUNCTION_PARAMETERS).sort());
    await server.removeSheets(['KPI acquisition']);
    expect(calls).toEqual([{ name: 'removeSheets', args: [['KPI acquisition']] }]);
  });

  it('resolves with the value of a successful outcome', async () => {
    await expect(remoteServer(runnerReplying({ success: { ok: true, value: 'en' } })).displayLanguage()).resolves.toBe('en');
  });

  it('rejects with a UserFacingError holding both languages for a problem outcome', async () => {
    const problem = { fr: 'Sélectionnez d’abord une plage.', en: 'Select a range first.' };
    const failure = await remoteServer(runnerReplying({ success: { ok: false, problem } })).readSelection().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).text).toEqual(problem);
  });

  it('rejects with an Error naming the function for a reply that is no outcome', async () => {
    await expect(remoteServer(runnerReplying({ success: 'surprise' })).listSheets()).rejects.toThrow('Unexpected reply from the server function listSheets: "surprise"');
  });

  it('rejects with the server’s Error when the server function throws', async () => {
    const error = new Error('Exception: Service Spreadsheets timed out');
    await expect(remoteServer(runnerReplying({ failure: error })).writeSheet({} as never)).rejects.toBe(error);
  });

  it('rejects with an Error even when the failure is not one', async () => {
    await expect(remoteServer(runnerReplying({ failure: 'quota' })).listSheets()).rejects.toThrow(/^quota$/);
  });

  it('rejects when google.script.run lacks a server function (a Code.js older than the sidebar)', async () => {
    await expect(remoteServer(runnerReplying({ success: null }, [], ['listSheets'])).planBuild({ target: 'kpi', language: 'fr' }, 0)).rejects.toThrow(
      'google.script.run has no server function planBuild',
    );
  });
});
