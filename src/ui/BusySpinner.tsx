/**
 * The tiny spinner a button shows as its icon while its action runs. Fluent's Spinner comes with the
 * first action (chunk-busy.js), not with the first paint, which shows none.
 */
import { lazy, Suspense } from 'react';

const TinySpinner = lazy(() => import(/* webpackChunkName: "busy" */ './TinySpinner.js').then((module) => ({ default: module.TinySpinner })));

/** `<Spinner size="tiny" />`, loaded when first shown (nothing while it loads). */
export function BusySpinner(): React.JSX.Element {
  return (
    <Suspense fallback={null}>
      <TinySpinner />
    </Suspense>
  );
}
