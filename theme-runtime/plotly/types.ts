/**
 * A JSON object handed to plotly. Its values are `any`, not `unknown`, on purpose: plotly.js
 * ships strict types of its own (Partial<Layout>, Data), and only an `any`-valued record is
 * assignable to them, so apps pass our figures and templates to Plotly without casts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PlotlyJson = Record<string, any>;

/**
 * A plotly.js figure template: `layout` defaults and per-trace-type `data` defaults
 * (a list per type; plotly cycles through it for successive traces of that type).
 * Plain JSON, so it serves plotly.js and plotly.py alike.
 */
export interface PlotlyTemplate {
  layout: PlotlyJson;
  data: Record<string, PlotlyJson[]>;
}

/** The figure shape plotly.js takes and plotly.py's `fig.to_json()` produces. */
export interface PlotlyFigure {
  data?: PlotlyJson[];
  layout?: PlotlyJson;
  [key: string]: unknown;
}
