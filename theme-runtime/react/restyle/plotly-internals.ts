// The parts of plotly.js's private state the restyle path reads. plotly.js keeps these on the
// graph div (`_fullLayout`, `_fullData`, `calcdata`) and on its SVG nodes (d3's `__data__`);
// they are not in its published types, so they are named here, once, with only what is used.
import type { PlotlyJson } from '../../plotly/types.ts';

/** A trace after plotly's defaults: every attribute resolved, `_input` the figure's own trace. */
export interface FullTrace extends PlotlyJson {
  type: string;
  index: number;
  uid: string;
  _input: PlotlyJson;
}

export interface FullAxis {
  _offset?: number;
  _length?: number;
}

export interface Subplot {
  xaxis: FullAxis & { domain: [number, number] };
  yaxis: FullAxis & { domain: [number, number] };
  mainplot?: string;
  bg?: unknown;
}

export interface FullLayout extends PlotlyJson {
  _plots?: Record<string, Subplot>;
  _bgLayer?: { node(): SVGGElement | null };
  margin?: { pad?: number };
  paper_bgcolor?: string;
  plot_bgcolor?: string;
}

/** One slice of a pie as plotly's calc step leaves it. */
export interface PieSlice {
  label: string | number;
  color: string | false;
  i?: number;
  pts?: number[];
  transform?: { outside?: boolean };
}

/** A graph div plotly.js has drawn into. */
export interface DrawnGraph extends HTMLElement {
  data?: unknown[];
  layout?: Record<string, unknown>;
  _fullData?: FullTrace[];
  _fullLayout?: FullLayout;
  calcdata?: ({ trace?: FullTrace } & Partial<PieSlice>)[][];
}

/** What d3 bound to an SVG node plotly drew. */
export type BoundNode = Element & { __data__?: unknown };
