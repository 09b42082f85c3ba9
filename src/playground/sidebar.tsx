/**
 * Where the product's sidebar (src/ui) is mounted. Until the shared sidebar is merged, the panel says
 * so; the page and its host work without it.
 */
import type { WorkbookHost } from '../workbook/port.js';

/** Mounts the sidebar into an element, talking to a host. */
export function mountSidebar(element: HTMLElement, host: WorkbookHost): void {
  element.dataset.host = host.kind;
  element.textContent = 'Sidebar: src/ui/mount.tsx';
}
