import type {
  ButtonClickEvent,
  ClickAnnotationEvent,
  FrameAnimationEvent,
  LegendClickEvent,
  PlotHoverEvent,
  PlotMouseEvent,
  PlotRelayoutEvent,
  PlotRestyleEvent,
  PlotSelectionEvent,
  SliderChangeEvent,
  SliderEndEvent,
  SliderStartEvent,
} from 'plotly.js';
import type { PlotlyModule } from './plotly-loader.ts';

/**
 * The plotly.js events Graph forwards, by their prop names as react-plotly.js has them; each
 * prop names its event: `onLegendDoubleClick` → `plotly_legenddoubleclick`.
 */
export const GRAPH_EVENTS = [
  'onAfterPlot',
  'onAnimated',
  'onAutoSize',
  'onBeforeHover',
  'onButtonClicked',
  'onClick',
  'onClickAnnotation',
  'onDeselect',
  'onDoubleClick',
  'onHover',
  'onLegendClick',
  'onLegendDoubleClick',
  'onRelayout',
  'onRelayouting',
  'onRestyle',
  'onSelected',
  'onSelecting',
  'onSliderChange',
  'onSliderEnd',
  'onSliderStart',
  'onUnhover',
  // Every handler prop is listed, and every listed one has its typed handler prop.
] as const satisfies readonly (keyof GraphEventHandlers)[];

/** `onLegendClick` → `plotly_legendclick`. */
export const plotlyEventOf = (prop: GraphEventName): string => `plotly_${prop.slice(2).toLowerCase()}`;

export type GraphEventName = (typeof GRAPH_EVENTS)[number];

// And no handler prop is missing from the list.
type Unlisted = Exclude<keyof GraphEventHandlers, GraphEventName>;
export const ALL_EVENTS_LISTED: Unlisted extends never ? true : never = true;

type Handler<E> = ((event: E) => void) | undefined;

/**
 * Event handlers by prop name, with plotly.js's own event types. A legend click handler may
 * return false to stop plotly's own toggling, as in plotly.js.
 */
export interface GraphEventHandlers {
  /** plotly_afterplot: after each draw. */
  onAfterPlot?: Handler<void>;
  /** plotly_animated: an animation finished. */
  onAnimated?: Handler<FrameAnimationEvent>;
  /** plotly_autosize: the chart resized itself. */
  onAutoSize?: Handler<void>;
  /** plotly_beforehover: before a hover label shows. */
  onBeforeHover?: Handler<PlotMouseEvent>;
  /** plotly_buttonclicked: an updatemenu button was clicked. */
  onButtonClicked?: Handler<ButtonClickEvent>;
  /** plotly_click: a point was clicked (cross-filter here). */
  onClick?: Handler<PlotMouseEvent>;
  /** plotly_clickannotation: an annotation was clicked. */
  onClickAnnotation?: Handler<ClickAnnotationEvent>;
  /** plotly_deselect: the selection was cleared. */
  onDeselect?: Handler<void>;
  /** plotly_doubleclick: the plot was double-clicked (zoom reset). */
  onDoubleClick?: Handler<void>;
  /** plotly_hover: the pointer is over a point. */
  onHover?: Handler<PlotHoverEvent>;
  /** plotly_legendclick: a legend item was clicked; return false to keep the trace shown. */
  onLegendClick?: ((event: LegendClickEvent) => boolean | undefined) | undefined;
  /** plotly_legenddoubleclick: a legend item was double-clicked; return false to stop isolating. */
  onLegendDoubleClick?: ((event: LegendClickEvent) => boolean | undefined) | undefined;
  /** plotly_relayout: zoom, pan or another layout change. */
  onRelayout?: Handler<PlotRelayoutEvent>;
  /** plotly_relayouting: during a zoom or pan drag. */
  onRelayouting?: Handler<PlotRelayoutEvent>;
  /** plotly_restyle: a trace was restyled (legend toggles). */
  onRestyle?: Handler<PlotRestyleEvent>;
  /** plotly_selected: box or lasso selection made. */
  onSelected?: Handler<PlotSelectionEvent>;
  /** plotly_selecting: during a box or lasso selection. */
  onSelecting?: Handler<PlotSelectionEvent>;
  /** plotly_sliderchange: a slider moved. */
  onSliderChange?: Handler<SliderChangeEvent>;
  /** plotly_sliderend: a slider drag ended. */
  onSliderEnd?: Handler<SliderEndEvent>;
  /** plotly_sliderstart: a slider drag started. */
  onSliderStart?: Handler<SliderStartEvent>;
  /** plotly_unhover: the pointer left a point. */
  onUnhover?: Handler<PlotMouseEvent>;
}

/** The div plotly.js draws into, with the methods it adds (`on`, `removeListener`). */
export interface PlotlyElement extends HTMLDivElement {
  on?: (event: string, handler: (event: unknown) => unknown) => void;
  removeListener?: (event: string, handler: (event: unknown) => unknown) => void;
  data?: unknown[];
  layout?: Record<string, unknown>;
}

/**
 * Binds every Graph event once per plot element. Handlers are read from `current()` when an
 * event fires, so a new handler prop (a fresh closure each render) needs no rebinding.
 * `wrappedFrom()` gives the app's own traces while the chart shows them with wrapped names.
 */
export function bindGraphEvents(el: PlotlyElement, current: () => GraphEventHandlers, wrappedFrom: () => readonly Record<string, unknown>[] | undefined): () => void {
  const bound = GRAPH_EVENTS.map((prop) => {
    const event = plotlyEventOf(prop);
    const handler = (data: unknown) => {
      const own = wrappedFrom();
      return (current()[prop] as ((event: unknown) => unknown) | undefined)?.(own === undefined ? data : withAppNames(data, own));
    };
    el.on?.(event, handler);
    return [event, handler] as const;
  });
  return () => {
    for (const [event, handler] of bound) el.removeListener?.(event, handler);
  };
}

export type { PlotlyModule };

interface NamedEvent {
  points?: { curveNumber?: number; data?: unknown; fullData?: Record<string, unknown> }[];
  curveNumber?: number;
  data?: unknown[];
  fullData?: Record<string, unknown>[];
}

/**
 * An event as it would read had Graph not wrapped long legend names (graph-fit.ts): each
 * point's `data` is the app's own trace again and `fullData.name` its name, and a legend
 * click's `data` the app's traces. Apps match events by name (cross-filtering).
 */
export function withAppNames(event: unknown, traces: readonly Record<string, unknown>[]): unknown {
  if (event === null || typeof event !== 'object') return event;
  const e = event as NamedEvent;
  const own = (i: number | undefined, full: Record<string, unknown> | undefined) => {
    const trace = i === undefined ? undefined : traces[i];
    return trace === undefined ? undefined : { data: trace, fullData: full === undefined ? full : { ...full, name: trace['name'] } };
  };
  if (Array.isArray(e.points)) return { ...e, points: e.points.map((p) => ({ ...p, ...own(p.curveNumber, p.fullData) })) };
  if (Array.isArray(e.data) && typeof e.curveNumber === 'number') {
    return { ...e, data: traces, ...(e.fullData ? { fullData: e.fullData.map((f, i) => ({ ...f, name: traces[i]?.['name'] ?? f['name'] })) } : {}) };
  }
  return event;
}
