/**
 * The sidebar's entry, the one function every host calls: the Excel task pane, the Google Sheets
 * sidebar and the local playground each pass their element and their {@link WorkbookHost}.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { WorkbookHost } from '../workbook/port.js';
import { Sidebar } from './Sidebar.js';

/**
 * Renders the Prométhée sidebar into an element.
 * @param element - the container, usually an empty `<div id="root">` filling the pane
 * @param host - the workbook the sidebar works on
 * @example mountSidebar(document.getElementById('root')!, excelWorkbookHost())
 */
export function mountSidebar(element: HTMLElement, host: WorkbookHost): void {
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <Sidebar host={host} />
      </FluentProvider>
    </StrictMode>,
  );
}
