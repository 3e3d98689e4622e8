import type { Mode, Theme } from '../model/types.ts';
import { applyTemplate } from './apply-template.ts';
import { plotlyTemplate } from './template.ts';
import type { PlotlyFigure, PlotlyJson } from './types.ts';

/**
 * A new figure with the theme's template set as `layout.template`. Colours the figure
 * sets itself win, because plotly applies a template only where an attribute is unset.
 * Any template the figure carried (plotly.py adds its default) is replaced.
 */
export function applyTheme<F extends PlotlyFigure>(figure: F, theme: Theme, mode: Mode): F & { layout: PlotlyJson } {
  return applyTemplate(figure, plotlyTemplate(theme, mode));
}
