/**
 * The custom-functions entry, loaded by the task pane page into Excel's shared runtime: registers every
 * catalogue function with `CustomFunctions`.
 */
import type { Language } from '../../src/cells/errors.js';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { LANGUAGE_SETTING, workbookLanguage } from './language.js';
import { registerCatalogueFunctions } from './register.js';

/**
 * The workbook's language (see language.ts), read at every call: the setting the sidebar saved in the
 * workbook, else Office's display language; French before office.js has initialised and outside Office.
 */
function resultsLanguage(): Language {
  if (typeof Office === 'undefined') return 'fr';
  const context = Office.context as Office.Context | undefined;
  // Before office.js has initialised there is no document yet.
  const settings = (context?.document as Partial<Office.Document> | undefined)?.settings;
  return workbookLanguage(settings?.get(LANGUAGE_SETTING), context?.displayLanguage);
}

// The same page also opens in a plain browser (development, the playground), where there is no
// custom-functions runtime and so nothing to register.
if (typeof CustomFunctions !== 'undefined') {
  registerCatalogueFunctions(CustomFunctions, CATALOGUE, { language: resultsLanguage });
}
