/**
 * The sidebar's parts, fetched from the server the first time they are needed. HtmlService serves the
 * sidebar as one file (sidebar.html) with nothing else to load from a URL, so what the sidebar shows
 * only after a click — the `React.lazy` parts of src/ui/ and ./workbook-actions.ts, which Excel's task
 * pane loads as webpack chunks — is a project file of its own, `sidebar_NAME.html`
 * (gas/server/sidebar-parts.ts), that the server function `sidebarPart` returns as text.
 *
 * webpack's chunk loading asks `__webpack_require__.l(url, done)` to load a chunk's script from its
 * URL; the sidebar replaces that function with {@link partLoader}: it fetches the text through
 * `google.script.run`, runs it as an inline `<script>` element (the chunk then registers its modules
 * with webpack), and calls `done`. `import()` and `React.lazy` work unchanged.
 *
 * What Google documents of this:
 * - The sidebar runs in the IFRAME sandbox, built on the HTML iframe `sandbox` attribute with
 *   `allow-scripts` and `allow-same-origin` among its keywords; the restrictions Google lists are
 *   top-level navigation, link targets and HTTPS for loaded content, none on scripts the page creates
 *   (https://developers.google.com/apps-script/guides/html/restrictions). `allow-scripts` lets a
 *   sandboxed page run scripts, the ones it inserts included (HTML standard, iframe sandbox).
 * - `google.script.run` is asynchronous, two calls at once may run in either order, and each call's
 *   success or failure handler gets its outcome; legal return values are primitives such as strings,
 *   and objects and arrays of them (https://developers.google.com/apps-script/guides/html/communication).
 *   No size limit is documented: a part longer than the payload size comes in several calls
 *   (gas/server/parts.ts), asked one after the other, joined only when they are of one text.
 *
 * A failed fetch (the network, the server's quota, an expired session) does not fail the `import()`:
 * `React.lazy` would keep that failure and the sidebar would lose what awaits it. The load waits, and
 * the page shows a message with a button that fetches again (./part-page.ts).
 */
import { wholeText, type TextPart } from '../server/parts.js';

/** What webpack's chunk loading passes to `done`: a load event's type and target. */
export interface LoadEnd {
  readonly type: 'load';
  readonly target: { readonly src: string };
}

/** `__webpack_require__.l`: loads the script at `url`, then calls `done`. */
export type LoadScript = (url: string, done: (event: LoadEnd) => void) => void;

/** What {@link partLoader} uses. */
export interface PartLoaderOptions {
  /** Asks the server for one part of a part's script (the bridge's `sidebarPart`). */
  readonly fetchPart: (name: string, part: number) => Promise<TextPart>;
  /** Runs a script (the page: an inline `<script>` element). */
  readonly runScript: (script: string) => void;
  /** Shows that fetching failed; `retry` fetches every waiting part again. */
  readonly failed: (error: unknown, retry: () => void) => void;
}

/**
 * The project file of a chunk's URL: the chunk files are named `sidebar_NAME.js`
 * (webpack.gas.config.mjs), their project files `sidebar_NAME.html`.
 * @example partName('sidebar_parts.js') // "sidebar_parts"
 */
export function partName(url: string): string {
  const match = /(?:^|\/)(sidebar_[a-z]+)\.js$/.exec(url);
  if (match?.[1] === undefined) throw new Error(`${url} is not one of the sidebar's parts`);
  return match[1];
}

/**
 * The replacement of `__webpack_require__.l`.
 * @param options - the fetch, how to run a script, how to show a failure
 * @returns the function webpack calls to load a chunk; a URL already being loaded is not fetched twice
 */
export function partLoader(options: PartLoaderOptions): LoadScript {
  const waiting = new Map<string, ((event: LoadEnd) => void)[]>();
  const failed = new Set<string>();
  const fetchAgain = (): void => {
    const urls = [...failed];
    failed.clear();
    for (const url of urls) load(url);
  };
  const load = (url: string): void => {
    const settle = (): void => {
      const dones = waiting.get(url) ?? [];
      waiting.delete(url);
      for (const done of dones) done({ type: 'load', target: { src: url } });
    };
    void (async () => {
      try {
        const script = await wholeText((part) => options.fetchPart(partName(url), part));
        options.runScript(script);
      } catch (error) {
        failed.add(url);
        options.failed(error, fetchAgain);
        return;
      }
      settle();
    })();
  };
  return (url, done) => {
    const dones = waiting.get(url);
    if (dones !== undefined) {
      dones.push(done);
      return;
    }
    waiting.set(url, [done]);
    load(url);
  };
}
