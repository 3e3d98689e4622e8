/**
 * A plotly.js figure template: `layout` defaults and per-trace-type `data` defaults
 * (a list per type; plotly cycles through it for successive traces of that type).
 * Plain JSON, so it serves plotly.js and plotly.py alike.
 */
export interface PlotlyTemplate {
  layout: Record<string, unknown>;
  data: Record<string, Record<string, unknown>[]>;
}

/** The figure shape plotly.js takes and plotly.py's `fig.to_json()` produces. */
export interface PlotlyFigure {
  data?: unknown[];
  layout?: Record<string, unknown>;
  [key: string]: unknown;
}
