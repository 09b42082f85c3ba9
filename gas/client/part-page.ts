/**
 * The page's side of the sidebar's parts (./parts.ts): how a part's script runs, and how a failed
 * fetch is shown. DOM code, apart from the loader so that the loader's tests run in Node.
 */
import type { LocalizedText } from '../../src/cells/errors.js';

/** The message of a failed fetch, in both languages (the page shows it before it knows the sidebar's). */
export const PART_FAILURE: { readonly message: LocalizedText; readonly retry: LocalizedText } = {
  message: {
    fr: 'Une partie de la barre latérale n’a pas pu être chargée depuis Google. Vérifiez la connexion, puis réessayez.',
    en: 'Part of the sidebar could not be loaded from Google. Check the connection, then retry.',
  },
  retry: { fr: 'Réessayer', en: 'Retry' },
};

/**
 * Shows a failed fetch at the top of the page, above the sidebar (which stays as it was): the message,
 * the error's own, and a button that removes the message and fetches again.
 * @param page - the document
 * @param error - why the fetch failed
 * @param retry - fetches again
 */
export function showPartFailure(page: Document, error: unknown, retry: () => void): void {
  page.getElementById('promethee-part-failure')?.remove();
  const box = page.createElement('div');
  box.id = 'promethee-part-failure';
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font:14px/1.4 "Segoe UI",system-ui,sans-serif;padding:8px 12px;background:#fdf3f4;color:#751d1f;border-bottom:1px solid #eeacb2';
  const lines = [PART_FAILURE.message.fr, PART_FAILURE.message.en, error instanceof Error ? error.message : String(error)];
  for (const line of lines) {
    const paragraph = page.createElement('p');
    paragraph.style.margin = '0 0 4px';
    paragraph.textContent = line;
    box.append(paragraph);
  }
  const button = page.createElement('button');
  button.type = 'button';
  button.textContent = `${PART_FAILURE.retry.fr} / ${PART_FAILURE.retry.en}`;
  button.addEventListener('click', () => {
    box.remove();
    retry();
  });
  box.append(button);
  page.body.prepend(box);
}

/**
 * Runs a script as an inline `<script>` element of the page, removed once run (an inline script
 * inserted into a document runs when inserted).
 * @param page - the document
 * @param script - the JavaScript
 */
export function runInlineScript(page: Document, script: string): void {
  const element = page.createElement('script');
  element.text = script;
  page.head.append(element);
  element.remove();
}
