/**
 * The playground page: a toolbar (load a CSV of one's own, export as .xlsx), the formula bar, the
 * grid of the active sheet with its tabs, and the product's sidebar beside them.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellAddress, rangeAddress } from '../../plans/a1.js';
import { freeSheetName, quoteSheetName } from '../../plans/names.js';
import { PROTECTED_CELL_MESSAGE } from '../../plans/protection.js';
import { UserFacingError } from '../../workbook/port.js';
import { isCellError } from '../engine/engine.js';
import { fillSheetFromCsv } from '../workbook/csv-sheet.js';
import { exportXlsx } from '../workbook/export.js';
import type { Playground } from '../workbook/host.js';
import type { SheetModel } from '../workbook/model.js';
import { Grid } from './Grid.js';
import { inputOf } from './input.js';

const TEXT = {
  title: { fr: 'Prométhée — bac à sable', en: 'Prométhée — playground' },
  subtitle: { fr: 'Un classeur en mémoire avec des données d’exemple : essayez la barre latérale et les fonctions.', en: 'An in-memory workbook with sample data: try the sidebar and the functions.' },
  loadCsv: { fr: 'Charger un CSV…', en: 'Load a CSV…' },
  export: { fr: 'Exporter en .xlsx', en: 'Export as .xlsx' },
  formulaHint: { fr: 'Tapez une valeur ou une formule, par ex. =RFM_SCORE(B2:B241, C2:C241, D2:D241), puis Entrée', en: 'Type a value or a formula, e.g. =RFM_SCORE(B2:B241, C2:C241, D2:D241), then Enter' },
  exported: { fr: 'Classeur exporté', en: 'Workbook exported' },
  loaded: { fr: 'Fichier chargé', en: 'File loaded' },
  ready: { fr: 'Prêt', en: 'Ready' },
  rows: { fr: 'lignes', en: 'rows' },
  choose: { fr: 'Valeurs proposées pour cette cellule :', en: 'Values offered for this cell:' },
} satisfies Record<string, LocalizedText>;

/** The values a list validation offers for a cell, or undefined when the cell has none. */
function listChoices(playground: Playground, sheet: SheetModel, row: number, column: number): string[] | undefined {
  const validation = sheet.validations.find(
    ({ range }) => row >= range.row && row < range.row + range.rowCount && column >= range.column && column < range.column + range.columnCount,
  );
  if (validation === undefined) return undefined;
  const { rule } = validation;
  if (rule.kind === 'list') return [...rule.values];
  if (rule.kind !== 'listFromRange') return undefined;
  const values = playground.engine.evaluateRange(sheet, rule.source).flat();
  return values.filter((value): value is string | number => typeof value === 'string' || typeof value === 'number').map(String).filter((text) => text !== '');
}

function inputText(sheet: SheetModel, row: number, column: number): string {
  const input = sheet.input(row, column);
  if (input === undefined) return '';
  if ('formula' in input) return `=${input.formula}`;
  return input.value === null ? '' : String(input.value);
}

function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => { URL.revokeObjectURL(url); }, 10_000);
}

interface AppProps {
  readonly playground: Playground;
  /** Where the sidebar is mounted (by main.tsx, with the same host as Excel and Sheets use). */
  readonly onSidebarElement: (element: HTMLElement) => void;
}

