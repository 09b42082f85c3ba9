/** Fluent's tiny Spinner, in a module of its own so that {@link BusySpinner} can load it on demand. */
import { Spinner } from '@fluentui/react-components';

/** `<Spinner size="tiny" />`. */
export function TinySpinner(): React.JSX.Element {
  return <Spinner size="tiny" />;
}
