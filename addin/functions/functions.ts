/**
 * The custom-functions entry, loaded by the task pane page into Excel's shared runtime: registers every
 * catalogue function with `CustomFunctions`.
 */
import type { Language } from '../../src/cells/errors.js';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { languageFromTag } from './language.js';
import { registerCatalogueFunctions } from './register.js';

/** Office's display language once office.js has initialised; French before that and outside Office. */
function officeDisplayLanguage(): Language {
  if (typeof Office === 'undefined') return 'fr';
  const context = Office.context as Office.Context | undefined;
  return languageFromTag(context?.displayLanguage);
}

// The same page also opens in a plain browser (development, the playground), where there is no
// custom-functions runtime and so nothing to register.
if (typeof CustomFunctions !== 'undefined') {
  registerCatalogueFunctions(CustomFunctions, CATALOGUE, { language: officeDisplayLanguage });
}
