import type { PlotlyFigure, PlotlyJson, PlotlyTemplate } from './types.ts';

/**
 * A new figure with `template` set as `layout.template`. Colours the figure sets itself win,
 * because plotly applies a template only where an attribute is unset. Any template the
 * figure carried (plotly.py adds its default) is replaced. The one implementation behind the
 * runtime's `applyTheme` and the exported package's.
 */
export function applyTemplate<F extends PlotlyFigure>(figure: F, template: PlotlyTemplate): F & { layout: PlotlyJson } {
  return {
    ...figure,
    ...(figure.data === undefined ? {} : { data: [...figure.data] }),
    layout: { ...figure.layout, template },
  };
}
