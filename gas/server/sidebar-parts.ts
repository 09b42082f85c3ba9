/**
 * The sidebar's parts: what the Sheets sidebar shows only after a click (its dialogs, messages,
 * progress bar, and the code that writes sheets and shares) is not in sidebar.html but in project files
 * of their own, `sidebar_NAME.html`, each one `<script>` element holding a webpack chunk. The sidebar
 * asks for a part the first time it needs it, through `google.script.run` (the server function
 * `sidebarPart`), and runs its text (gas/client/parts.ts).
 *
 * Why a project file read with `HtmlService.createHtmlOutputFromFile(name).getContent()`: that is how
 * Google's own guide includes a project file holding a `<script>` element into a page
 * (https://developers.google.com/apps-script/guides/html/best-practices, "Separate HTML, CSS, and
 * JavaScript": `include(filename)` returns `createHtmlOutputFromFile(filename).getContent()`), and it
 * keeps the chunks out of Code.js, which Sheets loads for every custom-function call.
 */

/** The project file names of the parts: `sidebar_` then the chunk's name (sidebar.html is not one). */
const PART_FILE = /^sidebar_[a-z]+$/;

const OPEN = '<script>';
const CLOSE = '</script>';

/**
 * The content of a part's project file: its script in a `<script>` element. A `</script` inside the
 * script is written `<\/script` (the same characters for JavaScript in a string, a template or a
 * regular expression, where alone it can occur), so that the element ends where it should.
 * @param script - the chunk's JavaScript
 * @returns the file's content
 * @example sidebarPartFile('f()') // "<script>f()</script>"
 */
export function sidebarPartFile(script: string): string {
  return `${OPEN}${script.replaceAll('</script', '<\\/script')}${CLOSE}`;
}

/**
 * The script of a part's project file (the inverse of {@link sidebarPartFile} but for `</script`).
 * @param content - the file's content, as HtmlOutput.getContent() returns it
 * @returns the JavaScript between `<script>` and `</script>`
 * @throws Error when the content is not one script element
 */
export function scriptOfPartFile(content: string): string {
  const trimmed = content.trim();
  if (!trimmed.startsWith(OPEN) || !trimmed.endsWith(CLOSE)) throw new Error('A sidebar part is not one <script> element: build and push the add-on again (npm run push:gas).');
  return trimmed.slice(OPEN.length, trimmed.length - CLOSE.length);
}

/**
 * Whether a name is one of the sidebar's parts' project files (the server reads no other file for the
 * sidebar).
 * @param name - the file's name, without `.html`
 * @example isSidebarPartName('sidebar_parts') // true
 * @example isSidebarPartName('sidebar') // false
 */
export function isSidebarPartName(name: unknown): name is string {
  return typeof name === 'string' && PART_FILE.test(name);
}
