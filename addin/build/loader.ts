/**
 * loader.js, the only script the task pane page names besides office.js. It is ES5 on purpose: Office
 * runs add-ins in the webview its platform offers — Trident (Internet Explorer 11) or EdgeHTML on older
 * Windows builds, the system's WKWebView (Safari) on a Mac
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins) —
 * while functions.js and taskpane.js are ES2022 (Fluent UI's dependencies ship class static blocks).
 * An engine that cannot parse them would leave the pane on "Chargement…" and every function on a bare
 * error. The loader tries the ES2022 syntax the bundles use; if the engine parses it, it loads the
 * bundles in order; if not, the pane says what to do and every function answers #VALUE! with that
 * message.
 */
import type { LocalizedText } from '../../src/cells/errors.js';

/** What loader.js needs to know. */
export interface LoaderOptions {
  /** The bundles to load, in order (functions first: they register with CustomFunctions). */
  readonly scripts: readonly string[];
  /** Every custom function id, to answer #VALUE! when the bundles cannot run. */
  readonly functionIds: readonly string[];
}

/**
 * The ECMAScript level of the bundles, which the loader's feature test and the bundle test's parse
 * both check.
 */
export const BUNDLE_ECMA_VERSION = 2022;

/**
 * ES2022 syntax the bundles contain (class static blocks and private fields, `??=`, `?.`, `??`),
 * compiled by the engine with `new Function`: a SyntaxError means the bundles cannot run there.
 */
export const ES2022_PROBE = 'class P { static #n = 1; static { P.v = P.#n; } } var o = {}; o.a ??= o?.b ?? P.v; return o.a === 1;';

/** What the pane and the functions say in an engine too old for the bundles. */
export const OLD_ENGINE_MESSAGE: LocalizedText = {
  fr: 'Prométhée a besoin d’un moteur web plus récent que celui de cette version d’Office (Internet Explorer 11, Edge ancien ou Safari antérieur à 16.4). Mettez à jour Office et le système (Microsoft Edge WebView2 sous Windows, macOS avec Safari 16.4 ou plus), ou utilisez Excel sur le web.',
  en: 'Prométhée needs a more recent web engine than this version of Office uses (Internet Explorer 11, legacy Edge or Safari before 16.4). Update Office and the system (Microsoft Edge WebView2 on Windows, macOS with Safari 16.4 or later), or use Excel on the web.',
};

/**
 * The text of loader.js: ES5 only (checked by the bundle test with acorn at ecmaVersion 5).
 *
 * @param options - the bundles to load and the function ids
 * @returns the script
 * @example loaderScript({ scripts: ['functions.js', 'taskpane.js'], functionIds: ['CAC'] }).startsWith('/* Prométhée') // true
 */
export function loaderScript(options: LoaderOptions): string {
  const data = {
    probe: ES2022_PROBE,
    scripts: options.scripts,
    ids: options.functionIds,
    fr: OLD_ENGINE_MESSAGE.fr,
    en: OLD_ENGINE_MESSAGE.en,
  };
  return `/* Prométhée — loads the ES${BUNDLE_ECMA_VERSION} bundles only where the engine parses them (ES5 on purpose). */
(function (data) {
  'use strict';
  function engineParsesBundles() {
    try {
      return new Function(data.probe)() === true;
    } catch (error) {
      return false;
    }
  }
  function loadBundles() {
    var head = document.getElementsByTagName('head')[0] || document.documentElement;
    for (var i = 0; i < data.scripts.length; i++) {
      var script = document.createElement('script');
      script.src = data.scripts[i];
      // Dynamic scripts run as soon as they arrive unless async is false: keep the order.
      script.async = false;
      head.appendChild(script);
    }
  }
  function showMessage() {
    var status = document.getElementById('status');
    if (!status) return;
    status.setAttribute('role', 'alert');
    status.textContent = data.fr;
    var english = document.createElement('p');
    english.setAttribute('lang', 'en');
    english.textContent = data.en;
    status.parentNode.appendChild(english);
  }
  function answerEveryFunctionWithTheMessage() {
    if (typeof CustomFunctions === 'undefined') return;
    var message = data.fr + ' / ' + data.en;
    var answer = function () {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
    };
    for (var i = 0; i < data.ids.length; i++) CustomFunctions.associate(data.ids[i], answer);
  }
  if (engineParsesBundles()) {
    loadBundles();
  } else {
    showMessage();
    answerEveryFunctionWithTheMessage();
  }
})(${JSON.stringify(data)});
`;
}