/** The page. */
export function App({ playground, onSidebarElement }: AppProps): ReactElement {
  const version = useSyncExternalStore(
    (listener) => playground.subscribe(listener),
    () => playground.version,
  );
  const language: Language = playground.language;
  const t = (text: LocalizedText): string => text[language];
  const sheet = playground.activeSheet;
  const selection = playground.selection?.sheet === sheet ? playground.selection?.range : undefined;
  // What is typed belongs to one cell at one state of the workbook: selecting another cell (or any
  // change) shows that cell's content at once, in the same render, so keystrokes are never overwritten.
  const [typed, setTyped] = useState<{ readonly cell: string; readonly text: string } | undefined>(undefined);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: t(TEXT.ready), error: false });
  const formulaInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const sidebar = useRef<HTMLElement>(null);

  useEffect(() => {
    if (sidebar.current !== null) onSidebarElement(sidebar.current);
  }, [onSidebarElement]);

  const row = selection?.row ?? 1;
  const column = selection?.column ?? 1;
  const choices = sheet === undefined ? undefined : listChoices(playground, sheet, row, column);
  const cellId = `${sheet?.name ?? ''}!${row}:${column}@${version}`;
  const draft = typed?.cell === cellId ? typed.text : sheet === undefined ? '' : inputText(sheet, row, column);
  const setDraft = (text: string): void => {
    setTyped({ cell: cellId, text });
  };

  const fail = (error: unknown): void => {
    if (error instanceof UserFacingError) setStatus({ text: error.text[language], error: true });
    else setStatus({ text: error instanceof Error ? error.message : String(error), error: true });
  };

  /** Types into a cell; a protected cell refuses, with a message in the status bar. */
  const type = (target: SheetModel, input: ReturnType<typeof inputOf>): boolean => {
    try {
      playground.setCell(target, row, column, input);
      return true;
    } catch (error) {
      fail(error);
      setDraft(inputText(target, row, column));
      return false;
    }
  };

  const commit = (): void => {
    if (sheet === undefined) return;
    if (!type(sheet, inputOf(draft))) return;
    const value = playground.engine.value(sheet, row, column);
    setStatus(isCellError(value) ? { text: `${cellAddress(row, column)} : ${value.code} ${value.message}`, error: true } : { text: t(TEXT.ready), error: false });
    playground.select(sheet, { row: row + 1, column, rowCount: 1, columnCount: 1 });
  };

  const loadCsv = async (file: File): Promise<void> => {
    const text = await file.text();
    const name = freeSheetName(file.name.replace(/\.[^.]*$/, '') || 'CSV', playground.workbook.sheets.map((s) => s.name));
    let rows = 0;
    const added = playground.addUserSheet(name, (target) => {
      rows = fillSheetFromCsv(target, text).rows;
    });
    playground.select(added, { row: 1, column: 1, rowCount: rows, columnCount: Math.max(1, added.extent().columns) });
    setStatus({ text: `${t(TEXT.loaded)} : ${name} (${rows} ${t(TEXT.rows)})`, error: false });
  };

  const onKey = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (sheet === undefined || event.target !== event.currentTarget) return;
    const moves: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1], Enter: [1, 0], Tab: [0, 1] };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      playground.select(sheet, { row: Math.max(1, row + move[0]), column: Math.max(1, column + move[1]), rowCount: 1, columnCount: 1 });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      type(sheet, undefined);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      setDraft(event.key);
      formulaInput.current?.focus();
    }
  };

  return (
    <div className="app">
      <header className="topbar">
        <div>
          <h1>{t(TEXT.title)}</h1>
          <p>{t(TEXT.subtitle)}</p>
        </div>
        <div className="actions">
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t(TEXT.loadCsv)}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.txt,text/csv"
            hidden
            data-testid="csv-input"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file !== undefined) loadCsv(file).catch(fail);
            }}
          />
          <button
            type="button"
            data-testid="export"
            onClick={() => {
              exportXlsx(playground.workbook, playground.engine)
                .then((result) => {
                  download(result.data, 'promethee-bac-a-sable.xlsx');
                  setStatus({ text: `${t(TEXT.exported)} : ${result.sheetNames.length + playground.workbook.sheets.filter((s) => s.marker === undefined).length} feuilles`, error: false });
                })
                .catch(fail);
            }}
          >
            {t(TEXT.export)}
          </button>
        </div>
      </header>
      <div className="main">
        <section className="workbook">
          <div className="formula-bar">
            <span className="name-box" data-testid="name-box">
              {selection !== undefined
                ? rangeAddress(selection)
                : playground.selection === undefined
                  ? ''
                  : `${quoteSheetName(playground.selection.sheet.name)}!${rangeAddress(playground.selection.range)}`}
            </span>
            <span className="fx">fx</span>
            {sheet?.isLocked(row, column) === true ? (
              <span className="locked" data-testid="locked" title={PROTECTED_CELL_MESSAGE[language]} aria-label={PROTECTED_CELL_MESSAGE[language]}>
                {language === 'fr' ? 'protégée' : 'protected'}
              </span>
            ) : null}
            <input
              ref={formulaInput}
              data-testid="formula-input"
              value={draft}
              placeholder={t(TEXT.formulaHint)}
              spellCheck={false}
              onChange={(event) => { setDraft(event.currentTarget.value); }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  commit();
                } else if (event.key === 'Escape' && sheet !== undefined) {
                  setDraft(inputText(sheet, row, column));
                }
              }}
            />
          </div>
          {choices === undefined || sheet === undefined ? null : (
            <div className="choices">
              <label>
                {t(TEXT.choose)}{' '}
                <select
                  data-testid="choices"
                  value={choices.includes(draft) ? draft : ''}
                  onChange={(event) => {
                    type(sheet, inputOf(event.currentTarget.value));
                  }}
                >
                  <option value="">—</option>
                  {choices.map((choice) => (
                    <option key={choice} value={choice}>
                      {choice}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          <div className="grid-area" tabIndex={0} onKeyDown={onKey}>
            {sheet === undefined ? null : (
              <Grid
                key={sheet.name}
                sheet={sheet}
                engine={playground.engine}
                language={language}
                version={version}
                selection={selection}
                onSelect={(range) => { playground.select(sheet, range); }}
                onEdit={() => formulaInput.current?.focus()}
              />
            )}
          </div>
          <nav className="tabs" role="tablist">
            {playground.workbook.sheets.map((tab) => (
              <button
                key={tab.name}
                type="button"
                role="tab"
                aria-selected={tab === sheet}
                className={tab === sheet ? 'tab active' : 'tab'}
                style={tab.tabColor === undefined ? undefined : { borderTopColor: tab.tabColor }}
                onClick={() => { playground.activate(tab); }}
              >
                {tab.name}
              </button>
            ))}
          </nav>
          <footer className={status.error ? 'status error' : 'status'} data-testid="status">
            {status.text}
          </footer>
        </section>
        <aside className="sidebar" ref={sidebar} data-testid="sidebar" />
      </div>
    </div>
  );
}
