/**
 * The input range of a build that reads the selection: the selection as last read, summarised for the
 * chosen build (its size, header, what it holds, or why it cannot be used). Loaded when a build that
 * reads a selection is chosen (chunk-selection.js), with the readers the summary needs.
 */
import { useMemo } from 'react';
import type { Language } from '../cells/errors.js';
import type { BuildTarget, SelectionData } from '../workbook/port.js';
import { problemText } from './messages.js';
import { SelectionCard } from './SelectionCard.js';
import { summariseSelection } from './selection-summary.js';
import type { SidebarStrings } from './strings.js';

/** The selection as last read: its cells, or why it could not be read. */
export type SelectionRead =
  | { readonly status: 'idle' }
  | { readonly status: 'reading' }
  | { readonly status: 'ready'; readonly data: SelectionData }
  | { readonly status: 'failed'; readonly error: unknown };

/** Props of {@link SelectionPanel}. */
export interface SelectionPanelProps {
  readonly strings: SidebarStrings;
  readonly language: Language;
  /** The build chosen, which says how the selection is read. */
  readonly target: BuildTarget;
  /** Which columns the chosen build expects. */
  readonly expects: string;
  readonly selection: SelectionRead;
  readonly onRefresh: () => void;
  /** @defaultvalue false */
  readonly disabled?: boolean;
}

/** The {@link SelectionCard} of the selection as last read, summarised for the chosen build. */
export function SelectionPanel({ strings, language, target, expects, selection, onRefresh, disabled = false }: SelectionPanelProps): React.JSX.Element {
  const summary = useMemo(() => (selection.status === 'ready' ? summariseSelection(selection.data, target) : undefined), [selection, target]);
  const problem =
    selection.status === 'failed' ? problemText(selection.error, language).text : summary?.problem === undefined ? undefined : summary.problem[language];
  return <SelectionCard strings={strings} expects={expects} status={selection.status} summary={summary} problem={problem} onRefresh={onRefresh} disabled={disabled} />;
}
