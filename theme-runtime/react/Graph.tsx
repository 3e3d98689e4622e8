import { lazy, Suspense } from 'react';
import { cx } from './class-names.ts';
import type { GraphProps } from './graph-props.ts';

export type { GraphProps } from './graph-props.ts';

// The chart's code (drawing, the template compiler, events, the in-place repaint) loads on
// first use, alongside plotly.js, which takes far longer: pages without charts, and every
// page's first paint, do without it.
const GraphView = lazy(() => import('./graph-view.tsx').then((m) => ({ default: m.GraphView })));

/**
 * A plotly.js chart drawn with the theme's template: restyled in place on a mode switch or
 * theme edit, following its container's size, with plotly's events as props named as in
 * react-plotly.js (`onClick`, `onSelected` …). Until its code and plotly.js arrive (and on a
 * server), a placeholder of the same box in the theme's colours holds its place.
 */
export function Graph(props: GraphProps) {
  return (
    <Suspense fallback={<GraphPlaceholder {...props} />}>
      <GraphView {...props} />
    </Suspense>
  );
}

function GraphPlaceholder({ className, style, 'aria-label': ariaLabel }: GraphProps) {
  return (
    <div className={cx('dk-Graph', className)} style={style}>
      <div className="dk-Graph__loading" aria-hidden="true">
        Loading chart…
      </div>
      <div role="figure" aria-label={ariaLabel} aria-busy />
    </div>
  );
}
